import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'
import crypto from 'node:crypto'
import sharp from 'sharp'

import type { Media } from '../../src/payload-types'

import { migrationsFor } from '../../src/db/migrations'
import { apiClient } from '../helpers/api'
import { AS_IMPORT } from '../helpers/content'
import { FROZEN_MESSAGE } from '../../src/media/frozen-when-public'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Id = number | string
type Json = Record<string, any>

type Reference = 'countries' | 'organizations' | 'people' | 'topics'

/** Each reference collection: its GraphQL name, who writes it, and the data of a new document besides its name. */
const REFERENCE: Record<
  Reference,
  { graphql: string; writer: StaffMember; data: (n: number) => Json }
> = {
  countries: {
    data: (n) => ({ code: `Q${String.fromCharCode(65 + n)}` }),
    graphql: 'Country',
    writer: 'admin',
  },
  organizations: {
    data: () => ({ kind: 'ministry' }),
    graphql: 'Organization',
    writer: 'translator',
  },
  people: { data: () => ({}), graphql: 'Person', writer: 'author' },
  topics: { data: (n) => ({ key: `topic-${n}` }), graphql: 'Topic', writer: 'author' },
}
const COLLECTIONS = Object.keys(REFERENCE) as Reference[]

/**
 * Reference data (people, organizations, topics, countries) appears inside
 * every published report that names it, so it changes what readers see only
 * through review (issue #16): a writer's edit is a draft, invisible to
 * anonymous REST and GraphQL reads (by itself and embedded in a published
 * article), until a reviewer who did not make it approves, which publishes it.
 */
