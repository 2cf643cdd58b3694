import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import sharp from 'sharp'

import type { Media } from '../../src/payload-types'

import { backfillMediaUse as backfillPostgres } from '../../migrations/postgres/20261129_133127_media_public_use'
import { backfillMediaUse as backfillSqlite } from '../../migrations/sqlite/20261129_133114_media_public_use'
import { apiClient } from '../helpers/api'
import { AS_IMPORT, bodyWithImage } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Id = number | string
type Json = Record<string, any>

/**
 * Media attached only to unpublished documents is not public (issue #6):
 * anonymous callers see a media item, through REST (list and by id), GraphQL
 * and the file route (the original and every image size), only while a
 * document they may read uses it: a published article or event (hero image,
 * image in the body in either language) or a published person (reference data).
 * Staff see every item. src/media/public-use.ts keeps the flag this rests on.
 */
describeIntegration('media is public only where public documents use it', () => {
  let ctx: TestPayload
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  // The SQLite and Postgres runs share the media folder: each run names its files apart.
  const tag = crypto.randomBytes(4).toString('hex')
  let counter = 0

  beforeAll(async () => {
    ctx = await startTestPayload()
    payload = ctx.payload
    api = apiClient(ctx.config)
    staff = await createStaff(payload, api)
  }, 120_000)
  afterAll(() => ctx?.stop())

  const newMedia = async (): Promise<Media> => {
    const n = ++counter
    const png = await sharp({
      create: {
        background: { b: 40, g: 90, r: (n * 37) % 255 },
        channels: 3,
        height: 700,
        width: 1000,
      },
    })
      .png()
      .toBuffer()
    return payload.create({
      collection: 'media',
      data: { alt: `صورة ${n}` },
      file: {
        data: png,
        mimetype: 'image/png',
        name: `public-use-${tag}-${n}.png`,
        size: png.length,
      },
    })
  }

  /** Everything that could show the item to the bearer of `token` (anonymous without one): true where it was shown. */
  const seenBy = async (media: Media, token?: string) => {
    const list = (await (
      await api.request('GET', '/media?limit=1000&depth=0', { token })
    ).json()) as Json
    const byId = await api.request('GET', `/media/${media.id}`, { token })
    const graphqlById = await api.graphql(`{ Media(id: ${media.id}) { id filename } }`, { token })
    const graphqlList = await api.graphql('{ allMedia(limit: 1000) { docs { id } } }', { token })
    const file = await api.request('GET', `/media/file/${encodeURIComponent(media.filename!)}`, {
      token,
    })
    const thumbnail = await api.request(
      'GET',
      `/media/file/${encodeURIComponent(media.sizes!.thumbnail!.filename!)}`,
      { token },
    )
    const card = await api.request(
      'GET',
      `/media/file/${encodeURIComponent(media.sizes!.card!.filename!)}`,
      { token },
    )
    for (const response of [byId, file, thumbnail, card]) expect(response.status).toBeLessThan(500)
    return {
      byId: byId.status === 200,
      card: card.status === 200,
      file: file.status === 200,
      graphqlById: graphqlById.body.data?.Media?.id === media.id,
      graphqlList: (graphqlList.body.data?.allMedia?.docs ?? []).some(
        (doc: Json) => doc.id === media.id,
      ),
      list: (list.docs ?? []).some((doc: Json) => doc.id === media.id),
      thumbnail: thumbnail.status === 200,
    }
  }

  const everywhere = (shown: boolean) => ({
    byId: shown,
    card: shown,
    file: shown,
    graphqlById: shown,
    graphqlList: shown,
    list: shown,
    thumbnail: shown,
  })
  const HIDDEN = everywhere(false)
  const SHOWN = everywhere(true)

  /** What anonymous callers see of each item, and that staff (a reviewer, who writes nothing) see all of them. */
  const expectPublic = async (expected: Record<string, boolean>, items: Record<string, Media>) => {
    const seen: Record<string, unknown> = {}
    for (const [name, media] of Object.entries(items)) seen[name] = await seenBy(media)
    expect(seen).toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([name, shown]) => [name, everywhere(shown)]),
      ),
    )
    for (const media of Object.values(items))
      expect(await seenBy(media, staff.tokens.reviewer)).toEqual(SHOWN)
  }

  const publish = (collection: 'articles' | 'events', id: Id) =>
    payload.update({ collection, context: AS_IMPORT, data: { _status: 'published' }, id })

  it("hides an article's images while it is a draft, shows them once it is published, and follows the published version's edits", async () => {
    const [hero, arabicImage, englishImage, later] = [
      await newMedia(),
      await newMedia(),
      await newMedia(),
      await newMedia(),
    ]
    // An author writes a draft over REST: hero image, an image in the Arabic body, then one in the English body.
    const created = await api.request('POST', '/articles?draft=true&locale=ar', {
      body: { body: bodyWithImage(arabicImage.id), heroImage: hero.id, title: 'مقال بالصور' },
      token: staff.tokens.author,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: Id } }
    const english = await api.request('PATCH', `/articles/${doc.id}?draft=true&locale=en`, {
      body: {
        body: bodyWithImage(englishImage.id, 'A photo of the visit'),
        title: 'An article with pictures',
      },
      token: staff.tokens.translator,
    })
    expect(english.status).toBe(200)
    await expectPublic(
      { arabicImage: false, englishImage: false, hero: false, later: false },
      { arabicImage, englishImage, hero, later },
    )

    await publish('articles', doc.id)
    await expectPublic(
      { arabicImage: true, englishImage: true, hero: true, later: false },
      { arabicImage, englishImage, hero, later },
    )

    // A new draft over the published article: the Arabic image replaced. Readers still get the published version, and so its images.
    const redraft = await api.request('PATCH', `/articles/${doc.id}?draft=true&locale=ar`, {
      body: { body: bodyWithImage(later.id) },
      token: staff.tokens.author,
    })
    expect(redraft.status).toBe(200)
    await expectPublic(
      { arabicImage: true, englishImage: true, hero: true, later: false },
      { arabicImage, englishImage, hero, later },
    )

    // Publishing that draft: the replaced image is no longer public, the English one (untouched) still is.
    await publish('articles', doc.id)
    await expectPublic(
      { arabicImage: false, englishImage: true, hero: true, later: true },
      { arabicImage, englishImage, hero, later },
    )

    // Unpublished (withdrawn): none of them.
    await payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'draft' },
      id: doc.id,
    })
    await expectPublic(
      { englishImage: false, hero: false, later: false },
      { englishImage, hero, later },
    )
  }, 180_000)

  it('follows an old version restored as the published one', async () => {
    const [first, second] = [await newMedia(), await newMedia()]
    const article = await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', heroImage: first.id, title: 'نسخ' },
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      sort: '-updatedAt',
      where: { parent: { equals: article.id } },
    })
    const firstVersion = docs[0]!.id
    await payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', heroImage: second.id },
      id: article.id,
    })
    await expectPublic({ first: false, second: true }, { first, second })

    await payload.restoreVersion({ collection: 'articles', context: AS_IMPORT, id: firstVersion })
    expect(
      (await payload.findByID({ collection: 'articles', depth: 0, id: article.id })).heroImage,
    ).toBe(first.id)
    await expectPublic({ first: true, second: false }, { first, second })
  }, 120_000)

  it('hides an image once the only published document using it is deleted, not while another still uses it', async () => {
    const [shared, own] = [await newMedia(), await newMedia()]
    const first = await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', heroImage: shared.id, title: 'أول' },
    })
    const second = await payload.create({
      collection: 'events',
      context: AS_IMPORT,
      data: {
        _status: 'published',
        description: bodyWithImage(shared.id),
        kind: 'talks',
        title: 'فعالية بصورة',
      },
    })
    const third = await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', heroImage: own.id, title: 'ثالث' },
    })
    await expectPublic({ own: true, shared: true }, { own, shared })

    expect(
      (await api.request('DELETE', `/articles/${first.id}`, { token: staff.tokens.editor })).status,
    ).toBe(200)
    await expectPublic({ own: true, shared: true }, { own, shared })
    expect(
      (await api.request('DELETE', `/events/${second.id}`, { token: staff.tokens.editor })).status,
    ).toBe(200)
    expect(
      (await api.request('DELETE', `/articles/${third.id}`, { token: staff.tokens.editor })).status,
    ).toBe(200)
    await expectPublic({ own: false, shared: false }, { own, shared })
  }, 180_000)

  it("keeps a person's photo public, whatever drafts use it, until the person no longer has it", async () => {
    const [photo, draftOnly] = [await newMedia(), await newMedia()]
    const person = await payload.create({
      collection: 'people',
      context: AS_IMPORT,
      data: { _status: 'published', name: `شخص ${tag}`, photo: photo.id },
    })
    await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'draft', heroImage: draftOnly.id, title: 'مسودة' },
    })
    await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'draft', heroImage: photo.id, title: 'مسودة أخرى' },
    })
    await expectPublic({ draftOnly: false, photo: true }, { draftOnly, photo })

    // The public reads the photo populated in the person, and nothing of the draft-only image through anything.
    const read = (await (await api.request('GET', `/people/${person.id}?depth=1`)).json()) as Json
    expect(read.photo?.id).toBe(photo.id)

    // A person changes publicly only through review (issue #16): the new photo is a draft until a reviewer approves it.
    const update = await api.request('PATCH', `/people/${person.id}?draft=true`, {
      body: { photo: draftOnly.id },
      token: staff.tokens.author,
    })
    expect(update.status).toBe(200)
    await expectPublic({ draftOnly: false, photo: true }, { draftOnly, photo })
    for (const [member, transition] of [
      ['author', 'submit'],
      ['reviewer', 'approve_publish'],
    ] as const) {
      const taken = await api.request('POST', `/people/${person.id}/workflow`, {
        body: { transition },
        token: staff.tokens[member],
      })
      expect(taken.status).toBe(200)
    }
    await expectPublic({ draftOnly: true, photo: false }, { draftOnly, photo })
  }, 180_000)

  it('lets no caller set the flag or the list it is computed from', async () => {
    const [item, other] = [await newMedia(), await newMedia()]
    const patch = await api.request('PATCH', `/media/${item.id}`, {
      body: { alt: 'نص بديل جديد', publicUse: true },
      token: staff.tokens.editor,
    })
    // Accepted, as for any field a caller may not set: the field is left out of the write.
    expect(patch.status).toBe(200)
    const form = new FormData()
    const png = await sharp({ create: { background: '#123', channels: 3, height: 20, width: 20 } })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `forged-${tag}.png`)
    form.append('_payload', JSON.stringify({ alt: 'مزورة', publicUse: true }))
    const created = await api.request('POST', '/media', { form, token: staff.tokens.editor })
    expect(created.status).toBe(201)
    const forged = ((await created.json()) as { doc: Media }).doc
    // A draft that claims to use `other`, without holding it anywhere.
    const article = await api.request('POST', '/articles?draft=true', {
      body: { mediaUsed: [other.id], title: 'مسودة' },
      token: staff.tokens.author,
    })
    expect(article.status).toBe(201)

    const anonymousIds = (
      (await (await api.request('GET', '/media?limit=1000')).json()) as { docs: Json[] }
    ).docs.map((doc) => doc.id)
    expect(anonymousIds).not.toContain(item.id)
    expect(anonymousIds).not.toContain(forged.id)
    // A hidden item is answered as one that does not exist: 404 by id, 403 for its file.
    expect((await api.request('GET', `/media/${item.id}`)).status).toBe(404)
    expect(
      (await api.request('GET', `/media/file/${encodeURIComponent(item.filename!)}`)).status,
    ).toBe(403)
    for (const id of [item.id, forged.id]) {
      const stored = await payload.db.findOne<Json & { id: Id }>({
        collection: 'media',
        where: { id: { equals: id } },
      })
      expect(stored?.publicUse).toBeFalsy()
    }
    const { doc } = (await article.json()) as { doc: Json }
    const row = await payload.db.findOne<Json & { id: Id }>({
      collection: 'articles',
      where: { id: { equals: doc.id } },
    })
    expect(row?.mediaUsed ?? []).toEqual([])
    expect(await seenBy(other)).toEqual(HIDDEN)
    // Nor does anyone read it back.
    expect(doc).not.toHaveProperty('mediaUsed')
    const staffRead = (await (
      await api.request('GET', `/articles/${doc.id}?draft=true`, { token: staff.tokens.editor })
    ).json()) as Json
    expect(staffRead.title).toBe('مسودة')
    expect(staffRead).not.toHaveProperty('mediaUsed')
    // Nor may the public filter on the flag (a hidden field): a 400 with the reason.
    const filtered = await api.request('GET', '/media?where[publicUse][equals]=false')
    expect(filtered.status).toBe(400)
    expect(((await filtered.json()) as Json).errors[0].message).toMatch(/publicUse/)
  })

  it('answers a file name that no item has with a 403, for staff as for the public, never a 500', async () => {
    for (const token of [undefined, staff.tokens.editor]) {
      const response = await api.request('GET', `/media/file/no-such-file-${tag}.webp`, { token })
      expect(response.status).toBe(403)
      expect(((await response.json()) as Json).errors[0].message).toMatch(/\S/)
    }
  })

  it('the migration computes from existing documents the same flags as the hooks', async () => {
    const db = payload.db as unknown as {
      drizzle: unknown
      execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Json[] }>
    }
    const flags = async () =>
      Object.fromEntries(
        (
          await db.execute({
            drizzle: db.drizzle,
            raw: 'SELECT id, public_use FROM media ORDER BY id',
          })
        ).rows.map((row) => [String(row.id), Boolean(row.public_use)]),
      )
    const uses = async () =>
      (
        await db.execute({
          drizzle: db.drizzle,
          raw: `SELECT 'articles' AS c, parent_id, media_id FROM articles_rels WHERE path = 'mediaUsed'
            UNION ALL SELECT 'events', parent_id, media_id FROM events_rels WHERE path = 'mediaUsed'
            UNION ALL SELECT 'people', parent_id, media_id FROM people_rels WHERE path = 'mediaUsed'`,
        })
      ).rows
        .map((row) => `${row.c}:${row.parent_id}:${row.media_id}`)
        .sort()
    const byHooks = { flags: await flags(), uses: await uses() }
    expect(Object.values(byHooks.flags)).toContain(true)
    expect(Object.values(byHooks.flags)).toContain(false)

    // The state a database is in just after the schema step: no uses recorded, every flag false.
    for (const table of ['articles_rels', 'events_rels', 'people_rels'])
      await db.execute({
        drizzle: db.drizzle,
        raw: `DELETE FROM ${table} WHERE path = 'mediaUsed'`,
      })
    await db.execute({ drizzle: db.drizzle, raw: 'UPDATE media SET public_use = false' })
    expect(Object.values(await flags())).not.toContain(true)

    const backfill = payload.db.name === 'postgres' ? backfillPostgres : backfillSqlite
    await backfill(db.drizzle as never)
    expect({ flags: await flags(), uses: await uses() }).toEqual(byHooks)
  })
})
