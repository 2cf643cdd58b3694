import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { seedDemoContent } from '../../src/seed'
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-users'
import {
  FOLLOW_UP_ARTICLE,
  FOLLOW_UP_DELEGATION,
  FOLLOW_UP_EVENT,
  FOLLOW_UP_RELEASE,
} from '../../src/seed/follow-up-report'
import { apiClient } from '../helpers/api'
import {
  describeIntegration,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

type Json = Record<string, any>
type Role = 'author' | 'editor' | 'reviewer'

/**
 * The demo's open release (src/seed/follow-up-report.ts): right after the
 * seed, a follow-up article with its new event and delegation waits in the
 * reviewer's queue as one release, none of it public; the demo reviewer
 * approves it and the demo editor publishes it, all three at once, through
 * REST. Seeding again changes nothing.
 */
describeIntegration('demo: a follow-up report waiting for review as one release', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  const tokens = {} as Record<Role, string>
  const userIds = {} as Record<Role, number | string>
  let release: Json
  let items: { collection: string; id: number | string }[]

  const call = async (role: null | Role, method: 'GET' | 'POST', path: string, body?: Json) => {
    const response = await api.request(method, path, {
      body,
      token: role ? tokens[role] : undefined,
    })
    return { body: (await response.json()) as Json, status: response.status }
  }

  /** The follow-up article as anonymous GraphQL readers get it (null: not found, as for a draft). */
  const publicArticle = async (id: number | string) => {
    const { body } = await api.graphql(
      `query ($id: Int!) { Article(id: $id, locale: en) { title events { title } mentions { value { ... on Delegation { name } } } } }`,
      { variables: { id: Number(id) } },
    )
    if (body.errors?.some((error: Json) => error.extensions?.statusCode !== 404))
      throw new Error(JSON.stringify(body.errors))
    return (body.data?.Article ?? null) as Json | null
  }

  const anonymousStatuses = async () =>
    Promise.all(
      items.map(async (item) => (await call(null, 'GET', `/${item.collection}/${item.id}`)).status),
    )

  /** What a second seed could change: every document of the four collections, drafts included. */
  const snapshot = async () =>
    Promise.all(
      (['articles', 'events', 'delegations', 'releases', 'workflow-events'] as const).map(
        async (collection) =>
          (
            await ctx.payload.find({
              collection: collection as 'articles',
              depth: 0,
              draft: true,
              limit: 0,
              pagination: false,
              sort: 'id',
            })
          ).docs.map((doc) => [doc.id, doc.updatedAt]),
      ),
    )

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    await seedDemoContent(ctx.payload)
    for (const role of ['author', 'editor', 'reviewer'] as const) {
      const email = DEMO_USERS.find((user) => user.role === role)!.email
      tokens[role] = await api.login(email, DEMO_PASSWORD)
      const { docs } = await ctx.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
      })
      userIds[role] = docs[0]!.id
    }
    const found = await ctx.payload.find({
      collection: 'releases',
      depth: 0,
      locale: 'en',
      where: { title: { equals: FOLLOW_UP_RELEASE.title.en } },
    })
    expect(found.totalDocs).toBe(1)
    release = found.docs[0] as Json
    items = (release.items as { relationTo: string; value: number | string }[]).map((item) => ({
      collection: item.relationTo,
      id: item.value,
    }))
  }, SEEDING_TIMEOUT_MS)
  afterAll(() => ctx?.stop())

  it('seeds the release and its article, event and delegation in review, submitted by the author, none public', async () => {
    expect(items.map((item) => item.collection)).toEqual(['articles', 'events', 'delegations'])
    const described = await call('editor', 'GET', `/releases/${release.id}/workflow?locale=en`)
    expect(described.status).toBe(200)
    expect(described.body.state).toBe('in_review')
    expect(
      described.body.items.map((item: Json) => [item.collection, item.title, item.state]),
    ).toEqual([
      ['articles', FOLLOW_UP_ARTICLE.en.title, 'in_review'],
      ['events', FOLLOW_UP_EVENT.title.en, 'in_review'],
      ['delegations', FOLLOW_UP_DELEGATION.name.en, 'in_review'],
    ])
    for (const { collection, id } of [{ collection: 'releases', id: release.id }, ...items]) {
      const doc = (await ctx.payload.findByID({
        collection: collection as 'articles',
        depth: 0,
        draft: true,
        id,
      })) as Json
      expect([collection, doc._status, doc.workflowState]).toEqual([
        collection,
        'draft',
        'in_review',
      ])
      expect(doc.workflow).toMatchObject({
        contributors: [userIds.author],
        lastEditedBy: userIds.author,
        submittedBy: userIds.author,
      })
    }
    expect(await anonymousStatuses()).toEqual([404, 404, 404])
    expect(await publicArticle(items[0]!.id)).toBeNull()
  })

  it('links the article to the new event and delegation, by relation and inline', async () => {
    const [article, event, delegation] = items
    const doc = (await ctx.payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: article!.id,
    })) as Json
    expect(doc.events).toContain(event!.id)
    expect(doc.delegations).toEqual([delegation!.id])
    expect(doc.mentions).toContainEqual({ relationTo: 'delegations', value: delegation!.id })
  })

  it("lists the release in the demo reviewer's queue", async () => {
    const queue = await call('reviewer', 'GET', '/workflow/queue')
    expect(queue.status).toBe(200)
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({ collection: 'releases', id: release.id, state: 'in_review' }),
    )
  })

  it('changes nothing when seeded again', async () => {
    const before = await snapshot()
    const second = await seedDemoContent(ctx.payload)
    expect(second.created).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('is approved by the demo reviewer, then published by the demo editor: all three public at once', async () => {
    const approve = await call('reviewer', 'POST', `/releases/${release.id}/workflow`, {
      transition: 'approve',
    })
    expect(approve.status).toBe(200)
    expect(await anonymousStatuses()).toEqual([404, 404, 404])
    expect(await publicArticle(items[0]!.id)).toBeNull()

    const publish = await call('editor', 'POST', `/releases/${release.id}/workflow`, {
      transition: 'publish',
    })
    expect(publish.status).toBe(200)
    expect(await anonymousStatuses()).toEqual([200, 200, 200])
    expect(await publicArticle(items[0]!.id)).toEqual({
      events: expect.arrayContaining([{ title: FOLLOW_UP_EVENT.title.en }]),
      mentions: expect.arrayContaining([{ value: { name: FOLLOW_UP_DELEGATION.name.en } }]),
      title: FOLLOW_UP_ARTICLE.en.title,
    })
    const described = await call('editor', 'GET', `/releases/${release.id}/workflow`)
    expect(described.body.state).toBe('published')

    // Seeding after the publication neither duplicates nor reopens anything.
    expect((await seedDemoContent(ctx.payload)).created).toEqual([])
    expect(await anonymousStatuses()).toEqual([200, 200, 200])
  })
})
