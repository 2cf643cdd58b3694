import type { CollectionConfig, PayloadRequest } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createLocalReq } from 'payload'

import {
  DEFAULT_TRANSITIONS,
  type EditorialWorkflowOptions,
  performTransition,
  resolveWorkflowOptions,
} from '@jusur/editorial-workflow'

import type { Json } from './helpers/api'
import {
  databaseUnderTest,
  describeIntegration,
  loose,
  Posts,
  sleep,
  Users,
} from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * The feed of public changes on the plugin's test bed: what writes an entry
 * and what does not, releases, deletions, one-locale publications, anonymous
 * REST and GraphQL reads resumable from any cursor, refusals of bad input in
 * the caller's language, and (PostgreSQL) the lock that makes ids appear in
 * commit order. On SQLite and PostgreSQL.
 */

const STAFF = {
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
}
type StaffName = keyof typeof STAFF

const SluggedPosts: CollectionConfig = {
  ...Posts,
  fields: [...Posts.fields, { name: 'slug', type: 'text', localized: true }],
}

/** Reference data: no slug, published in one step by a reviewer. */
const People: CollectionConfig = {
  slug: 'people',
  access: Posts.access,
  fields: [{ name: 'name', type: 'text', localized: true, required: true }],
  versions: { drafts: true },
}

const OPTIONS: EditorialWorkflowOptions = {
  collections: ['posts', 'people'],
  record: { collections: ['posts'], keepWhenRetracted: ['slug'] },
  releases: true,
  scheduling: { autoRun: false },
  transitions: [
    ...DEFAULT_TRANSITIONS,
    {
      name: 'approve_publish',
      approves: true,
      collections: ['people'],
      effect: 'publish',
      fourEyes: true,
      from: ['in_review'],
      label: { ar: 'اعتماد ونشر', en: 'Approve and publish' },
      roles: ['reviewer', 'editor'],
      to: 'published',
    },
  ],
}

const MESSAGES = {
  feedCursor: {
    ar: 'المؤشر غير صالح: مرّر قيمة `next` من إجابة سابقة كما هي، أو اتركه لتبدأ من البداية.',
    en: 'The cursor is not valid: pass the `next` of an earlier answer as it was, or leave it out to start from the beginning.',
  },
  feedLimit: {
    ar: 'الحد يجب أن يكون عددًا صحيحًا من 1 إلى 500.',
    en: 'The limit must be a whole number from 1 to 500.',
  },
  feedLocale: {
    ar: 'لغة غير معروفة؛ اختر إحدى هذه اللغات: ar، en',
    en: 'Unknown locale; use one of: ar, en',
  },
}

/** A cursor as the feed makes them (the tests forge some to check they are refused). */
const cursorOf = (text: string) => Buffer.from(text).toString('base64url')

type Page = { changes: Json[]; next: string }

