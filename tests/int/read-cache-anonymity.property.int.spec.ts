import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'
import crypto from 'node:crypto'
import { createLocalReq } from 'payload'

import { DocumentStore, withSharedDocuments } from '../../src/read-cache/document-cache'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { apiClient } from '../helpers/api'
import { readScopeOf } from '../helpers/read-scope'
import {
  AS_IMPORT,
  importDraftArticle,
  importDraftEdit,
  importPublishedArticle,
} from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Property: whatever the spelling of a staff member's credentials (cookie
 * name in any case, white space around names and `=`, several and duplicate
 * cookies in any order, Authorization schemes in any case) and of the headers
 * Payload's CSRF check reads (Origin, Sec-Fetch-Site, Referer), on REST by id
 * and lists, GraphQL lists (over POST, GET, and GET by a persisted query's
 * hash), the staff-only workflow history and `meUser`: an answer the read
 * cache gives (HIT or MISS) is the public one, and so is what an anonymous
 * reader gets next, with or without the same non-credential headers. Drafts,
 * staff-only fields and staff e-mails never appear in either.
 * The seed is fixed (FC_SEED overrides it) and printed on failure.
 */
const SEED = Number(process.env.FC_SEED ?? 20261202)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 150)

const PUBLISHED_TITLE = 'مقال منشور للعموم'
const NEWER_DRAFT_TITLE = 'عنوان مسودة أحدث لم تُراجع'
const DRAFT_ONLY_TITLE = 'مسودة فقط لم تُنشر قط'
const STAFF_COMMENT = 'ملاحظة داخلية للمحررين'

/** What only staff may see: either draft's title, the workflow's fields, the history's comment, anyone's e-mail. */
const LEAKS = [
  NEWER_DRAFT_TITLE,
  DRAFT_ONLY_TITLE,
  STAFF_COMMENT,
  '@example.org',
  '"workflowState":"',
  '"workflow":{',
]

const SPACES = ['', ' ', '  ', '\t']
const OTHER_COOKIES = [
  'jusur-lng=en',
  'theme=dark',
  '_ga=GA1.2.345',
  'jusur-token-hint=1',
  'session=abc',
]
const OWN_ORIGIN = 'http://localhost:3000'

/** Apollo's persisted-query extension for `query` (src/api/persisted-queries.ts). */
const persisted = (query: string) => ({
  persistedQuery: {
    sha256Hash: crypto.createHash('sha256').update(query).digest('hex'),
    version: 1,
  },
})

type Read = {
  id: string
  send: (
    api: ReturnType<typeof apiClient>,
    headers: Record<string, string>,
  ) => Promise<{ cache: null | string; cacheControl: null | string; text: string }>
}

