import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'
import crypto from 'node:crypto'

import {
  PERSISTED_QUERY_MESSAGES,
  PERSISTED_QUERY_NOT_FOUND,
} from '../../src/api/persisted-queries'
import { MAX_SHARED_QUERY_BYTES, persistedQueryStore } from '../../src/api/persisted-query-store'
import { GUARD_MESSAGES } from '../../src/api/request-guard'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { persistedQuerySettings } from '../../src/settings/persisted-queries'
import { apiClient } from '../helpers/api'
import { importDraftArticle, importPublishedArticle } from '../helpers/content'
import { redisRequirement, testRedisUrl } from '../helpers/redis'
import { describeIfAvailable } from '../helpers/requirements'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Automatic persisted queries (src/api/persisted-queries.ts) as Apollo and
 * urql clients speak them, over GET and POST through the route handlers: an
 * unknown hash gets `PersistedQueryNotFound`, the hash with its query is
 * checked, learnt and run, and the hash alone then runs it, over GET from the
 * read cache with an ETag and a 304. A learnt mutation still never runs over
 * GET. Each instance learns a query on its first miss; instances sharing
 * Redis learn it once, and Redis keeps a bounded number of them.
 */
const EN = { 'accept-language': 'en' }
const PUBLISHED = 'تقرير للقراء'
const PUBLISHED_EN = 'A report for readers'
const DRAFT_ONLY = 'مسودة المحررين'

type Json = Record<string, any>

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')
const persisted = (query: string) => ({
  persistedQuery: { sha256Hash: sha256(query), version: 1 },
})
/** A query no other test has sent (a comment makes it new), so that every store starts without it. */
let made = 0
const newQuery = (body = 'Articles(sort: "createdAt") { docs { title } }') =>
  `# ${process.pid}-${Date.now()}-${++made}\nquery Page($locale: LocaleInputType) { ${body.replace('Articles(', 'Articles(locale: $locale, ')} }`

const titles = (body: Json): string[] =>
  (body.data?.Articles.docs as Json[]).map((doc) => doc.title)