describeIntegration('editorial-workflow feed of public changes', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>

  beforeAll(async () => {
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF, OPTIONS, {
      collections: [Users, SluggedPosts, People],
    }))
  })
  afterAll(() => stop?.())

  const as = (member: StaffName) => ({ token: staff[member].token })
  const transition = async (member: StaffName, id: unknown, body: Json, collection = 'posts') => {
    const reply = await api.request('POST', `/${collection}/${id}/workflow`, {
      body,
      ...as(member),
    })
    const error = reply.body.errors?.[0]
    expect({ error, status: reply.status }).toEqual({ error: undefined, status: 200 })
    return reply.body
  }
  const save = async (id: unknown, locale: string, body: Json, member: StaffName = 'author') => {
    const reply = await api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, {
      body,
      ...as(member),
    })
    expect(reply.status).toBe(200)
  }
  /** A post in Arabic and English with a slug in each, a draft. */
  const drafted = async (title: string) => {
    const slug = title.replace(/\s+/g, '-')
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { slug, title },
      ...as('author'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await save(id, 'en', { slug: `en-${slug}`, title: `EN ${title}` })
    return id
  }
  /** The English confirmed as matching the Arabic, submitted and approved. */
  const approve = async (id: unknown) => {
    await transition('editor', id, { locale: 'en', transition: 'confirm_translation' })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
  }
  const publish = async (id: unknown) => {
    await approve(id)
    return transition('editor', id, { transition: 'publish' })
  }
  const published = async (title: string) => {
    const id = await drafted(title)
    await publish(id)
    return id
  }

  /** One page of the feed, read anonymously over REST. */
  const page = async (query: Record<string, number | string | undefined> = {}): Promise<Page> => {
    const params = new URLSearchParams(
      Object.entries(query).flatMap(([key, value]) =>
        value === undefined ? [] : [[key, String(value)]],
      ),
    )
    const reply = await api.request('GET', `/changes?${params}`)
    expect({ body: reply.body, status: reply.status }).toMatchObject({ status: 200 })
    return reply.body as Page
  }
  /** Every page from `since` until `next` stops moving: the changes, and the cursor at the end. */
  const follow = async (since?: string, limit = 500, locale?: string) => {
    const changes: Json[] = []
    const pages: Page[] = []
    let cursor = since
    for (;;) {
      const answer = await page({ limit, locale, since: cursor })
      pages.push(answer)
      changes.push(...answer.changes)
      if (answer.next === cursor) return { changes, next: answer.next, pages }
      cursor = answer.next
    }
  }
  /** The cursor at the end of the feed now. */
  const head = async () => (await follow()).next
  const kindsSince = async (cursor: string) =>
    (await follow(cursor)).changes.map((change) => [change.kind, change.collection, change.id])

  it('records each publication, correction, retraction and unpublication once, in order, with its slugs, locales and version', async () => {
    const start = await head()
    const id = await drafted('خبر يتغير')
    await approve(id)
    expect(await kindsSince(start)).toEqual([])

    await transition('editor', id, { transition: 'publish' })
    await save(id, 'ar', { body: 'فقرة جديدة' })
    await publish(id)
    await save(id, 'ar', { body: 'فقرة مصححة', correction: { kind: 'update', note: 'حُدّث' } })
    await publish(id)
    await transition('editor', id, {
      notice: { ar: 'سُحب لخطأ.', en: 'Withdrawn in error.' },
      transition: 'retract',
    })
    await transition('editor', id, { transition: 'reopen' })
    await save(id, 'ar', { body: 'النص الصحيح' })
    await publish(id)
    await transition('editor', id, { comment: 'No longer current.', transition: 'unpublish' })

    const { changes } = await follow(start)
    expect(changes.map((change) => change.kind)).toEqual([
      'published',
      'updated',
      'corrected',
      'retracted',
      'published',
      'unpublished',
    ])
    for (const change of changes) {
      expect(change).toMatchObject({
        collection: 'posts',
        id: String(id),
        locales: ['ar', 'en'],
        slugs: { ar: 'خبر-يتغير', en: 'en-خبر-يتغير' },
      })
    }
    // Publications name the version they published, as the history does; removals none.
    const history = (await api.request('GET', `/posts/${id}/workflow`, as('editor'))).body
      .history as Json[]
    const live = history.filter((event) =>
      ['publish', 'retract', 'unpublish'].includes(event.transition),
    )
    expect(changes.map((change) => change.version)).toEqual(
      live.map((event) => (event.transition === 'publish' ? event.version : null)),
    )
    expect(live[2].details.correction.kind).toBe('update')
    const times = changes.map((change) => Date.parse(change.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times.every((time) => time > Date.now() - 600_000)).toBe(true)
  })

  it('records nothing for drafts, submissions, reviews, translations, scheduling and embargoes; a scheduled publication once it happens', async () => {
    const start = await head()
    const id = await drafted('خبر لم ينشر')
    await save(id, 'ar', { body: 'مسودة ثانية' })
    await transition('editor', id, { locale: 'en', transition: 'confirm_translation' })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { comment: 'أضف المصدر', transition: 'request_changes' })
    await save(id, 'ar', { body: 'مع المصدر' })
    await approve(id)
    const later = new Date(Date.now() + 3_600_000).toISOString()
    await transition('editor', id, { publishAt: later, transition: 'schedule' })
    await transition('editor', id, { transition: 'unschedule' })
    await save(id, 'ar', { embargoUntil: later }, 'editor')
    await save(id, 'ar', { embargoUntil: null }, 'editor')
    await transition('editor', id, {
      comment: 'يكفي العربي',
      locale: 'en',
      transition: 'waive_translation',
    })
    // Scheduled for a moment from now.
    await transition('editor', id, {
      publishAt: new Date(Date.now() + 800).toISOString(),
      transition: 'schedule',
    })
    const runDue = () => bed.payload.jobs.run({ queue: 'editorial-workflow' })
    await runDue()
    expect(await kindsSince(start)).toEqual([])
    await sleep(900)
    await runDue()
    expect(await kindsSince(start)).toEqual([['published', 'posts', String(id)]])
  })

  it('records the deletion of a document readers could see, or whose retraction they could, and no other', async () => {
    const live = await published('خبر سيحذف')
    const retracted = await published('خبر مسحوب سيحذف')
    await transition('editor', retracted, {
      notice: { ar: 'سُحب.', en: 'Withdrawn.' },
      transition: 'retract',
    })
    const archived = await published('خبر مؤرشف سيحذف')
    await transition('editor', archived, { comment: 'No longer current.', transition: 'unpublish' })
    const draft = await drafted('مسودة ستحذف')
    const release = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { title: 'إصدار سيحذف' },
      ...as('author'),
    })
    // Kept, with the highest id: SQLite would otherwise give the deleted posts' ids to the next ones.
    await drafted('مسودة باقية')
    const start = await head()
    for (const [collection, id] of [
      ['posts', live],
      ['posts', retracted],
      ['posts', archived],
      ['posts', draft],
      ['releases', release.body.doc.id],
    ])
      expect((await api.request('DELETE', `/${collection}/${id}`, as('editor'))).status).toBe(200)

    const { changes } = await follow(start)
    expect(changes).toEqual([
      {
        at: expect.any(String),
        collection: 'posts',
        id: String(live),
        kind: 'deleted',
        locales: ['ar', 'en'],
        slugs: { ar: 'خبر-سيحذف', en: 'en-خبر-سيحذف' },
        version: null,
      },
      expect.objectContaining({ id: String(retracted), kind: 'deleted' }),
    ])
  })

  it('records a release’s publication as one entry per item, in the release’s order, and none for the release', async () => {
    const items = [await drafted('عنصر أول'), await drafted('عنصر ثان'), await drafted('عنصر ثالث')]
    const order = [items[2], items[0], items[1]]
    const created = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { items: order.map((id) => ({ relationTo: 'posts', value: id })), title: 'إصدار' },
      ...as('author'),
    })
    const release = created.body.doc.id
    await api.request('PATCH', `/releases/${release}?draft=true&locale=en`, {
      body: { title: 'A release' },
      ...as('author'),
    })
    const start = await head()
    await transition('author', release, { transition: 'submit' }, 'releases')
    await transition('reviewer', release, { transition: 'approve' }, 'releases')
    expect(await kindsSince(start)).toEqual([])
    await transition('editor', release, { transition: 'publish' }, 'releases')
    expect(await kindsSince(start)).toEqual(order.map((id) => ['published', 'posts', String(id)]))
  })

  it('counts a one-locale publication for its locale, reference data without slugs, and serves each locale its readers’ changes', async () => {
    const post = await published('خبر بلغتين')
    const start = await head()
    await save(post, 'en', { title: 'EN خبر بلغتين, revised' })
    await transition('editor', post, { locale: 'ar', transition: 'confirm_translation' })
    await transition('author', post, { transition: 'submit' })
    await transition('reviewer', post, { transition: 'approve' })
    await transition('editor', post, { locale: 'en', transition: 'publish' })

    const person = await api.request('POST', '/people?draft=true&locale=ar', {
      body: { name: 'شخص بالعربية فقط' },
      ...as('author'),
    })
    const personId = person.body.doc.id
    await transition('author', personId, { transition: 'submit' }, 'people')
    await transition('reviewer', personId, { transition: 'approve_publish' }, 'people')

    const all = (await follow(start)).changes
    expect(all).toEqual([
      expect.objectContaining({ id: String(post), kind: 'updated', locales: ['en'] }),
      expect.objectContaining({
        collection: 'people',
        id: String(personId),
        kind: 'published',
        locales: ['ar'],
        slugs: null,
      }),
    ])
    const inArabic = await follow(start, 500, 'ar')
    expect(inArabic.changes).toEqual([all[1]])
    expect(inArabic.next).toBe((await follow(start)).next)
    expect((await follow(start, 500, 'en')).changes).toEqual([all[0]])
    // A page may be empty before the end: the cursor still moves past what was read.
    const first = await page({ limit: 1, locale: 'ar', since: start })
    expect(first.changes).toEqual([])
    expect(first.next).not.toBe(start)
    expect((await page({ limit: 1, locale: 'ar', since: first.next })).changes).toEqual([all[1]])
  })

  it('answers anonymous GraphQL as REST, and keeps its storage staff-only and append-only', async () => {
    await published('خبر للقراءة')
    const rest = await page({ limit: 3 })
    const query = `query ($since: String, $limit: Int) {
      Changes(since: $since, limit: $limit) {
        changes { kind collection id slugs { ar en } locales at version }
        next
      }
    }`
    const graphql = await api.graphql(query, { variables: { limit: 3 } })
    expect(graphql.body.errors).toBeUndefined()
    const normalized = (changes: Json[]) =>
      changes.map((change) => ({ ...change, at: new Date(change.at).toISOString() }))
    expect(graphql.body.data?.Changes.next).toBe(rest.next)
    expect(normalized(graphql.body.data?.Changes.changes)).toEqual(normalized(rest.changes))
    const after = await api.graphql(query, { variables: { limit: 2, since: rest.next } })
    expect(normalized(after.body.data?.Changes.changes)).toEqual(
      normalized((await page({ limit: 2, since: rest.next })).changes),
    )

    // The stored entries: staff read them; nobody writes, changes or deletes one.
    expect((await api.request('GET', '/public-changes')).status).toBe(403)
    const stored = await api.request('GET', '/public-changes?sort=id&limit=1', as('reviewer'))
    expect(stored.status).toBe(200)
    const entry = stored.body.docs[0]
    expect(entry).toMatchObject({ collection: rest.changes[0].collection, kind: 'published' })
    const forged = {
      at: new Date().toISOString(),
      collection: 'posts',
      document: '1',
      kind: 'deleted',
    }
    expect(
      (await api.request('POST', '/public-changes', { body: forged, ...as('editor') })).status,
    ).toBe(403)
    expect(
      (
        await api.request('PATCH', `/public-changes/${entry.id}`, {
          body: { kind: 'deleted' },
          ...as('editor'),
        })
      ).status,
    ).toBe(403)
    expect((await api.request('DELETE', `/public-changes/${entry.id}`, as('editor'))).status).toBe(
      403,
    )
    const appendOnly = {
      data: { errors: [{ message: 'The feed of public changes is append-only.', path: 'id' }] },
      name: 'ValidationError',
    }
    await expect(
      loose(bed.payload).update({
        collection: 'public-changes',
        data: { kind: 'deleted' },
        id: entry.id,
      }),
    ).rejects.toMatchObject(appendOnly)
    await expect(
      loose(bed.payload).delete({ collection: 'public-changes', id: entry.id }),
    ).rejects.toMatchObject(appendOnly)
    expect((await page({ limit: 1 })).changes[0]).toEqual(rest.changes[0])
  })

  it('resumes from any cursor: following next reproduces the rest of the feed exactly, whatever the page size (property)', async () => {
    while ((await follow()).changes.length < 12) await published(`خبر إضافي ${Date.now()}`)
    // Read one at a time: cursors[k] is the position after k entries (none given: the beginning).
    const cursors: (string | undefined)[] = [undefined]
    const everything: Json[] = []
    for (;;) {
      const step = await page({ limit: 1, since: cursors.at(-1) })
      if (step.changes.length === 0) break
      everything.push(...step.changes)
      cursors.push(step.next)
    }
    expect((await page({ limit: 500 })).changes).toEqual(everything)
    // The cursor of an empty feed stands for the beginning too.
    expect((await page({ limit: 500, since: cursorOf('c1:') })).changes).toEqual(everything)
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: everything.length }),
        fc.integer({ min: 1, max: 7 }),
        async (k, size) => {
          const { changes, next, pages } = await follow(cursors[k], size)
          expect(changes).toEqual(everything.slice(k))
          expect(pages.every((answer) => answer.changes.length <= size)).toBe(true)
          expect(next).toBe(cursors.at(-1))
          // At the end, a poller keeps the same cursor.
          expect(await page({ limit: size, since: next })).toEqual({ changes: [], next })
        },
      ),
      { numRuns: 20 },
    )
  })

  it('refuses a malformed cursor, limit or locale with a 400 in the caller’s language, over REST and GraphQL', async () => {
    const cases: [Record<string, string>, keyof typeof MESSAGES][] = [
      [{ since: 'not a cursor' }, 'feedCursor'],
      [{ since: 'abc' }, 'feedCursor'],
      [{ since: cursorOf('c1:-5') }, 'feedCursor'],
      [{ since: cursorOf('c1:01') }, 'feedCursor'],
      [{ since: cursorOf('c1:5.5') }, 'feedCursor'],
      [{ since: cursorOf('c2:5') }, 'feedCursor'],
      [{ since: 'x'.repeat(65) }, 'feedCursor'],
      [{ limit: '0' }, 'feedLimit'],
      [{ limit: '501' }, 'feedLimit'],
      [{ limit: 'ten' }, 'feedLimit'],
      [{ limit: '1.5' }, 'feedLimit'],
      [{ limit: '-1' }, 'feedLimit'],
      [{ locale: 'fr' }, 'feedLocale'],
    ]
    for (const [query, reason] of cases) {
      for (const language of ['ar', 'en'] as const) {
        const reply = await api.request('GET', `/changes?${new URLSearchParams(query)}`, {
          headers: { 'accept-language': language },
        })
        expect({ query, reply: reply.body, status: reply.status }).toEqual({
          query,
          reply: {
            errors: [
              { data: { reason }, message: MESSAGES[reason][language], name: 'WorkflowError' },
            ],
          },
          status: 400,
        })
      }
    }
    const graphql = await api.graphql('{ Changes(since: "abc", limit: 3) { next } }', {
      headers: { 'accept-language': 'en' },
    })
    expect(graphql.body.errors?.[0]).toMatchObject({
      extensions: { statusCode: 400 },
      message: MESSAGES.feedCursor.en,
    })
    const tooMany = await api.graphql('{ Changes(limit: 1000) { next } }')
    expect(tooMany.body.errors?.[0]).toMatchObject({ message: MESSAGES.feedLimit.ar })

    // Whatever the text, a cursor that is not one of the feed's is a 400, never a 500.
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (since) => {
        const reply = await api.request('GET', `/changes?since=${encodeURIComponent(since)}`)
        expect(reply.status).toBe(since === '' || isCursor(since) ? 200 : 400)
      }),
      { numRuns: 60 },
    )
  })

  /** Whether `text` decodes as one of the feed's cursors (a random string rarely does). */
  const isCursor = (text: string) =>
    /^[\w-]{1,64}$/.test(text) &&
    /^c1:(?:[1-9]\d{0,14})?$/.test(Buffer.from(text, 'base64url').toString('utf8'))

  // SQLite has one writer at a time by construction: the test is PostgreSQL's alone, and not counted as skipped there.
  if (databaseUnderTest() === 'postgres')
    it('serialises the writers on PostgreSQL: a second publication waits for the first to commit, and ids appear in commit order', async () => {
      const [first, second] = [await drafted('أول نشر'), await drafted('ثاني نشر')]
      await approve(first)
      await approve(second)
      const start = await head()
      const options = resolveWorkflowOptions(OPTIONS, bed.config as never)
      const editor = await bed.payload.findByID({ collection: 'users', id: staff.editor.id })
      const asEditor = async (transactionID?: number | string) => {
        const req = await createLocalReq(
          { user: { ...editor, collection: 'users' } as never },
          bed.payload,
        )
        if (transactionID !== undefined) req.transactionID = transactionID
        return req
      }
      const publishIn = (req: PayloadRequest, id: unknown) =>
        performTransition({
          input: { transition: 'publish' },
          options,
          req,
          target: { collection: 'posts', id: id as number },
        })
      const db = bed.payload.db as unknown as {
        beginTransaction: () => Promise<number | string>
        commitTransaction: (id: number | string) => Promise<void>
        drizzle: { execute: (sql: string) => Promise<{ rows: { granted: boolean }[] }> }
      }
      const feedLocks = async () =>
        (
          await db.drizzle.execute(
            `select granted from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database()) and classid = 0 and objid = ${0x65777063} and objsubid = 1`,
          )
        ).rows.map((row) => row.granted)

      // The first publication, in a transaction left open: it holds the lock.
      const transaction = await db.beginTransaction()
      await publishIn(await asEditor(transaction), first)
      expect(await feedLocks()).toEqual([true])
      // The second waits for it.
      const waiting = publishIn(await asEditor(), second)
      let locks: boolean[] = []
      const deadline = Date.now() + 10_000
      while (!(locks = await feedLocks()).includes(false)) {
        if (Date.now() > deadline) throw new Error('the second publication did not wait')
        await sleep(25)
      }
      expect(locks.sort()).toEqual([false, true])
      expect(await kindsSince(start)).toEqual([])
      await db.commitTransaction(transaction)
      await waiting
      expect(await kindsSince(start)).toEqual([
        ['published', 'posts', String(first)],
        ['published', 'posts', String(second)],
      ])
      expect(await feedLocks()).toEqual([])
    })
})
