import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { COST_MESSAGES } from '../../src/cost/messages'
import { GUARD_MESSAGES } from '../../src/api/request-guard'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { readBudget } from '../../src/settings/security'
import { apiClient } from '../helpers/api'
import { AS_IMPORT, importDraftArticle, importPublishedArticle } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * GraphQL over GET (`/api/graphql?query=…&variables=…&operationName=…`), as a
 * CDN in front of Jusur meets it: queries only (a mutation is refused with a
 * 405 and changes nothing), the same guard, limits and cost rule as POST, and
 * public answers from the read cache with an ETag, a 304, Cache-Control and
 * Vary that let a shared cache keep them; credentialed reads are private and
 * never touch the public cache. A property checks that GET and POST answer
 * the same for any variables.
 */
const SEED = Number(process.env.FC_SEED ?? 20261202)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 40)

const EN = { 'accept-language': 'en' }
const PUBLISHED_AR = 'تقرير منشور عن التعاون'
const PUBLISHED_EN = 'A published report on cooperation'
const DRAFT_ONLY = 'مسودة لم تُنشر بعد'

const LIST = '{ Articles(sort: "createdAt", locale: ar) { docs { id title } } }'
const BY_LOCALE = `query Page($locale: LocaleInputType) {
  Articles(locale: $locale, sort: "createdAt") { docs { title } }
}`

type Json = Record<string, any>
const titles = (body: Json): string[] =>
  (body.data?.Articles.docs as Json[]).map((doc) => doc.title)

