import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-users'
import { seedDemoContent } from '../../src/seed'
import {
  REPORT_ARTICLE,
  REPORT_ARTICLE_EDITORS_NOTE,
  REPORT_ARTICLE_PUBLISHED_AT,
} from '../../src/seed/report-article'
import { apiClient } from '../helpers/api'
import {
  describeIntegration,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'
import { AS_IMPORT } from '../helpers/content'

describeIntegration(
  'foundation: seeded bilingual content through Local API, REST and GraphQL',
  () => {
    let ctx: TestPayload
    let api: ReturnType<typeof apiClient>

    beforeAll(async () => {
      ctx = await startTestPayload()
      api = apiClient(ctx.config)
      await seedDemoContent(ctx.payload)
    }, SEEDING_TIMEOUT_MS)
    afterAll(() => ctx?.stop())

    it('seeds one account per role and running the seed again adds nothing', async () => {
      const before = await ctx.payload.count({ collection: 'users' })
      const second = await seedDemoContent(ctx.payload)
      expect(second.created).toEqual([])
      expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
      // The report, and its follow-up waiting for review in a release.
      expect((await ctx.payload.count({ collection: 'articles' })).totalDocs).toBe(2)
      const users = await ctx.payload.find({ collection: 'users', limit: 10, sort: 'email' })
      expect(users.docs.map((user) => [user.email, user.roles])).toEqual(
        [...DEMO_USERS]
          .sort((a, b) => a.email.localeCompare(b.email))
          .map((user) => [user.email, [user.role]]),
      )
    })

    it("seeds reference data (with every country) published, in the workflow's published state", async () => {
      for (const collection of ['people', 'organizations', 'topics', 'countries'] as const) {
        const all = await ctx.payload.find({
          collection,
          depth: 0,
          limit: 0,
          pagination: false,
          select: { workflowState: true } as never,
        })
        expect(all.docs.length).toBeGreaterThan(collection === 'countries' ? 240 : 0)
        expect(
          new Set(all.docs.map((doc) => (doc as { workflowState?: string }).workflowState)),
        ).toEqual(new Set(['published']))
        const anonymous = (await (
          await api.request('GET', `/${collection}?limit=1&depth=0`)
        ).json()) as { totalDocs: number }
        expect(anonymous.totalDocs).toBe(all.docs.length)
      }
    })

    it('serves the article in Arabic by default and in English on request (REST)', async () => {
      const arabic = await (await api.request('GET', '/articles')).json()
      expect(arabic.docs[0].title).toBe(REPORT_ARTICLE.ar.title)
      const english = await (await api.request('GET', '/articles?locale=en')).json()
      expect(english.docs[0].title).toBe(REPORT_ARTICLE.en.title)
      expect(english.docs[0].summary).toBe(REPORT_ARTICLE.en.summary)
    })

    it('serves both languages through GraphQL', async () => {
      const query = `query ($locale: LocaleInputType) { Articles(locale: $locale) { docs { title slug sourceAttribution } } }`
      const ar = await api.graphql(query, { variables: { locale: 'ar' } })
      const en = await api.graphql(query, { variables: { locale: 'en' } })
      expect(ar.body.errors).toBeUndefined()
      expect(ar.body.data?.Articles.docs[0]).toEqual({
        slug: REPORT_ARTICLE.ar.slug,
        sourceAttribution: REPORT_ARTICLE.ar.sourceAttribution,
        title: REPORT_ARTICLE.ar.title,
      })
      expect(en.body.data?.Articles.docs[0].title).toBe(REPORT_ARTICLE.en.title)
    })

    it('publishes the article with its editor’s note in both languages', async () => {
      const query = `query ($locale: LocaleInputType) { Articles(locale: $locale) { docs { corrections { kind note at } } } }`
      for (const locale of ['ar', 'en'] as const) {
        const { body } = await api.graphql(query, { variables: { locale } })
        expect(body.data?.Articles.docs[0].corrections).toEqual([
          {
            at: REPORT_ARTICLE_PUBLISHED_AT,
            kind: 'editors_note',
            note: REPORT_ARTICLE_EDITORS_NOTE[locale],
          },
        ])
      }
    })

    it('falls back to Arabic where an English translation is missing', async () => {
      const draft = await ctx.payload.create({
        context: AS_IMPORT,
        collection: 'articles',
        data: { _status: 'published', title: 'مقال بالعربية فقط' },
        locale: 'ar',
      })
      const english = await ctx.payload.findByID({
        collection: 'articles',
        id: draft.id,
        locale: 'en',
      })
      expect(english.title).toBe('مقال بالعربية فقط')
      await ctx.payload.delete({ collection: 'articles', id: draft.id })
    })

    it('lets every demo user log in with the demo password', async () => {
      for (const user of DEMO_USERS) {
        await expect(api.login(user.email, DEMO_PASSWORD)).resolves.toEqual(expect.any(String))
      }
    })
  },
)