describeIntegration('persisted queries', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let draftOnly: number | string

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    await importPublishedArticle(ctx.payload, { ar: PUBLISHED, en: PUBLISHED_EN })
    draftOnly = await importDraftArticle(ctx.payload, DRAFT_ONLY)
  })
  afterAll(() => ctx?.stop())

  const expectNotFound = (answer: Awaited<ReturnType<typeof api.graphql>>) => {
    expect(answer.status).toBe(200)
    expect(answer.body.data).toBeUndefined()
    expect(answer.body.errors).toEqual([
      { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' }, message: PERSISTED_QUERY_NOT_FOUND },
    ])
    // Never kept: once the client has sent the query, the same URL must run it.
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
  }

  it('runs the Apollo flow over GET: a miss, the hash with its query, then the hash alone from the cache, and a 304', async () => {
    const query = newQuery()
    const extensions = persisted(query)
    const variables = { locale: 'ar' }
    expectNotFound(await api.graphql(undefined, { extensions, method: 'GET', variables }))

    const registered = await api.graphql(query, { extensions, method: 'GET', variables })
    expect(registered.status).toBe(200)
    expect(titles(registered.body)).toEqual([PUBLISHED])
    expect(registered.headers.get(CACHE_HEADER)).toBe('MISS')

    const byHash = await api.graphql(undefined, { extensions, method: 'GET', variables })
    expect(byHash.body).toEqual(registered.body)
    expect(byHash.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(byHash.headers.get('vary')).toMatch(/Authorization, Cookie/)
    const etag = byHash.headers.get('etag')!
    expect(etag).toBe(registered.headers.get('etag'))

    const revalidated = await api.graphql(undefined, {
      extensions,
      headers: { 'if-none-match': etag },
      method: 'GET',
      variables,
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body).toEqual({})

    // Other variables, the same persisted query.
    const english = await api.graphql(undefined, {
      extensions,
      method: 'GET',
      variables: { locale: 'en' },
    })
    expect(titles(english.body)).toEqual([PUBLISHED_EN])
    // Upper-case hex names the same query.
    const upper = {
      persistedQuery: { sha256Hash: sha256(query).toUpperCase(), version: 1 },
    }
    expect(
      titles((await api.graphql(undefined, { extensions: upper, method: 'GET', variables })).body),
    ).toEqual([PUBLISHED])
  })

  it('runs the same flow over POST, and a query learnt over POST by its hash over GET', async () => {
    const query = newQuery()
    const extensions = persisted(query)
    expectNotFound(await api.graphql(undefined, { extensions }))
    const registered = await api.graphql(query, { extensions })
    expect(titles(registered.body)).toEqual([PUBLISHED])
    const byHash = await api.graphql(undefined, { extensions })
    expect(byHash.body).toEqual(registered.body)
    expect(byHash.headers.get(CACHE_HEADER)).toBe('HIT')
    const overGet = await api.graphql(undefined, { extensions, method: 'GET' })
    expect(overGet.body).toEqual(registered.body)
    // A null query is no query (some clients send it so).
    const nullQuery = await api.graphql(undefined, {
      rawBody: JSON.stringify({ extensions, query: null }),
    })
    expect(nullQuery.body).toEqual(registered.body)
  })

  it('refuses a hash that does not match its query with a 400 in the caller’s language, and learns nothing', async () => {
    const query = newQuery()
    const claimed = persisted(newQuery())
    for (const method of ['GET', 'POST'] as const) {
      for (const [headers, language] of [
        [{}, 'ar'],
        [EN, 'en'],
      ] as const) {
        const refused = await api.graphql(query, { extensions: claimed, headers, method })
        expect(refused.status).toBe(400)
        expect(refused.body.errors).toEqual([
          {
            extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
            message: PERSISTED_QUERY_MESSAGES.hashMismatch[language],
          },
        ])
      }
    }
    expectNotFound(await api.graphql(undefined, { extensions: claimed, method: 'GET' }))
  })

  it('refuses a malformed persisted-query extension with a 400', async () => {
    const hash = sha256(newQuery())
    for (const persistedQuery of [
      { sha256Hash: hash, version: 2 },
      { sha256Hash: hash.slice(1), version: 1 },
      { sha256Hash: `${hash.slice(1)}g`, version: 1 },
      { version: 1 },
      'yes',
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const refused = await api.graphql(undefined, {
          extensions: { persistedQuery },
          headers: EN,
          method,
        })
        expect(refused.status).toBe(400)
        expect(refused.body.errors![0]).toEqual({
          extensions: { code: 'PERSISTED_QUERY_INVALID' },
          message: PERSISTED_QUERY_MESSAGES.badExtension.en,
        })
      }
    }
  })

  it('never runs a learnt mutation over GET, whoever asks; POST runs it', async () => {
    const rename = `mutation Rename($id: Int!) { updateArticle(id: $id, draft: true, data: { title: "عنوان من استعلام محفوظ" }) { title } }`
    const extensions = persisted(rename)
    const variables = { id: Number(draftOnly) }
    // Learnt from an anonymous caller, whom access refuses the write itself.
    const anonymous = await api.graphql(rename, { extensions, variables })
    expect(anonymous.body.errors).toBeDefined()
    const titleNow = async () =>
      (
        (await ctx.payload.findByID({
          collection: 'articles',
          draft: true,
          id: draftOnly,
          locale: 'ar',
        })) as Json
      ).title
    for (const token of [undefined, staff.tokens.editor]) {
      const refused = await api.graphql(undefined, {
        extensions,
        headers: EN,
        method: 'GET',
        token,
        variables,
      })
      expect(refused.status).toBe(405)
      expect(refused.headers.get('allow')).toBe('POST')
      expect(refused.body.errors![0]!.message).toBe(GUARD_MESSAGES.mutationOverGet.en)
    }
    expect(await titleNow()).toBe(DRAFT_ONLY)
    // The hash alone names the mutation: over POST, the editor's request runs it.
    const done = await api.graphql(undefined, { extensions, token: staff.tokens.editor, variables })
    expect(done.body.errors).toBeUndefined()
    expect(await titleNow()).toBe('عنوان من استعلام محفوظ')
  })

  it('answers a credentialed request by hash privately, with the caller’s own answer', async () => {
    const query = newQuery('Articles(sort: "createdAt", limit: 20) { docs { title } }')
    const extensions = persisted(query)
    await api.graphql(query, { extensions, method: 'GET' })
    const anonymous = await api.graphql(undefined, { extensions, method: 'GET' })
    expect(anonymous.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(titles(anonymous.body)).not.toContain(DRAFT_ONLY)
    const staffRead = await api.graphql(undefined, {
      extensions,
      method: 'GET',
      token: staff.tokens.editor,
    })
    expect(staffRead.headers.get(CACHE_HEADER)).toBe('BYPASS')
    expect(staffRead.headers.get('cache-control')).toBe('private, no-store')
    expect(titles(staffRead.body).join()).toMatch(/مسودة المحررين|عنوان من استعلام محفوظ/)
  })

  it('is learnt by each instance on its first miss, which the client answers by sending the query', async () => {
    const query = newQuery()
    const extensions = persisted(query)
    await api.graphql(query, { extensions, method: 'GET' })
    const other = apiClient(ctx.config)
    expectNotFound(await other.graphql(undefined, { extensions, method: 'GET' }))
    await other.graphql(query, { extensions, method: 'GET' })
    expect(titles((await other.graphql(undefined, { extensions, method: 'GET' })).body)).toEqual([
      PUBLISHED,
    ])
  })

  it('forgets the least recently used queries past its memory bound', async () => {
    // About 1,000 characters each, counted as two bytes a character: room for two, not three.
    const queries = Array.from({ length: 3 }, () => `${newQuery()}\n#${'-'.repeat(950)}`)
    const small = apiClient(ctx.config, {
      persistedQueries: persistedQueryStore(
        { maxBytes: 5_000, sharedEntries: 10 },
        () => undefined,
      ),
    })
    for (const query of queries)
      await small.graphql(query, { extensions: persisted(query), method: 'GET' })
    expectNotFound(await small.graphql(undefined, { extensions: persisted(queries[0]!) }))
    for (const query of queries.slice(1))
      expect(
        titles((await small.graphql(undefined, { extensions: persisted(query) })).body),
      ).toEqual([PUBLISHED])
  })

  describeIfAvailable(redisRequirement())('with instances sharing Redis', () => {
    let redis: Redis
    const prefix = `jusur-test-${process.pid}-${crypto.randomBytes(3).toString('hex')}`
    const sharing = (sharedEntries = persistedQuerySettings().sharedEntries) =>
      apiClient(ctx.config, {
        persistedQueries: persistedQueryStore(
          { maxBytes: persistedQuerySettings().maxBytes, sharedEntries },
          () => ({ client: redis, prefix }),
        ),
      })
    const queriesKey = `${prefix}:apq:queries`

    beforeAll(() => {
      redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 })
    })
    afterAll(async () => {
      await redis.del(queriesKey, `${prefix}:apq:used`)
      await redis.quit()
    })

    it('learns a query once for all of them', async () => {
      const query = newQuery()
      const extensions = persisted(query)
      const [first, second] = [sharing(), sharing()]
      expectNotFound(await second.graphql(undefined, { extensions, method: 'GET' }))
      await first.graphql(query, { extensions })
      const learnt = await second.graphql(undefined, { extensions, method: 'GET' })
      expect(titles(learnt.body)).toEqual([PUBLISHED])
      expect(await redis.hget(queriesKey, sha256(query))).toBe(query)
    })

    it('keeps in Redis the most recently used queries up to its bound, and no large query', async () => {
      const queries = Array.from({ length: 4 }, () => newQuery())
      const registering = sharing(3)
      for (const query of queries.slice(0, 3))
        await registering.graphql(query, { extensions: persisted(query) })
      // Fetched by another instance: the first is now more recently used than the second.
      await sharing(3).graphql(undefined, { extensions: persisted(queries[0]!) })
      await registering.graphql(queries[3]!, { extensions: persisted(queries[3]!) })
      expect(await redis.zcard(`${prefix}:apq:used`)).toBe(3)
      const fresh = sharing(3)
      expectNotFound(await fresh.graphql(undefined, { extensions: persisted(queries[1]!) }))
      for (const query of [queries[0]!, queries[2]!, queries[3]!])
        expect(
          titles((await fresh.graphql(undefined, { extensions: persisted(query) })).body),
        ).toEqual([PUBLISHED])

      const large = `${newQuery()}\n#${'-'.repeat(MAX_SHARED_QUERY_BYTES)}`
      const learntAlone = sharing()
      await learntAlone.graphql(large, { extensions: persisted(large) })
      expect(
        titles((await learntAlone.graphql(undefined, { extensions: persisted(large) })).body),
      ).toEqual([PUBLISHED])
      expect(await redis.hexists(queriesKey, sha256(large))).toBe(0)
    })

    it('runs only a query that matches its hash, whatever Redis holds', async () => {
      const query = newQuery()
      const extensions = persisted(query)
      await redis.hset(queriesKey, sha256(query), '{ Users { docs { email } } }')
      expectNotFound(await sharing().graphql(undefined, { extensions, method: 'GET' }))
    })

    it('goes on with what each instance learnt while Redis cannot be reached', async () => {
      const away = new Redis('redis://127.0.0.1:1', {
        enableOfflineQueue: false,
        lazyConnect: true,
        maxRetriesPerRequest: 0,
      })
      away.on('error', () => undefined)
      try {
        const alone = apiClient(ctx.config, {
          persistedQueries: persistedQueryStore(persistedQuerySettings(), () => ({
            client: away,
            prefix,
          })),
        })
        const query = newQuery()
        const extensions = persisted(query)
        const started = Date.now()
        expectNotFound(await alone.graphql(undefined, { extensions, method: 'GET' }))
        expect(titles((await alone.graphql(query, { extensions })).body)).toEqual([PUBLISHED])
        expect(
          titles((await alone.graphql(undefined, { extensions, method: 'GET' })).body),
        ).toEqual([PUBLISHED])
        expect(Date.now() - started).toBeLessThan(5_000)
      } finally {
        away.disconnect()
      }
    })
  })
})
