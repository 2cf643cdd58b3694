import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { createJusurClient, JusurError } from '../../examples/typed-client/src/client'
import {
  ArticleBySlug,
  ChangesSince,
  LatestArticles,
  Search,
} from '../../examples/typed-client/src/operations'
import { graphqlHandler } from '../../src/api/route-handlers'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { seedDemoContent } from '../../src/seed'
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-users'
import { FOLLOW_UP_ARTICLE, FOLLOW_UP_RELEASE } from '../../src/seed/follow-up-report'
import { REPORT_ARTICLE, REPORT_ARTICLE_EDITORS_NOTE } from '../../src/seed/report-article'
import { apiClient } from '../helpers/api'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * The example consumer client (examples/typed-client, docs/consumers.md),
 * typed by GraphQL Code Generator from the committed schema, run against the
 * demo content through Jusur's GraphQL handler: what it reads in each
 * language, and how it reads (GET, a persisted query's hash first, the text
 * only once), so that its answers come from the read cache.
 */
describeIntegration('the typed example client', () => {
  let ctx: TestPayload
  let sent: { search: URLSearchParams; cache: null | string }[]
  let jusur: ReturnType<typeof createJusurClient>

  beforeAll(async () => {
    ctx = await startTestPayload()
    await seedDemoContent(ctx.payload)
    const handler = graphqlHandler(ctx.config)
    sent = []
    jusur = createJusurClient({
      fetch: async (request) => {
        expect(request.method).toBe('GET')
        const response = await handler(request)
        sent.push({
          cache: response.headers.get(CACHE_HEADER),
          search: new URL(request.url).searchParams,
        })
        return response
      },
      url: 'https://jusur.example',
    })
  })

  afterAll(() => ctx?.stop())

  it('reads the published demo article in Arabic and in English, and not the one in review', async () => {
    for (const locale of ['ar', 'en'] as const) {
      const { Articles } = await jusur.query(LatestArticles, { locale })
      const titles = Articles?.docs.map((article) => article.title)
      expect(titles).toContain(REPORT_ARTICLE[locale].title)
      expect(titles).not.toContain(FOLLOW_UP_ARTICLE[locale].title)
      const report = Articles!.docs.find((doc) => doc.title === REPORT_ARTICLE[locale].title)!
      expect(report.slug).toBe(REPORT_ARTICLE[locale].slug)
      expect(report.countries?.map((country) => country.code)).toContain('CN')
    }
  })

  it('sends a query’s hash alone once the server knows it, and gets the cached answer', async () => {
    sent = []
    await jusur.query(LatestArticles, { limit: 3, locale: 'ar' })
    await jusur.query(LatestArticles, { limit: 3, locale: 'ar' })
    // The hash was learnt by the test above: no request carries the query's text any more.
    expect(sent.map((request) => request.search.has('query'))).toEqual([false, false])
    expect(sent.map((request) => request.cache)).toEqual(['MISS', 'HIT'])
  })

  it('reads one article by its slug in either language, with its editor’s note', async () => {
    for (const locale of ['ar', 'en'] as const) {
      const { Articles } = await jusur.query(ArticleBySlug, {
        locale,
        slug: REPORT_ARTICLE[locale].slug,
      })
      const [article] = Articles!.docs
      expect(article?.title).toBe(REPORT_ARTICLE[locale].title)
      expect(article?.retracted?.at ?? null).toBeNull()
      expect(article?.corrections?.map((entry) => [entry.kind, entry.note])).toEqual([
        ['editors_note', REPORT_ARTICLE_EDITORS_NOTE[locale]],
      ])
    }
  })

  it('searches the way Arabic is written', async () => {
    // Typed without hamza, as Arabic keyboards are often used.
    const { search } = await jusur.query(Search, { locale: 'ar', q: 'شراكاتها الامنية' })
    expect(search.hits.map((hit) => hit.title)).toContain(REPORT_ARTICLE.ar.title)
  })

  it('learns of the demo release’s publication from the changes feed, and reads it at once', async () => {
    const before = await jusur.query(ChangesSince, {})
    const api = apiClient(ctx.config)
    const token = async (role: 'editor' | 'reviewer') =>
      api.login(DEMO_USERS.find((user) => user.role === role)!.email, DEMO_PASSWORD)
    const { docs } = await ctx.payload.find({
      collection: 'releases',
      locale: 'en',
      where: { title: { equals: FOLLOW_UP_RELEASE.title.en } },
    })
    for (const [role, transition] of [
      ['reviewer', 'approve'],
      ['editor', 'publish'],
    ] as const) {
      const response = await api.request('POST', `/releases/${docs[0]!.id}/workflow`, {
        body: { transition },
        token: await token(role),
      })
      expect(response.status).toBe(200)
    }

    const after = await jusur.query(ChangesSince, { since: before.Changes!.next })
    expect(after.Changes?.changes).toContainEqual(
      expect.objectContaining({
        collection: 'articles',
        kind: 'published',
        slugs: { ar: FOLLOW_UP_ARTICLE.ar.slug, en: FOLLOW_UP_ARTICLE.en.slug },
      }),
    )
    const { Articles } = await jusur.query(LatestArticles, { locale: 'en' })
    expect(Articles?.docs.map((article) => article.title)).toContain(FOLLOW_UP_ARTICLE.en.title)
    const again = await jusur.query(ChangesSince, { since: after.Changes!.next })
    expect(again.Changes?.changes).toEqual([])
  })

  it('throws a JusurError with the server’s message for a query the server refuses', async () => {
    const refused = jusur.query(ArticleBySlug, { locale: 'fr' as 'ar', slug: 'x' })
    await expect(refused).rejects.toBeInstanceOf(JusurError)
    await expect(refused).rejects.toMatchObject({ message: expect.stringContaining('fr') })
  })

  it('is typed by the operations: a missing variable does not compile', () => {
    // @ts-expect-error the slug is required by ArticleBySlug
    const call = () => jusur.query(ArticleBySlug, { locale: 'ar' })
    expect(typeof call).toBe('function')
  })
})
