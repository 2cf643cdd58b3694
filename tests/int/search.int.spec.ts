import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { seedDemoContent } from '../../src/seed'
import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { REPORT_ARTICLE } from '../../src/seed/report-article'
import { bumpGeneration } from '../../src/read-cache/generation'
import { rebuildSearchIndex, searchStoreFor } from '../../src/search/indexer'
import { parseSearchQuery } from '../../src/search/query'
import { apiClient } from '../helpers/api'
import { runEntryPoint } from '../helpers/server'
import { AS_IMPORT, plainBody } from '../helpers/content'
import {
  describeIntegration,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

type Hit = {
  collection: string
  id: number
  score: number
  slug: string | null
  snippet: string
  title: string
}
type Results = {
  hasNextPage: boolean
  hits: Hit[]
  page: number
  totalDocs: number
  totalPages: number
}

const GRAPHQL_SEARCH = `query Search($q: String!, $locale: LocaleInputType, $collections: [String], $limit: Int, $page: Int, $drafts: Boolean) {
  search(q: $q, locale: $locale, collections: $collections, limit: $limit, page: $page, drafts: $drafts) {
    hits { collection id title slug snippet score }
    totalDocs page totalPages hasNextPage
  }
}`

describeIntegration('search', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let editor: string
  let reportId: number

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    await seedDemoContent(ctx.payload)
    editor = await api.login('editor@jusur.demo', DEMO_PASSWORD)
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      locale: 'en',
      where: { slug: { equals: REPORT_ARTICLE.en.slug } },
    })
    reportId = docs[0]!.id
  }, SEEDING_TIMEOUT_MS)
  afterAll(() => ctx?.stop())

  /** GET /api/search with these parameters; the body and status. */
  const rest = async (
    params: Record<string, number | string | string[]>,
    options: { language?: string; token?: string } = {},
  ) => {
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(params))
      for (const v of [value].flat()) query.append(name, String(v))
    const response = await api.request('GET', `/search?${query}`, {
      headers: { 'accept-language': options.language ?? 'en' },
      token: options.token,
    })
    return {
      body: (await response.json()) as Results & { errors?: { message: string }[] },
      status: response.status,
    }
  }
  const find = async (
    params: Record<string, number | string | string[]>,
    token?: string,
  ): Promise<Results> => {
    const { body, status } = await rest(params, { token })
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined })
    return body
  }
  const keys = (results: Results) => results.hits.map((hit) => `${hit.collection}:${hit.id}`)

  const publish = (title: string, rest: Record<string, unknown> = {}, locale: 'ar' | 'en' = 'en') =>
    ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { _status: 'published', title, ...rest } as never,
      locale,
    })

  describe('spelling', () => {
    it.each([
      ['final ى for ي', 'الأمنى', 'الأمني'],
      ['hamza forms', 'الإكاديمية', 'الأكاديمية'],
      ['ة or ه', 'الشرطه', 'الشرطة'],
      ['diacritics', 'مُسْتَشار', 'مستشار'],
      ['tatweel', 'الشـــرطة', 'الشرطة'],
      ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ])('%s: «%s» finds what «%s» finds', async (_case, variant, plain) => {
      const [a, b] = [
        await find({ q: variant, locale: 'ar', limit: 50 }),
        await find({ q: plain, locale: 'ar', limit: 50 }),
      ]
      expect(keys(a)).toContain(`articles:${reportId}`)
      expect(keys(a)).toEqual(keys(b))
    })

    it('finds nothing for a word that is nowhere', async () => {
      expect((await find({ q: 'بطريق', locale: 'ar' })).totalDocs).toBe(0)
    })

    it('where a plain Payload `contains` misses the variant spelling', async () => {
      const contains = await ctx.payload.find({
        collection: 'articles',
        locale: 'ar',
        where: { summary: { contains: 'الأمنى' } },
      })
      expect(contains.totalDocs).toBe(0)
      expect(keys(await find({ q: 'الأمنى', locale: 'ar', collections: 'articles' }))).toEqual([
        `articles:${reportId}`,
      ])
    })

    it('stems English words', async () => {
      for (const q of ['partnership', 'partnerships', 'widening', 'widen']) {
        expect(keys(await find({ q, locale: 'en', collections: 'articles' }))).toEqual([
          `articles:${reportId}`,
        ])
      }
    })

    it('finds people by their aliases, in either script', async () => {
      const [person] = (
        await ctx.payload.find({
          collection: 'people',
          locale: 'en',
          where: { name: { equals: 'Wang Xiaohong' } },
        })
      ).docs
      for (const locale of ['ar', 'en']) {
        for (const q of ['وانج شيا هونج', 'Wang Xiaohong', 'وانغ', 'xiaohong']) {
          expect(keys(await find({ q, locale, collections: 'people' }))).toEqual([
            `people:${person!.id}`,
          ])
        }
      }
    })
  })

  describe('English spelling', () => {
    // Each case: a text written one way, and what readers type, another; a made-up word keeps the case to its own article.
    it.each([
      ['-our/-or', 'colour', 'color'],
      ['-or/-our', 'labor', 'labour'],
      ['-re/-er', 'centre', 'center'],
      ['-er/-re', 'theater', 'theatre'],
      ['-ise/-ize', 'organised', 'organized'],
      ['-isation/-ization (by rule)', 'civilisation', 'civilization'],
      ['-ization/-isation', 'modernization', 'modernisation'],
      ['-yse/-yze', 'analysed', 'analyzed'],
      ['-ogue/-og', 'catalogue', 'catalog'],
      ['doubled l', 'travelled', 'traveled'],
      ['hyphenated compound, typed joined', 'counter-terrorism', 'counterterrorism'],
      ['hyphenated compound, typed spaced', 'counter-terrorism', 'counter terrorism'],
      ['hyphenated compound, typed as its part', 'counter-terrorism', 'terrorism'],
      ['joined compound, typed hyphenated', 'counterterrorism', 'counter-terrorism'],
      ['joined compound, typed as its part', 'counterterrorism', 'terrorism'],
      ['spaced compound, typed joined', 'counter terrorism', 'counterterrorism'],
      ['co- hyphenated, typed joined', 'co-operation', 'cooperation'],
      ['co- joined, typed hyphenated', 'cooperation', 'co-operation'],
      ['co- joined, typed spaced', 'cooperation', 'co operation'],
    ])('%s: a text with «%s» is found by «%s»', async (spellingClass, written, typed) => {
      const marker = `quillwort${spellingClass.replace(/[^a-z]/g, '')}`
      const article = await publish(`${marker} report`, {
        body: plainBody(`The talks covered ${written} in depth.`),
      })
      const results = await find({ q: `${marker} ${typed}`, locale: 'en' })
      expect(keys(results)).toEqual([`articles:${article.id}`])
      expect(results.hits[0]!.snippet).toContain('<mark>')
    })
  })

  describe('ranking', () => {
    it('puts a match in the title above one in the body', async () => {
      const body = await publish('Harbour notes', {
        body: plainBody('The zephyrine survey of the harbour continued.'),
      })
      const title = await publish('The zephyrine survey', { body: plainBody('Nothing else here.') })
      const results = await find({ q: 'zephyrine', locale: 'en' })
      expect(keys(results)).toEqual([`articles:${title.id}`, `articles:${body.id}`])
      expect(results.hits[0]!.score).toBeGreaterThan(results.hits[1]!.score)
    })

    it('puts the exact phrase above the same words scattered', async () => {
      const scattered = await publish('Port report one', {
        body: plainBody('The basalt was grey and the quarry far; a lantern lit the way.'),
      })
      const phrase = await publish('Port report two', {
        body: plainBody('Here the basalt quarry lantern stood.'),
      })
      const results = await find({ q: 'basalt quarry lantern', locale: 'en' })
      expect(keys(results)).toEqual([`articles:${phrase.id}`, `articles:${scattered.id}`])
      // In quotes, the phrase is required.
      expect(keys(await find({ q: '"basalt quarry"', locale: 'en' }))).toEqual([
        `articles:${phrase.id}`,
      ])
    })
  })

  describe('filters and pages', () => {
    it('filters by collection, topic, country and date range', async () => {
      const [topic] = (await ctx.payload.find({ collection: 'topics', limit: 1 })).docs
      const [egypt] = (
        await ctx.payload.find({ collection: 'countries', where: { code: { equals: 'EG' } } })
      ).docs
      const [italy] = (
        await ctx.payload.find({ collection: 'countries', where: { code: { equals: 'IT' } } })
      ).docs
      const tagged = await publish('Marmoset study', {
        countries: [egypt!.id],
        publishedAt: '2023-03-10T10:00:00.000Z',
        topics: [topic!.id],
      })
      const other = await publish('Marmoset census', {
        countries: [italy!.id],
        publishedAt: '2025-06-01T10:00:00.000Z',
      })
      const event = await ctx.payload.create({
        context: AS_IMPORT,
        collection: 'events',
        data: { _status: 'published', kind: 'other', title: 'Marmoset workshop' },
        locale: 'en',
      })

      expect(keys(await find({ q: 'marmoset', locale: 'en' })).sort()).toEqual(
        [`articles:${tagged.id}`, `articles:${other.id}`, `events:${event.id}`].sort(),
      )
      expect(keys(await find({ q: 'marmoset', locale: 'en', collections: 'events' }))).toEqual([
        `events:${event.id}`,
      ])
      expect(
        keys(await find({ q: 'marmoset', locale: 'en', collections: 'articles,events' })).length,
      ).toBe(3)
      expect(keys(await find({ q: 'marmoset', locale: 'en', topic: String(topic!.id) }))).toEqual([
        `articles:${tagged.id}`,
      ])
      expect(keys(await find({ q: 'marmoset', locale: 'en', country: String(italy!.id) }))).toEqual(
        [`articles:${other.id}`],
      )
      expect(keys(await find({ q: 'marmoset', locale: 'en', from: '2024-01-01' }))).toEqual([
        `articles:${other.id}`,
      ])
      expect(keys(await find({ q: 'marmoset', locale: 'en', to: '2023-03-10' }))).toEqual([
        `articles:${tagged.id}`,
      ])
      expect(
        keys(await find({ q: 'marmoset', locale: 'en', from: '2023-01-01', to: '2023-12-31' })),
      ).toEqual([`articles:${tagged.id}`])
    })

    it('pages through the hits with totals', async () => {
      for (let i = 0; i < 7; i++) await publish(`Okapi sighting ${i + 1}`)
      const pages = [1, 2, 3].map((page) => find({ q: 'okapi', locale: 'en', limit: 3, page }))
      const [first, second, third] = await Promise.all(pages)
      for (const results of [first!, second!, third!]) {
        expect(results.totalDocs).toBe(7)
        expect(results.totalPages).toBe(3)
      }
      expect([first!.hits.length, second!.hits.length, third!.hits.length]).toEqual([3, 3, 1])
      expect([first!.hasNextPage, third!.hasNextPage]).toEqual([true, false])
      expect(new Set([...keys(first!), ...keys(second!), ...keys(third!)]).size).toBe(7)
      expect((await find({ q: 'okapi', locale: 'en', limit: 3, page: 4 })).hits).toEqual([])
    })
  })

  describe('snippets', () => {
    it('quotes the original text of the requested language, with the match marked', async () => {
      const arabic = await find({ q: 'الأمنى', locale: 'ar', collections: 'articles' })
      expect(arabic.hits[0]!.title).toBe(REPORT_ARTICLE.ar.title)
      // The original spellings are quoted and marked (أمني, الأمن, والأمن), never the normalized or stemmed forms.
      const snippet = arabic.hits[0]!.snippet
      expect(snippet.match(/<mark>[^<]+<\/mark>/g)).toEqual(
        expect.arrayContaining(['<mark>أمني</mark>', '<mark>والأمن</mark>']),
      )
      const original = [REPORT_ARTICLE.ar.summary, ...REPORT_ARTICLE.ar.body]
        .join(' ')
        .replace(/\[\[([^|\]]+)\|[^\]]+\]\]/g, '$1')
      expect(original).toContain(
        snippet
          .replace(/<\/?mark>/g, '')
          .replace(/^… | …$/g, '')
          .slice(0, 120),
      )

      const english = await find({ q: 'partnership', locale: 'en', collections: 'articles' })
      expect(english.hits[0]!.title).toBe(REPORT_ARTICLE.en.title)
      expect(english.hits[0]!.snippet).not.toMatch(/[\u0600-\u06FF]/)
      const summary = await find({ q: 'protocol', locale: 'en', collections: 'articles' })
      expect(summary.hits[0]!.snippet).toContain('A new security <mark>protocol</mark> with China')
    })

    it('escapes HTML in the text it quotes', async () => {
      await publish('Escaping test', { summary: 'The <script>alert(1)</script> quokka & friends' })
      const [hit] = (await find({ q: 'quokka', locale: 'en' })).hits
      expect(hit!.snippet).toBe(
        'The &lt;script&gt;alert(1)&lt;/script&gt; <mark>quokka</mark> &amp; friends',
      )
    })
  })

  describe('who sees what', () => {
    it('shows the public the published version only, and staff the latest draft', async () => {
      const doc = await publish('Published pangolin report')
      await ctx.payload.update({
        context: AS_IMPORT,
        collection: 'articles',
        data: { title: 'Secret narwhal draft' },
        draft: true,
        id: doc.id,
        locale: 'en',
      })

      const publicNarwhal = await find({ q: 'narwhal', locale: 'en' })
      expect(publicNarwhal.totalDocs).toBe(0)
      const publicPangolin = await find({ q: 'pangolin', locale: 'en' })
      expect(keys(publicPangolin)).toEqual([`articles:${doc.id}`])
      expect(JSON.stringify(publicPangolin)).not.toMatch(/narwhal/i)

      const staff = await find({ q: 'narwhal', locale: 'en', drafts: 'true' }, editor)
      expect(keys(staff)).toEqual([`articles:${doc.id}`])
      expect(staff.hits[0]!.title).toBe('Secret narwhal draft')
      // Staff without drafts=true see what the public sees.
      expect((await find({ q: 'narwhal', locale: 'en' }, editor)).totalDocs).toBe(0)

      const anonymousDrafts = await rest({ q: 'narwhal', drafts: 'true' })
      expect(anonymousDrafts.status).toBe(403)
      expect(anonymousDrafts.body.errors![0]!.message).toBe(
        'Only editorial staff can search drafts.',
      )

      // Publishing the draft makes its words public and the old ones go.
      await ctx.payload.update({
        context: AS_IMPORT,
        collection: 'articles',
        data: { _status: 'published' },
        id: doc.id,
        locale: 'en',
      })
      expect(keys(await find({ q: 'narwhal', locale: 'en' }))).toEqual([`articles:${doc.id}`])
      expect((await find({ q: 'pangolin', locale: 'en' })).totalDocs).toBe(0)

      // Unpublished: gone for the public, still there for staff.
      await ctx.payload.update({
        context: AS_IMPORT,
        collection: 'articles',
        data: { _status: 'draft' },
        id: doc.id,
        locale: 'en',
      })
      expect((await find({ q: 'narwhal', locale: 'en' })).totalDocs).toBe(0)
      expect((await find({ q: 'narwhal', locale: 'en', drafts: 'true' }, editor)).totalDocs).toBe(1)

      // Deleted: gone for everybody.
      await ctx.payload.delete({ collection: 'articles', id: doc.id })
      expect((await find({ q: 'narwhal', locale: 'en', drafts: 'true' }, editor)).totalDocs).toBe(0)
    })

    it('keeps the index current when a published title is edited', async () => {
      const doc = await publish('Flamingo arrival')
      expect((await find({ q: 'flamingo', locale: 'en' })).totalDocs).toBe(1)
      await ctx.payload.update({
        context: AS_IMPORT,
        collection: 'articles',
        data: { title: 'Heron arrival' },
        id: doc.id,
        locale: 'en',
      })
      expect((await find({ q: 'flamingo', locale: 'en' })).totalDocs).toBe(0)
      expect(keys(await find({ q: 'heron', locale: 'en' }))).toEqual([`articles:${doc.id}`])
      // People are indexed on every save too (published here, as an import: reference data is public once published).
      const person = await ctx.payload.create({
        context: AS_IMPORT,
        collection: 'people',
        data: { _status: 'published', aliases: [{ name: 'Zanzibar Quill' }], name: 'Ibis Person' },
        locale: 'en',
      })
      expect(keys(await find({ q: 'quill', locale: 'en' }))).toEqual([`people:${person.id}`])
      await ctx.payload.delete({ collection: 'people', id: person.id })
      expect((await find({ q: 'quill', locale: 'en' })).totalDocs).toBe(0)
    })
  })

  describe('reindex', () => {
    /** A wipe below the hooks, as only a rebuild makes: it must tell the read cache itself. */
    const wipeIndex = async () => {
      await searchStoreFor(ctx.payload).clear()
      await bumpGeneration(await createLocalReq({}, ctx.payload))
    }

    it('rebuilds the whole index from the stored documents, and can run again', async () => {
      const before = await find({ q: 'الأمنية', locale: 'ar' })
      expect(before.totalDocs).toBeGreaterThan(0)
      await wipeIndex()
      expect((await find({ q: 'الأمنية', locale: 'ar' })).totalDocs).toBe(0)
      const counts = await rebuildSearchIndex(ctx.payload)
      expect(await find({ q: 'الأمنية', locale: 'ar' })).toEqual(before)
      expect(await rebuildSearchIndex(ctx.payload)).toEqual(counts)
      expect(await find({ q: 'الأمنية', locale: 'ar' })).toEqual(before)
      // Drafts come back for staff too.
      const doc = await publish('Reindexed gazelle')
      await ctx.payload.update({
        context: AS_IMPORT,
        collection: 'articles',
        data: { title: 'Reindexed ocelot' },
        draft: true,
        id: doc.id,
        locale: 'en',
      })
      await rebuildSearchIndex(ctx.payload)
      expect((await find({ q: 'ocelot', locale: 'en' })).totalDocs).toBe(0)
      expect((await find({ q: 'ocelot', locale: 'en', drafts: 'true' }, editor)).totalDocs).toBe(1)
      expect((await find({ q: 'gazelle', locale: 'en' })).totalDocs).toBe(1)
    })

    it('runs as `npm run search:reindex`', async () => {
      await wipeIndex()
      expect((await find({ q: 'gazelle', locale: 'en' })).totalDocs).toBe(0)
      const run = runEntryPoint('src/scripts/search-reindex.ts', { DATABASE_URL: ctx.databaseUrl })
      expect(run.stderr).not.toMatch(/failed/)
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(
        /Search index rebuilt: articles \d+, events \d+, delegations \d+, agreements \d+, people \d+, organizations \d+ rows\./,
      )
      expect((await find({ q: 'gazelle', locale: 'en' })).totalDocs).toBe(1)
    }, 120_000)
  })

  describe('bad input', () => {
    it.each([
      ['an empty query', '', /Type what you are looking for/],
      ['blanks', '   ', /Type what you are looking for/],
      ['more than 200 characters', 'ب'.repeat(201), /longer than 200 characters/],
      ['operators only', 'OR AND NOT NEAR( * - )', /only punctuation or operators/],
      ['punctuation only', '"«»"؟!، ... \\ ; --', /only punctuation or operators/],
    ])('refuses %s with a 400 and a clear message', async (_case, q, message) => {
      const { body, status } = await rest({ q })
      expect(status).toBe(400)
      expect(body.errors![0]!.message).toMatch(message)
    })

    it('answers in Arabic to an Arabic caller', async () => {
      const { body, status } = await rest({ q: '' }, { language: 'ar' })
      expect(status).toBe(400)
      expect(body.errors![0]!.message).toBe('اكتب ما تبحث عنه في q.')
    })

    it.each([
      [{ locale: 'fr' }, /"ar" or "en"/],
      [{ collections: 'users' }, /Cannot search users/],
      [{ limit: '0' }, /"limit"/],
      [{ limit: '500' }, /"limit"/],
      [{ page: 'x' }, /"page"/],
      [{ from: 'yesterday' }, /"from"/],
      [{ topic: "1' OR 1=1" }, /"topic"/],
    ])('refuses %j', async (params, message) => {
      const { body, status } = await rest({ q: 'egypt', ...params })
      expect(status).toBe(400)
      expect(body.errors![0]!.message).toMatch(message)
    })

    it.each([
      `"unbalanced quote`,
      `egypt" OR "1"="1`,
      `NEAR(egypt china, 2)`,
      `egypt*`,
      `-egypt`,
      `egypt OR china`,
      `egypt \\" \\\\`,
      `'; DROP TABLE search_docs; --`,
      `egypt) UNION SELECT * FROM users --`,
      `title_terms : egypt`,
      `{title_terms}: egypt ^`,
      `'egypt' & !china | <->`,
    ])('treats %s as words, never as syntax', async (q) => {
      const { body, status } = await rest({ q, locale: 'en' })
      expect({ errors: body.errors, status }).toEqual({ errors: undefined, status: 200 })
    })

    it('gives operators typed among words no meaning', async () => {
      const both = keys(await find({ q: 'protocol china', locale: 'en', limit: 50 }))
      expect(both.length).toBeGreaterThan(0)
      for (const q of [
        'protocol OR china',
        'protocol AND china',
        'NEAR(protocol china)',
        'protocol* -china',
        'protocol NOT china',
      ]) {
        expect(keys(await find({ q, locale: 'en', limit: 50 }))).toEqual(both)
      }
    })

    it('still has its index after hostile queries', async () => {
      expect((await find({ q: 'egypt', locale: 'en' })).totalDocs).toBeGreaterThan(0)
      expect((await find({ q: 'egypt OR', locale: 'en' })).totalDocs).toBe(
        (await find({ q: 'egypt', locale: 'en' })).totalDocs,
      )
    })
  })

  describe('GraphQL', () => {
    it('answers the same search as REST', async () => {
      const { body } = await api.graphql(GRAPHQL_SEARCH, {
        variables: { locale: 'en', q: 'partnership' },
      })
      expect(body.errors).toBeUndefined()
      const viaRest = await find({ q: 'partnership', locale: 'en' })
      expect(body.data!.search).toEqual({
        hasNextPage: viaRest.hasNextPage,
        hits: viaRest.hits.map(({ collection, id, score, slug, snippet, title }) => ({
          collection,
          id,
          score,
          slug,
          snippet,
          title,
        })),
        page: 1,
        totalDocs: viaRest.totalDocs,
        totalPages: viaRest.totalPages,
      })
    })

    it('takes the same filters', async () => {
      const [italy] = (
        await ctx.payload.find({ collection: 'countries', where: { code: { equals: 'IT' } } })
      ).docs
      const query = `query ($q: String!, $country: [ID], $from: String, $to: String, $collections: [String]) {
        search(q: $q, locale: en, country: $country, from: $from, to: $to, collections: $collections) { totalDocs hits { collection id } }
      }`
      const filtered = await api.graphql(query, {
        variables: {
          country: [String(italy!.id)],
          from: '2025-01-01',
          q: 'marmoset',
          to: '2025-12-31',
        },
      })
      expect(filtered.body.errors).toBeUndefined()
      const viaRest = await find({
        country: String(italy!.id),
        from: '2025-01-01',
        locale: 'en',
        q: 'marmoset',
        to: '2025-12-31',
      })
      expect(viaRest.totalDocs).toBe(1)
      expect(filtered.body.data!.search).toEqual({
        hits: viaRest.hits.map(({ collection, id }) => ({ collection, id })),
        totalDocs: 1,
      })
      const events = await api.graphql(query, {
        variables: { collections: ['events'], q: 'marmoset' },
      })
      expect(events.body.data!.search.hits.map((hit: Hit) => hit.collection)).toEqual(['events'])
    })

    it('refuses drafts to the public and bad queries with the message', async () => {
      const drafts = await api.graphql(GRAPHQL_SEARCH, {
        headers: { 'accept-language': 'en' },
        variables: { drafts: true, q: 'egypt' },
      })
      expect(drafts.body.errors![0]!.message).toBe('Only editorial staff can search drafts.')
      const empty = await api.graphql(GRAPHQL_SEARCH, {
        headers: { 'accept-language': 'en' },
        variables: { q: '*' },
      })
      expect(empty.body.errors![0]!.message).toMatch(/only punctuation or operators/)
      const staff = await api.graphql(GRAPHQL_SEARCH, {
        token: editor,
        variables: { drafts: true, q: 'egypt', locale: 'en' },
      })
      expect(staff.body.errors).toBeUndefined()
    })
  })

  describe('the database', () => {
    it('answers from the full-text index, not a scan', async () => {
      const store = searchStoreFor(ctx.payload)
      const query = {
        collections: ['articles' as const],
        countries: [],
        limit: 10,
        locale: 'en' as const,
        offset: 0,
        query: (parseSearchQuery('security partnership') as { query: never }).query,
        topics: [],
        visibility: 'public' as const,
      }
      if (ctx.payload.db.name === 'sqlite') {
        const plan = await store.explain(query)
        // FTS5 answers the MATCH through its index (M), in rowid order (no sort), and rows are fetched by sort key.
        expect(plan).toMatch(/SCAN search_fts VIRTUAL TABLE INDEX \d+:M/)
        expect(plan).toMatch(/SEARCH d USING INDEX search_docs_sort_key_idx/)
        expect(plan).not.toMatch(/SCAN d\b|TEMP B-TREE/)
        return
      }
      // Give the planner a table large enough for an index to pay, as in production.
      const db = ctx.payload.db as unknown as {
        drizzle: { execute: (raw: unknown) => Promise<unknown> }
        execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
      }
      const raw = (sql: string) => db.execute({ drizzle: db.drizzle, raw: sql })
      await raw(`INSERT INTO search_docs (collection, doc_id, locale, visibility, title, content, title_terms, summary_terms, body_terms, keys, sort_key)
        SELECT 'articles', 'filler-' || g, 'en', 'public', 't', 'c', 'filler' || g, '', 'word' || (g % 97),
          array_to_tsvector(ARRAY['xsenpublic', 'xsenpublicarticles', 'xwfiller' || g, 'xwword' || (g % 97)]), -g
        FROM generate_series(1, 20000) g`)
      await raw('ANALYZE search_docs')
      try {
        const plan = await store.explain(query)
        expect(plan).toMatch(/Bitmap Index Scan on search_docs_keys_idx/)
        expect(plan).not.toMatch(/Seq Scan on search_docs/)
      } finally {
        await raw(`DELETE FROM search_docs WHERE doc_id LIKE 'filler-%'`)
      }
    })
  })
})