describeIntegration('the published-read cache is anonymous by construction (property)', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let published: number | string
  let draftOnly: number | string
  let reads: Read[]

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    published = await importPublishedArticle(ctx.payload, { ar: PUBLISHED_TITLE })
    await importDraftEdit(ctx.payload, published, NEWER_DRAFT_TITLE)
    draftOnly = await importDraftArticle(ctx.payload, DRAFT_ONLY_TITLE)
    await ctx.payload.create({
      collection: 'workflow-events',
      data: {
        collection: 'articles',
        comment: STAFF_COMMENT,
        document: String(draftOnly),
        from: 'draft',
        sequence: 1,
        sequenceKey: `articles:${draftOnly}:1`,
        to: 'in_review',
        transition: 'submit',
        user: staff.ids.author,
      } as never,
    })

    const rest =
      (path: string): Read['send'] =>
      async (client, headers) => {
        const response = await client.request('GET', path, { headers })
        return {
          cache: response.headers.get(CACHE_HEADER),
          cacheControl: response.headers.get('cache-control'),
          text: await response.text(),
        }
      }
    const graphql =
      (query: string, method: 'GET' | 'POST' = 'POST', byHash = false): Read['send'] =>
      async (client, headers) => {
        const { body, headers: answer } = await client.graphql(byHash ? undefined : query, {
          extensions: byHash ? persisted(query) : undefined,
          headers,
          method,
        })
        return {
          cache: answer.get(CACHE_HEADER),
          cacheControl: answer.get('cache-control'),
          text: JSON.stringify(body),
        }
      }
    const persistedList = '{ Articles(limit: 20, locale: ar) { docs { id title workflowState } } }'
    // Learnt once, anonymously; the read below sends its hash alone.
    await api.graphql(persistedList, { extensions: persisted(persistedList), method: 'GET' })
    reads = [
      { id: 'REST draft by id', send: rest(`/articles/${draftOnly}?locale=ar`) },
      { id: 'REST published by id', send: rest(`/articles/${published}?locale=ar&depth=1`) },
      { id: 'REST list', send: rest('/articles?locale=ar&limit=50&depth=1') },
      {
        id: 'GraphQL list',
        send: graphql('{ Articles(limit: 50, locale: ar) { docs { id title workflowState } } }'),
      },
      {
        id: 'GraphQL list over GET',
        send: graphql(
          '{ Articles(limit: 50, locale: ar) { docs { id title workflowState } } }',
          'GET',
        ),
      },
      { id: 'GraphQL persisted list over GET', send: graphql(persistedList, 'GET', true) },
      { id: 'REST workflow events', send: rest('/workflow-events?depth=1') },
      {
        id: 'GraphQL workflow events',
        send: graphql('{ WorkflowEvents { docs { transition comment } } }'),
      },
      { id: 'GraphQL meUser', send: graphql('{ meUser { user { email name } } }') },
    ]
  })
  afterAll(() => ctx?.stop())

  const expectNoLeak = (text: string, where: string) => {
    for (const leak of LEAKS)
      if (text.includes(leak))
        throw new Error(
          `${where} shows staff content ${JSON.stringify(leak)}: ${text.slice(0, 400)}`,
        )
  }

  /** One spelling of a login cookie among others: name in any case, white space around name and `=`. */
  const cookieHeader = (token: string) =>
    fc
      .record({
        before: fc.constantFrom(...SPACES),
        beforeEquals: fc.constantFrom(...SPACES),
        decoy: fc.constantFrom('none', 'first', 'last'),
        name: fc.constantFrom('jusur-token', 'Jusur-Token', 'JUSUR-TOKEN', 'jusur-Token'),
        others: fc.shuffledSubarray(OTHER_COOKIES),
        position: fc.nat(),
        separator: fc.constantFrom(';', '; ', ';  ', ' ;\t'),
      })
      .map(({ before, beforeEquals, decoy, name, others, position, separator }) => {
        const login = `${before}${name}${beforeEquals}=${token}`
        const invalid = `${name}=not-a-token`
        const cookies = [...others]
        cookies.splice(position % (cookies.length + 1), 0, login)
        // A duplicate: Payload keeps the last one of a name.
        if (decoy === 'first') cookies.unshift(invalid)
        if (decoy === 'last') cookies.push(invalid)
        return cookies.join(separator)
      })

  const authorizationHeader = (token: string) =>
    fc
      .record({
        scheme: fc.constantFrom('JWT', 'Bearer', 'jwt', 'bearer', 'BEARER', 'users API-Key'),
        space: fc.constantFrom(' ', '  ', '\t'),
      })
      .map(({ scheme, space }) => `${scheme}${space}${token}`)

  /** A staff member's credentials in one spelling, with or without the headers of Payload's CSRF check. */
  const credentialed = fc
    .record({
      carrier: fc.constantFrom('cookie', 'cookie', 'authorization', 'both'),
      member: fc.constantFrom('author', 'translator', 'reviewer', 'editor'),
      origin: fc.constantFrom(
        undefined,
        undefined,
        OWN_ORIGIN,
        'http://127.0.0.1:3000',
        'https://elsewhere.example',
      ),
      read: fc.nat(),
      referer: fc.constantFrom(undefined, `${OWN_ORIGIN}/admin/collections/articles`),
      secFetchSite: fc.constantFrom(undefined, 'same-origin', 'same-site', 'none', 'cross-site'),
    })
    .chain(({ carrier, member, origin, read, referer, secFetchSite }) => {
      const token = staff.tokens[member as keyof Staff['tokens']]
      return fc
        .record({
          authorization: carrier === 'cookie' ? fc.constant(undefined) : authorizationHeader(token),
          cookie: carrier === 'authorization' ? fc.constant(undefined) : cookieHeader(token),
        })
        .map(({ authorization, cookie }) => {
          const plain: Record<string, string> = {}
          if (origin) plain.origin = origin
          if (referer) plain.referer = referer
          if (secFetchSite) plain['sec-fetch-site'] = secFetchSite
          const headers = {
            ...plain,
            ...(cookie === undefined ? {} : { cookie }),
            ...(authorization === undefined ? {} : { authorization }),
          }
          return { headers, member, plain, read: reads[read % reads.length]! }
        })
    })

  it(
    'never stores or serves a staff answer, whatever the credentials’ spelling',
    async () => {
      let cachedAnswers = 0
      await fc.assert(
        fc.asyncProperty(credentialed, async ({ headers, plain, read }) => {
          const answer = await read.send(api, headers)
          if (answer.cache === 'HIT' || answer.cache === 'MISS')
            expectNoLeak(answer.text, `the cache’s answer to credentials (${read.id})`)
          else expect(answer.cacheControl).toBe('private, no-store')
          for (const anonymousHeaders of [plain, {}]) {
            const anonymous = await read.send(api, anonymousHeaders)
            if (anonymous.cache === 'HIT' || anonymous.cache === 'MISS') cachedAnswers++
            expectNoLeak(anonymous.text, `the next anonymous read (${read.id})`)
          }
        }),
        { numRuns: NUM_RUNS, seed: SEED },
      )
      // The anonymous reads did go through the cache (not vacuous).
      expect(cachedAnswers).toBeGreaterThan(NUM_RUNS)
    },
    10 * 60_000,
  )

  it('still gives staff with ordinary credentials their own answers, drafts included, kept out of shared caches', async () => {
    const list = reads.find((read) => read.id === 'GraphQL list')!
    const spellings: Record<string, string>[] = [
      { authorization: `JWT ${staff.tokens.editor}` },
      { authorization: `Bearer ${staff.tokens.author}` },
      { cookie: `jusur-token=${staff.tokens.reviewer}`, origin: OWN_ORIGIN },
      {
        cookie: `jusur-lng=ar; jusur-token=${staff.tokens.translator}`,
        'sec-fetch-site': 'same-origin',
      },
    ]
    for (const headers of spellings) {
      const answer = await list.send(api, headers)
      expect(answer.cache).toBe('BYPASS')
      expect(answer.cacheControl).toBe('private, no-store')
      expect(answer.text).toContain(DRAFT_ONLY_TITLE)
      expect(answer.text).toContain('"workflowState":"')
    }
    const me = await reads
      .find((read) => read.id === 'GraphQL meUser')!
      .send(api, {
        cookie: ` jusur-token =${staff.tokens.author}`,
        'sec-fetch-site': 'same-origin',
      })
    expect(me.cache).toBe('BYPASS')
    expect(me.text).toContain('author@example.org')
    const anonymous = await list.send(api, {})
    expect(anonymous.cache).toMatch(/^(HIT|MISS)$/)
    expect(anonymous.text).toContain(PUBLISHED_TITLE)
    expectNoLeak(anonymous.text, 'the anonymous list')
  })

  it('shares no document read for a user, even one given to a request after it began (as a job does)', async () => {
    const unpublishedEvent = (
      await ctx.payload.create({
        collection: 'events',
        context: AS_IMPORT,
        data: { kind: 'other', title: 'فعالية داخلية' } as never,
      })
    ).id
    const article = (
      await ctx.payload.create({
        collection: 'articles',
        context: AS_IMPORT,
        data: {
          _status: 'published',
          events: [unpublishedEvent],
          publishedAt: '2026-01-02T00:00:00.000Z',
          title: 'مقال بفعالية داخلية',
        } as never,
      })
    ).id
    const kept: string[] = []
    const store = new (class extends DocumentStore {
      set(key: string, entry: Parameters<DocumentStore['set']>[1], doc: unknown) {
        kept.push(JSON.stringify(doc))
        super.set(key, entry, doc)
      }
    })(2 ** 20)
    const editor = await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })
    const eventTitles = (doc: { events?: unknown[] }) =>
      (doc.events ?? []).map((event) => (event as { title?: string })?.title ?? null)
    await withSharedDocuments(await readScopeOf(ctx.payload, store), async () => {
      const req = await createLocalReq({}, ctx.payload)
      // An anonymous read first puts the shared documents in front of the request's loader.
      await ctx.payload.findByID({
        collection: 'articles',
        depth: 0,
        id: article,
        overrideAccess: false,
        req,
      })
      req.user = { ...editor, collection: 'users' } as never
      const asEditor = await ctx.payload.findByID({
        collection: 'articles',
        depth: 1,
        id: article,
        overrideAccess: false,
        req,
      })
      expect(eventTitles(asEditor as never)).toContain('فعالية داخلية')
    })
    expect(kept.join()).not.toContain('فعالية داخلية')
  })
})