describeIntegration('reference data changes publicly only through review', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  const tag = crypto.randomBytes(3).toString('hex')
  let counter = 0

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  }, 120_000)
  afterAll(() => ctx?.stop())

  const json = async (response: Response) => ({
    body: (await response.json()) as Json,
    status: response.status,
  })

  /** A published document of the collection, and a published article that links to it. */
  const publishedWithArticle = async (collection: Reference) => {
    const n = ++counter
    const name = `اسم منشور ${tag} ${n}`
    const doc = await ctx.payload.create({
      collection,
      context: AS_IMPORT,
      data: { _status: 'published', name, ...REFERENCE[collection].data(n) } as never,
      locale: 'ar',
    })
    const article = await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', [collection]: [doc.id], title: `مقال ${tag} ${n}` } as never,
      locale: 'ar',
    })
    return { article: article.id as Id, id: doc.id as Id, name }
  }

  /** The name anonymous readers get: by id and in a list (REST, GraphQL), and inside the article that embeds it (REST and GraphQL, depth 1 and 2). */
  const publicNames = async (collection: Reference, id: Id, article: Id) => {
    const byId = (await json(await api.request('GET', `/${collection}/${id}?locale=ar`))).body
    const list = (
      await json(await api.request('GET', `/${collection}?locale=ar&limit=1000&depth=0`))
    ).body
    const embedded = (
      await json(await api.request('GET', `/articles/${article}?locale=ar&depth=1`))
    ).body
    const deep = (await json(await api.request('GET', `/articles/${article}?locale=ar&depth=2`)))
      .body
    const query = `{ ${REFERENCE[collection].graphql}(id: ${JSON.stringify(id)}, locale: ar) { name } Article(id: ${JSON.stringify(article)}, locale: ar) { ${collection} { id name } } }`
    const graphql = await api.graphql(query)
    expect(graphql.body.errors).toBeUndefined()
    return {
      byId: byId.name,
      embedded: embedded[collection]?.[0]?.name,
      embeddedDeep: deep[collection]?.[0]?.name,
      graphql: graphql.body.data?.[REFERENCE[collection].graphql]?.name,
      graphqlEmbedded: graphql.body.data?.Article?.[collection]?.[0]?.name,
      list: list.docs.find((doc: Json) => doc.id === id)?.name,
    }
  }
  const everywhere = (name: string) => ({
    byId: name,
    embedded: name,
    embeddedDeep: name,
    graphql: name,
    graphqlEmbedded: name,
    list: name,
  })

  const transition = async (member: StaffMember, collection: Reference, id: Id, name: string) =>
    json(
      await api.request('POST', `/${collection}/${id}/workflow`, {
        body: { transition: name },
        token: staff.tokens[member],
      }),
    )

  it.each(COLLECTIONS)(
    "keeps a writer's edit of a published %s from readers until another reviewer approves it",
    async (collection) => {
      const { article, id, name } = await publishedWithArticle(collection)
      const writer = REFERENCE[collection].writer
      const edited = `${name} معدّل`
      expect(await publicNames(collection, id, article)).toEqual(everywhere(name))

      // Written in place: refused. As a draft: saved, and staff see it.
      const live = await api.request('PATCH', `/${collection}/${id}?locale=ar`, {
        body: { name: edited },
        token: staff.tokens[writer],
      })
      expect(live.status).toBe(403)
      const draft = await api.request('PATCH', `/${collection}/${id}?draft=true&locale=ar`, {
        body: { name: edited },
        token: staff.tokens[writer],
      })
      expect(draft.status).toBe(200)
      const staffDraft = (
        await json(
          await api.request('GET', `/${collection}/${id}?draft=true&locale=ar`, {
            token: staff.tokens.reviewer,
          }),
        )
      ).body
      expect(staffDraft.name).toBe(edited)
      expect(await publicNames(collection, id, article)).toEqual(everywhere(name))

      // The one-step review: submitted by the writer, who may not approve it; approved (and published) by a reviewer.
      expect((await transition(writer, collection, id, 'submit')).status).toBe(200)
      expect(await publicNames(collection, id, article)).toEqual(everywhere(name))
      const own = await transition(writer, collection, id, 'approve_publish')
      expect(own.status).toBe(403)
      expect(await publicNames(collection, id, article)).toEqual(everywhere(name))
      const approved = await transition('reviewer', collection, id, 'approve_publish')
      expect(approved).toMatchObject({ body: { published: true, state: 'published' }, status: 200 })
      expect(await publicNames(collection, id, article)).toEqual(everywhere(edited))
    },
    120_000,
  )

  it('offers reference data the one-step graph, and reports the full one', async () => {
    const { id } = await publishedWithArticle('people')
    await api.request('PATCH', `/people/${id}?draft=true&locale=ar`, {
      body: { name: `شخص ${tag} مراجع` },
      token: staff.tokens.author,
    })
    expect((await transition('author', 'people', id, 'submit')).status).toBe(200)
    const offered = (
      await json(await api.request('GET', `/people/${id}/workflow`, { token: staff.tokens.editor }))
    ).body
    expect(offered.transitions.map((t: Json) => t.name).sort()).toEqual([
      'approve_publish',
      'request_changes',
    ])
    // The reports' two-step transitions do not apply to reference data, and the one-step one not to reports.
    expect((await transition('reviewer', 'people', id, 'approve')).status).toBe(400)
    const article = await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { title: `مسودة ${tag}` },
      locale: 'ar',
    })
    await ctx.payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { workflowState: 'in_review' } as never,
      draft: true,
      id: article.id,
    })
    expect(
      (await transition('reviewer', 'articles' as Reference, article.id, 'approve_publish')).status,
    ).toBe(400)
  }, 60_000)

  it('keeps a new document from readers, and from public search, until it is approved', async () => {
    const word = `Quokka${tag}`
    const created = await json(
      await api.request('POST', '/people?locale=ar', {
        body: { name: `${word} شخص` },
        token: staff.tokens.author,
      }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id as Id
    expect((await api.request('GET', `/people/${id}`)).status).toBe(404)
    const list = (await json(await api.request('GET', `/people?where[id][equals]=${id}`))).body
    expect(list.totalDocs).toBe(0)
    expect(
      (await api.graphql(`{ Person(id: ${JSON.stringify(id)}) { name } }`)).body.data?.Person ??
        null,
    ).toBeNull()
    const search = async (q: string, token?: string) =>
      (
        await json(
          await api.request(
            'GET',
            `/search?q=${q}&collections=people${token ? '&drafts=true' : ''}`,
            { token },
          ),
        )
      ).body.hits.map((hit: Json) => hit.id)
    expect(await search(word)).toEqual([])
    expect(await search(word, staff.tokens.reviewer)).toEqual([id])

    expect((await transition('author', 'people', id, 'submit')).status).toBe(200)
    expect((await transition('reviewer', 'people', id, 'approve_publish')).status).toBe(200)
    expect((await api.request('GET', `/people/${id}`)).status).toBe(200)
    expect(await search(word)).toEqual([id])

    // A new name saved as a draft over the published one: found by staff searching drafts, not by the public.
    const renamed = `Wombat${tag}`
    expect(
      (
        await api.request('PATCH', `/people/${id}?draft=true&locale=ar`, {
          body: { name: `${renamed} شخص` },
          token: staff.tokens.author,
        })
      ).status,
    ).toBe(200)
    expect(await search(renamed)).toEqual([])
    expect(await search(renamed, staff.tokens.reviewer)).toEqual([id])
    expect(await search(word)).toEqual([id])
  }, 60_000)

  it('the migration keeps reference data written before it published, with every value in place', async () => {
    const before = await startTestPayload({ key: `before-reference-review-${tag}`, migrate: false })
    try {
      const migrations = migrationsFor(before.payload)
      const own = migrations.findIndex((migration) => migration.name.endsWith('_reference_review'))
      expect(own).toBeGreaterThan(0)
      await before.payload.db.migrate({ migrations: migrations.slice(0, own) as never })
      const db = before.payload.db as unknown as {
        drizzle: unknown
        execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
      }
      for (const statement of [
        `INSERT INTO "countries" ("id", "code", "alpha3") VALUES (7, 'EG', 'EGY')`,
        `INSERT INTO "countries_locales" ("name", "_locale", "_parent_id") VALUES ('مصر', 'ar', 7), ('Egypt', 'en', 7)`,
        `INSERT INTO "topics" ("id", "key") VALUES (8, 'peacekeeping')`,
        `INSERT INTO "topics_locales" ("name", "_locale", "_parent_id") VALUES ('حفظ السلام', 'ar', 8)`,
        `INSERT INTO "organizations" ("id", "kind", "country_id") VALUES (9, 'ministry', 7)`,
        `INSERT INTO "organizations_locales" ("name", "_locale", "_parent_id") VALUES ('وزارة الداخلية', 'ar', 9)`,
        `INSERT INTO "people" ("id", "country_id") VALUES (10, 7)`,
        `INSERT INTO "people_locales" ("name", "_locale", "_parent_id") VALUES ('أحمد سامي', 'ar', 10)`,
      ]) {
        await db.execute({ drizzle: db.drizzle, raw: statement })
      }
      await before.payload.db.migrate({ migrations: migrations as never })

      const read = async (collection: Reference, overrideAccess: boolean) =>
        (
          await before.payload.find({ collection, depth: 0, locale: 'ar', overrideAccess })
        ).docs.map((doc) => doc as unknown as Json)
      const expected: Record<Reference, Json> = {
        countries: { alpha3: 'EGY', code: 'EG', id: 7, name: 'مصر' },
        organizations: { country: 7, id: 9, kind: 'ministry', name: 'وزارة الداخلية' },
        people: { country: 7, id: 10, name: 'أحمد سامي' },
        topics: { id: 8, key: 'peacekeeping', name: 'حفظ السلام' },
      }
      for (const collection of COLLECTIONS) {
        const [staffView] = await read(collection, true)
        expect(staffView).toMatchObject({
          ...expected[collection],
          _status: 'published',
          workflowState: 'published',
        })
        // Anonymous readers (access control on, no user) still see it.
        expect(await read(collection, false)).toEqual([
          expect.objectContaining(expected[collection]),
        ])
      }
    } finally {
      await before.stop()
    }
  }, 120_000)

  it('refuses to publish reference data or write its live version outside the workflow, on every path', async () => {
    const { article, id, name } = await publishedWithArticle('people')
    const user = await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })
    const attempts: [string, () => Promise<unknown>][] = [
      [
        'local, access control off',
        () => ctx.payload.update({ collection: 'people', data: { name: 'x' }, id, locale: 'ar' }),
      ],
      [
        'local, as a user',
        () =>
          ctx.payload.update({
            collection: 'people',
            data: { name: 'x' },
            id,
            locale: 'ar',
            overrideAccess: false,
            user,
          }),
      ],
      [
        'local, bulk',
        () =>
          ctx.payload.update({
            collection: 'people',
            data: { name: 'x' },
            locale: 'ar',
            where: { id: { equals: id } },
          }),
      ],
      [
        'local, publish a draft',
        () =>
          ctx.payload.update({
            collection: 'people',
            data: { _status: 'published', name: 'x' },
            draft: true,
            id,
            locale: 'ar',
          }),
      ],
    ]
    for (const [path, attempt] of attempts) {
      const outcome = await attempt().then(
        () => 'accepted',
        (error: { status?: number }) => error.status,
      )
      expect({ outcome, path }).toEqual({ outcome: 403, path })
    }
    const graphql = await api.graphql(
      `mutation { updatePerson(id: ${JSON.stringify(id)}, data: { name: "x" }, locale: ar) { id } }`,
      { token: staff.tokens.editor },
    )
    expect((graphql.body.errors?.[0] as Json | undefined)?.extensions?.statusCode).toBe(403)
    const bulk = await api.request('PATCH', `/people?where[id][equals]=${id}&locale=ar`, {
      body: { name: 'x' },
      token: staff.tokens.editor,
    })
    expect(bulk.status).toBe(403)
    const created = await api.request('POST', '/people', {
      body: { _status: 'published', name: `منشور مباشرة ${tag}` },
      token: staff.tokens.editor,
    })
    expect(created.status).toBe(403)
    expect(await publicNames('people', id, article)).toEqual(everywhere(name))
  }, 60_000)

  const png = (n: number) =>
    sharp({
      create: {
        background: { b: 40, g: 90, r: (n * 37) % 255 },
        channels: 3,
        height: 300,
        width: 400,
      },
    })
      .png()
      .toBuffer()

  const newMedia = async (): Promise<Media> => {
    const n = ++counter
    const data = await png(n)
    return ctx.payload.create({
      collection: 'media',
      data: { alt: `صورة ${n}`, credit: 'وكالة' },
      file: { data, mimetype: 'image/png', name: `frozen-${tag}-${n}.png`, size: data.length },
    })
  }

  /** What readers get of the item: its stored row (file name, sizes, texts in both languages) and its file's bytes. */
  const readerView = async (media: Media) => {
    const row = await ctx.payload.db.findOne<Json & { id: Id }>({
      collection: 'media',
      locale: 'all',
      where: { id: { equals: media.id } },
    })
    const file = await api.request('GET', `/media/file/${encodeURIComponent(media.filename!)}`)
    return {
      alt: row?.alt,
      caption: row?.caption,
      credit: row?.credit,
      file:
        file.status === 200
          ? Buffer.from(await file.arrayBuffer()).toString('base64')
          : file.status,
      filename: row?.filename,
      sizes: row?.sizes,
    }
  }

  it('refuses to change in place a media item that published content uses, on every path, and changes nothing', async () => {
    const item = await newMedia()
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', heroImage: item.id, title: `بصورة ${tag}` },
      locale: 'ar',
    })
    const before = await readerView(item)
    expect(typeof before.file).toBe('string')
    const editor = await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })
    const replacement = await png(999)

    const form = () => {
      const body = new FormData()
      body.append(
        'file',
        new Blob([new Uint8Array(replacement)], { type: 'image/png' }),
        `replacement-${tag}.png`,
      )
      body.append('_payload', JSON.stringify({}))
      return body
    }
    const rest: [string, () => Promise<Response>][] = [
      [
        'REST alt',
        () =>
          api.request('PATCH', `/media/${item.id}`, {
            body: { alt: 'نص بديل مختلف' },
            token: staff.tokens.author,
          }),
      ],
      [
        'REST caption (English)',
        () =>
          api.request('PATCH', `/media/${item.id}?locale=en`, {
            body: { caption: 'Another caption' },
            headers: { 'accept-language': 'en' },
            token: staff.tokens.author,
          }),
      ],
      [
        'REST credit',
        () =>
          api.request('PATCH', `/media/${item.id}`, {
            body: { credit: 'أخرى' },
            token: staff.tokens.editor,
          }),
      ],
      [
        'REST multipart, new file',
        () =>
          api.request('PATCH', `/media/${item.id}`, { form: form(), token: staff.tokens.author }),
      ],
      [
        'REST bulk',
        () =>
          api.request('PATCH', `/media?where[id][in]=${item.id}`, {
            body: { alt: 'جماعي' },
            token: staff.tokens.editor,
          }),
      ],
    ]
    for (const [path, attempt] of rest) {
      const response = await attempt()
      const body = (await response.json()) as Json
      expect({ path, status: response.status }).toEqual({ path, status: 409 })
      expect(body.errors[0].message).toBe(
        path.includes('English') ? FROZEN_MESSAGE.en : FROZEN_MESSAGE.ar,
      )
    }
    // Payload drops a file name sent without a file: accepted, and nothing changes (checked below).
    expect(
      (
        await api.request('PATCH', `/media/${item.id}`, {
          body: { filename: `other-${tag}.png` },
          token: staff.tokens.editor,
        })
      ).status,
    ).toBe(200)
    const graphql = await api.graphql(
      `mutation { updateMedia(id: ${JSON.stringify(item.id)}, data: { alt: "بديل" }) { id } }`,
      { token: staff.tokens.author },
    )
    expect((graphql.body.errors?.[0] as Json | undefined)?.extensions?.statusCode).toBe(409)
    const local: [string, () => Promise<unknown>][] = [
      [
        'local, access control off',
        () => ctx.payload.update({ collection: 'media', data: { alt: 'بديل' }, id: item.id }),
      ],
      [
        'local, as a user',
        () =>
          ctx.payload.update({
            collection: 'media',
            data: { alt: 'بديل' },
            id: item.id,
            overrideAccess: false,
            user: editor,
          }),
      ],
      [
        'local, new file',
        () =>
          ctx.payload.update({
            collection: 'media',
            data: {},
            file: {
              data: replacement,
              mimetype: 'image/png',
              name: `r-${tag}.png`,
              size: replacement.length,
            },
            id: item.id,
          }),
      ],
      [
        'local, bulk',
        () =>
          ctx.payload.update({
            collection: 'media',
            data: { credit: 'جماعي' },
            where: { id: { in: [item.id] } },
          }),
      ],
    ]
    for (const [path, attempt] of local) {
      const outcome = await attempt().then(
        () => 'accepted',
        (error: { status?: number }) => error.status,
      )
      expect({ outcome, path }).toEqual({ outcome: 409, path })
    }
    expect(await readerView(item)).toEqual(before)

    // A save that changes nothing readers see passes (the admin sends every field back).
    const same = await api.request('PATCH', `/media/${item.id}`, {
      body: { alt: item.alt, credit: item.credit },
      token: staff.tokens.author,
    })
    expect(same.status).toBe(200)
  }, 120_000)

  it('refuses exactly the saves of a public item that change one of its texts, whatever the mix of fields sent (property)', async () => {
    const item = await newMedia()
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', heroImage: item.id, title: `صورة منشورة ${tag}` },
      locale: 'ar',
    })
    const before = await readerView(item)
    const stored: Json = { alt: item.alt, caption: null, credit: item.credit }
    const text = fc.string({
      maxLength: 12,
      minLength: 1,
      unit: fc.constantFrom(...'abc xyzابت ثج'),
    })
    const value = (field: string) => fc.oneof(fc.constant(stored[field]), text)
    const data = fc.record(
      { alt: value('alt'), caption: value('caption'), credit: value('credit') },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(data, async (sent) => {
        const changes = Object.entries(sent).some(
          ([field, sentValue]) => sentValue !== stored[field],
        )
        const response = await api.request('PATCH', `/media/${item.id}`, {
          body: sent,
          token: staff.tokens.author,
        })
        expect(response.status).toBe(changes ? 409 : 200)
      }),
      { numRuns: 25 },
    )
    expect(await readerView(item)).toEqual(before)
  }, 120_000)

  it('lets staff edit media that no public document uses, and one whose only user was unpublished', async () => {
    const [unused, draftOnly] = [await newMedia(), await newMedia()]
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'draft', heroImage: draftOnly.id, title: `مسودة ${tag}` },
      locale: 'ar',
    })
    for (const item of [unused, draftOnly]) {
      const response = await api.request('PATCH', `/media/${item.id}`, {
        body: { alt: 'نص بديل جديد' },
        token: staff.tokens.author,
      })
      expect(response.status).toBe(200)
    }
    const bulk = await ctx.payload.update({
      collection: 'media',
      data: { credit: 'جديد' },
      where: { id: { in: [unused.id, draftOnly.id] } },
    })
    expect(bulk.errors).toEqual([])
    expect(bulk.docs.map((doc) => doc.credit)).toEqual(['جديد', 'جديد'])
  }, 60_000)
})