describeIntegration('GraphQL over GET', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let draftOnly: number | string

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    await importPublishedArticle(ctx.payload, { ar: PUBLISHED_AR, en: PUBLISHED_EN })
    draftOnly = await importDraftArticle(ctx.payload, DRAFT_ONLY)
  })
  afterAll(() => ctx?.stop())

  it('answers a query as POST does, from the read cache the second time, with an ETag and a 304', async () => {
    const post = await api.graphql(LIST)
    const first = await api.graphql(LIST, { method: 'GET' })
    expect(first.status).toBe(200)
    expect(first.body).toEqual(post.body)
    expect(titles(first.body)).toEqual([PUBLISHED_AR])
    expect(first.headers.get(CACHE_HEADER)).toBe('MISS')

    const second = await api.graphql(LIST, { method: 'GET' })
    expect(second.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(second.body).toEqual(first.body)
    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('etag')).toBe(etag)

    const revalidated = await api.graphql(LIST, {
      headers: { 'if-none-match': etag },
      method: 'GET',
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body).toEqual({})
    expect(revalidated.headers.get('etag')).toBe(etag)
    // A CDN's weak copy of the ETag matches too; another one does not.
    const weak = await api.graphql(LIST, {
      headers: { 'if-none-match': `W/${etag}` },
      method: 'GET',
    })
    expect(weak.status).toBe(304)
    const stale = await api.graphql(LIST, {
      headers: { 'if-none-match': '"an-older-answer"' },
      method: 'GET',
    })
    expect(stale.status).toBe(200)
    expect(titles(stale.body)).toEqual([PUBLISHED_AR])
  })

  it('tells shared caches to ask again before each use, and what else the answer depends on', async () => {
    for (const answer of [
      await api.graphql(LIST, { method: 'GET' }),
      await api.graphql(LIST, { headers: { 'if-none-match': '*' }, method: 'GET' }),
    ]) {
      expect(answer.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
      const vary = answer.headers
        .get('vary')!
        .split(',')
        .map((name) => name.trim().toLowerCase())
      expect(vary).toEqual(
        expect.arrayContaining(['accept', 'accept-language', 'authorization', 'cookie', 'origin']),
      )
    }
  })

  it('lets shared caches keep an answer READ_CACHE_CDN_MAX_AGE seconds when set, browsers none', async () => {
    process.env.READ_CACHE_CDN_MAX_AGE = '15'
    let cdn: ReturnType<typeof apiClient>
    try {
      cdn = apiClient(ctx.config)
    } finally {
      delete process.env.READ_CACHE_CDN_MAX_AGE
    }
    const answer = await cdn.graphql(LIST, { method: 'GET' })
    expect(answer.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=15, must-revalidate',
    )
    const staffRead = await cdn.graphql(LIST, { method: 'GET', token: staff.tokens.editor })
    expect(staffRead.headers.get('cache-control')).toBe('private, no-store')
  })

  it('keys on the language and the response type asked for, and on every parameter of the URL', async () => {
    const english = await api.graphql(BY_LOCALE, { method: 'GET', variables: { locale: 'en' } })
    expect(titles(english.body)).toEqual([PUBLISHED_EN])
    const arabic = await api.graphql(BY_LOCALE, { method: 'GET', variables: { locale: 'ar' } })
    expect(titles(arabic.body)).toEqual([PUBLISHED_AR])

    // The locale as a URL parameter (which Payload reads) is part of the key: the plain URL stays Arabic.
    const plain = '{ Articles { docs { title } } }'
    const viaUrl = await api.graphql(undefined, {
      method: 'GET',
      rawSearch: `?query=${encodeURIComponent(plain)}&locale=en`,
    })
    expect(titles(viaUrl.body)).toEqual([PUBLISHED_EN])
    expect(titles((await api.graphql(plain, { method: 'GET' })).body)).toEqual([PUBLISHED_AR])

    const strict = await api.graphql(plain, {
      headers: { accept: 'application/graphql-response+json' },
      method: 'GET',
    })
    expect(strict.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/)
    expect(strict.headers.get(CACHE_HEADER)).toBe('MISS')
    const json = await api.graphql(plain, {
      headers: { accept: 'application/json' },
      method: 'GET',
    })
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    expect(json.headers.get(CACHE_HEADER)).toBe('HIT')
  })

  it('keeps a POST sent to a URL with a locale apart from the plain POST (the key holds the URL’s parameters)', async () => {
    const query = '{ Articles(sort: "-createdAt") { docs { title } } }'
    const handler = (await import('../../src/api/route-handlers')).graphqlHandler(ctx.config)
    const post = async (search: string) =>
      (await (
        await handler(
          new Request(`http://localhost:3000/api/graphql${search}`, {
            body: JSON.stringify({ query }),
            headers: { 'content-type': 'application/json' },
            method: 'POST',
          }),
        )
      ).json()) as Json
    expect(titles(await post('?locale=en'))).toEqual([PUBLISHED_EN])
    expect(titles(await post(''))).toEqual([PUBLISHED_AR])
  })

  it('selects the operation named by operationName', async () => {
    const document = `query Arabic { Articles(locale: ar) { docs { title } } }
      query English { Articles(locale: en) { docs { title } } }`
    const english = await api.graphql(document, { method: 'GET', operationName: 'English' })
    expect(titles(english.body)).toEqual([PUBLISHED_EN])
    const arabic = await api.graphql(document, { method: 'GET', operationName: 'Arabic' })
    expect(titles(arabic.body)).toEqual([PUBLISHED_AR])
  })

  it('refuses a mutation with a 405 and Allow: POST, in the caller’s language, and changes nothing', async () => {
    const rename = `mutation { updateArticle(id: ${JSON.stringify(draftOnly)}, draft: true, data: { title: "عنوان عبر GET" }) { title } }`
    const titleNow = async () =>
      (
        (await ctx.payload.findByID({
          collection: 'articles',
          draft: true,
          id: draftOnly,
          locale: 'ar',
        })) as Json
      ).title
    for (const [headers, message] of [
      [{}, GUARD_MESSAGES.mutationOverGet.ar],
      [EN, GUARD_MESSAGES.mutationOverGet.en],
    ] as const) {
      const refused = await api.graphql(rename, {
        headers,
        method: 'GET',
        token: staff.tokens.editor,
      })
      expect(refused.status).toBe(405)
      expect(refused.headers.get('allow')).toBe('POST')
      expect(refused.body.errors![0]!.message).toBe(message)
      expect(refused.body.data).toBeUndefined()
    }
    const anonymous = await api.graphql(rename, { method: 'GET' })
    expect(anonymous.status).toBe(405)
    // Also when named among queries by operationName.
    const mixed = await api.graphql(
      `query Read { Articles { totalDocs } } ${rename.replace('mutation', 'mutation Write')}`,
      {
        method: 'GET',
        operationName: 'Write',
        token: staff.tokens.editor,
      },
    )
    expect(mixed.status).toBe(405)
    expect(await titleNow()).toBe(DRAFT_ONLY)

    // The same mutation with POST does change it: the refusal above is what kept it.
    const done = await api.graphql(rename, { token: staff.tokens.editor })
    expect(done.body.errors).toBeUndefined()
    expect(await titleNow()).toBe('عنوان عبر GET')
    await ctx.payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { title: DRAFT_ONLY } as never,
      draft: true,
      id: draftOnly,
      locale: 'ar',
    })
  })

  it('answers credentialed reads privately, never from or into the public cache', async () => {
    const list = '{ Articles(draft: false, locale: ar, limit: 20) { docs { title } } }'
    const withDrafts = '{ Articles(locale: ar, limit: 20) { docs { title } } }'
    const anonymous = await api.graphql(withDrafts, { method: 'GET' })
    expect(anonymous.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(titles(anonymous.body)).not.toContain(DRAFT_ONLY)

    for (const headers of [
      { authorization: `JWT ${staff.tokens.editor}` } as Record<string, string>,
      // Payload takes the login cookie from its own site only (its CSRF check).
      { cookie: `jusur-token=${staff.tokens.editor}`, 'sec-fetch-site': 'same-origin' },
    ]) {
      const staffRead = await api.graphql(withDrafts, { headers, method: 'GET' })
      expect(staffRead.status).toBe(200)
      expect(staffRead.headers.get(CACHE_HEADER)).toBe('BYPASS')
      expect(staffRead.headers.get('cache-control')).toBe('private, no-store')
      expect(staffRead.headers.get('etag')).toBeNull()
      // Staff get their own answer (drafts included), not the public one kept for this URL.
      expect(titles(staffRead.body)).toContain(DRAFT_ONLY)
    }
    const after = await api.graphql(withDrafts, { method: 'GET' })
    expect(after.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(titles(after.body)).not.toContain(DRAFT_ONLY)
    // Asking for drafts by name never reaches the cache, even anonymously.
    const drafts = await api.graphql(list, { method: 'GET' })
    expect(drafts.headers.get(CACHE_HEADER)).toBe('BYPASS')
    expect(drafts.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses malformed parameters with a 400 in the caller’s language', async () => {
    const query = encodeURIComponent('{ Articles { totalDocs } }')
    const cases: [string, { ar: string; en: string }][] = [
      [`?query=${query}&variables=%7Blocale%3A`, GUARD_MESSAGES.badJsonParam('variables')],
      [`?query=${query}&variables=%5B1%5D`, GUARD_MESSAGES.badJsonParam('variables')],
      [`?query=${query}&variables=%22en%22`, GUARD_MESSAGES.badJsonParam('variables')],
      [`?query=${query}&extensions=nope`, GUARD_MESSAGES.badJsonParam('extensions')],
      ['?variables=%7B%7D', GUARD_MESSAGES.missingQuery],
      [`?query=${query}&locale=fr`, GUARD_MESSAGES.badLocale('fr')],
    ]
    for (const [rawSearch, message] of cases) {
      for (const [headers, language] of [
        [{}, 'ar'],
        [EN, 'en'],
      ] as const) {
        const refused = await api.graphql(undefined, { headers, method: 'GET', rawSearch })
        expect([rawSearch, refused.status]).toEqual([rawSearch, 400])
        expect(refused.body.errors![0]!.message).toBe(message[language])
        expect(refused.headers.get('cache-control')).toBe('private, no-store')
      }
    }
  })

  it('applies the same limits and cost rule as POST', async () => {
    const budget = readBudget().anonymousCost
    const costly = `{ ${Array.from(
      { length: 15 },
      (_, i) =>
        `c${i}: Countries(limit: 1000) { docs { name events { docs { title subEvents { docs { title } } } } } }`,
    ).join(' ')} }`
    const byGet = await api.graphql(costly, { headers: EN, method: 'GET' })
    const byPost = await api.graphql(costly, { headers: EN })
    expect(byGet.status).toBe(400)
    expect(byGet.body).toEqual(byPost.body)
    expect(byGet.body.errors![0]!.message).toMatch(
      COST_MESSAGES.tooCostly(0, budget).en.split(':')[0]!,
    )
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`
    const tooMany = await api.graphql(aliases, {
      headers: { accept: 'application/graphql-response+json' },
      method: 'GET',
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors![0]!.message).toMatch(/Too many aliases/)
    expect(tooMany.headers.get(CACHE_HEADER)).toBe('BYPASS')
    // An answer with errors is not kept, and shared caches are told not to keep it either.
    const invalid = await api.graphql('{ Articles { docs { noSuchField } } }', { method: 'GET' })
    expect(invalid.body.errors).toBeDefined()
    expect(invalid.headers.get(CACHE_HEADER)).toBe('BYPASS')
    expect(invalid.headers.get('cache-control')).toBe('private, no-store')
  })

  it('answers GET and POST the same, whatever the variables (property)', async () => {
    const query = `query Page($locale: LocaleInputType, $limit: Int, $page: Int, $sort: String, $title: String) {
      Articles(locale: $locale, limit: $limit, page: $page, sort: $sort, where: { title: { like: $title } }) {
        totalDocs page docs { title }
      }
    }`
    const variables = fc.record(
      {
        limit: fc.oneof(fc.integer({ max: 50, min: 0 }), fc.constant(null)),
        locale: fc.constantFrom('ar', 'en', null),
        page: fc.integer({ max: 3, min: 1 }),
        sort: fc.constantFrom('title', '-title', 'createdAt', '-publishedAt', null),
        title: fc.oneof(
          fc.constantFrom('تقرير', 'report', 'cooperation', 'تعاون', '%', '&', '=', '+'),
          fc.string({ maxLength: 12, unit: 'grapheme' }),
        ),
      },
      { requiredKeys: ['title'] },
    )
    let matched = 0
    await fc.assert(
      fc.asyncProperty(variables, fc.constantFrom({}, EN), async (sent, headers) => {
        const byGet = await api.graphql(query, { headers, method: 'GET', variables: sent })
        const byPost = await api.graphql(query, { headers, variables: sent })
        expect(byGet.status).toBe(byPost.status)
        expect(byGet.body).toEqual(byPost.body)
        if (byGet.body.data?.Articles.totalDocs > 0) matched++
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
    // Some runs found the article (not only empty answers).
    expect(matched).toBeGreaterThan(0)
  })
})
