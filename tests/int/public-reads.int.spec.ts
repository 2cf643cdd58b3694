import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/api'
import { AS_IMPORT } from '../helpers/content'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

/**
 * What an anonymous consumer can reach through a published document: a draft
 * it links to must not show a single field, at any depth, through REST or
 * GraphQL, nor through the join fields of the entities it links.
 */
describeIntegration('public reads reveal nothing unpublished', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  const ids = {} as Record<
    'article' | 'country' | 'draftArticle' | 'draftEvent' | 'event',
    number | string
  >

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    const create = async (collection: 'articles' | 'countries' | 'events', data: Json) =>
      (await ctx.payload.create({ collection, context: AS_IMPORT, data: data as never })).id
    ids.country = await create('countries', { _status: 'published', code: 'EG', name: 'مصر' })
    ids.event = await create('events', {
      _status: 'published',
      kind: 'talks',
      title: 'مباحثات منشورة',
    })
    ids.draftEvent = await create('events', {
      _status: 'draft',
      kind: 'talks',
      title: 'زيارة سرية لم تُعلن',
    })
    ids.article = await create('articles', {
      _status: 'published',
      countries: [ids.country],
      events: [ids.event, ids.draftEvent],
      title: 'مقال منشور يذكر فعالية غير منشورة',
    })
    ids.draftArticle = await create('articles', {
      _status: 'draft',
      countries: [ids.country],
      title: 'مسودة عن مصر',
    })
  })
  afterAll(() => ctx?.stop())

  const SECRET = ['زيارة سرية لم تُعلن', 'مسودة عن مصر']
  const leaks = (body: unknown) => SECRET.filter((text) => JSON.stringify(body).includes(text))

  it('populates only the published event of a published article, at every depth, over REST', async () => {
    for (const depth of [0, 1, 2, 3]) {
      const body = (await (
        await api.request('GET', `/articles/${ids.article}?depth=${depth}`)
      ).json()) as Json
      expect(body.title).toBe('مقال منشور يذكر فعالية غير منشورة')
      expect(leaks(body)).toEqual([])
      if (depth > 0) {
        const populated = (body.events as unknown[]).filter(
          (event) => typeof event === 'object' && event !== null,
        ) as Json[]
        expect(populated.map((event) => event.id)).toEqual([ids.event])
      }
    }
  })

  it('returns null for the draft event over GraphQL, and nothing of its fields', async () => {
    const { body } = await api.graphql(
      `{ Article(id: ${JSON.stringify(ids.article)}) { title events { id title } } }`,
    )
    expect(leaks(body)).toEqual([])
    expect(
      (body.data?.Article.events as (Json | null)[]).filter(Boolean).map((event) => event!.title),
    ).toEqual(['مباحثات منشورة'])
    const draftFlag = await api.graphql(
      `{ Article(id: ${JSON.stringify(ids.article)}, draft: true) { events { title } } }`,
    )
    expect(leaks(draftFlag.body)).toEqual([])
  })

  it('lists only published articles in the join fields of a country', async () => {
    const rest = (await (
      await api.request('GET', `/countries/${ids.country}?depth=1`)
    ).json()) as Json
    expect(leaks(rest)).toEqual([])
    expect((rest.articles.docs as Json[]).map((doc) => doc.id ?? doc)).toEqual([ids.article])
    const { body } = await api.graphql(
      `{ Country(id: ${JSON.stringify(ids.country)}) { articles { docs { title } } } }`,
    )
    expect(leaks(body)).toEqual([])
    expect(body.data?.Country.articles.docs.map((doc: Json) => doc.title)).toEqual([
      'مقال منشور يذكر فعالية غير منشورة',
    ])
  })

  it('keeps version history and drafts of published documents out of reach', async () => {
    expect((await api.request('GET', '/articles/versions')).status).toBe(403)
    expect((await api.request('GET', `/events/${ids.draftEvent}`)).status).toBe(404)
    const graphQL = await api.graphql('{ versionsArticles { docs { version { title } } } }')
    expect(leaks(graphQL.body)).toEqual([])
    expect(graphQL.body.errors?.length).toBeGreaterThan(0)
  })
})
