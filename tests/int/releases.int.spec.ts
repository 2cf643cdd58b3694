import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { CollectionAfterChangeHook } from 'payload'

import { readGeneration } from '../../src/read-cache/generation'
import { apiClient } from '../helpers/api'
import { bodyLinkingTo, plainBody } from '../helpers/content'
import { publicSearchHits } from '../helpers/search'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import {
  databaseUnderTest,
  describeIntegration,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

type Json = Record<string, any>

/**
 * A report and what it links to, reviewed and published as one release, in
 * Jusur's own config (articles linking to events by relation and to
 * delegations inline in the body): link awareness, all-or-nothing
 * publication with the search index and the read cache, and what
 * anonymous GraphQL readers see, on SQLite and PostgreSQL.
 */
describeIntegration('releases of a report and its links', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(() => ctx?.stop())

  const call = async (
    member: StaffMember | null,
    method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
    path: string,
    body?: Json,
  ) => {
    const response = await api.request(method, path, {
      body,
      token: member ? staff.tokens[member] : undefined,
    })
    return { body: (await response.json()) as Json, status: response.status }
  }
  const transition = (member: StaffMember, collection: string, id: unknown, body: Json) =>
    call(member, 'POST', `/${collection}/${id}/workflow`, body)
  const reason = (reply: { body: Json }) => reply.body.errors?.[0]?.data?.reason

  /** A document written by the author in Arabic, then in English. */
  const draft = async (collection: string, ar: Json, en: Json) => {
    const created = await call('author', 'POST', `/${collection}?draft=true&locale=ar`, ar)
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(
      (await call('author', 'PATCH', `/${collection}/${id}?draft=true&locale=en`, en)).status,
    ).toBe(200)
    return id
  }

  /** An article with an event (relation) and a delegation (inline link in its Arabic body). */
  const report = async (words: string) => {
    const event = await draft(
      'events',
      { kind: 'official_visit', title: `زيارة ${words}` },
      { title: `Visit ${words}` },
    )
    const delegation = await draft(
      'delegations',
      { direction: 'incoming', name: `وفد ${words}` },
      { name: `Delegation ${words}` },
    )
    const article = await draft(
      'articles',
      {
        body: bodyLinkingTo({ relationTo: 'delegations', value: delegation }, `وفد ${words}`),
        events: [event],
        summary: `ملخص ${words}`,
        title: `تقرير ${words}`,
      },
      { body: plainBody(`Report ${words}`), summary: `Summary ${words}`, title: `Report ${words}` },
    )
    return { article, delegation, event }
  }

  const newRelease = async (title: string, items: { collection: string; id: unknown }[]) => {
    const created = await call('author', 'POST', '/releases?draft=true&locale=ar', {
      items: items.map(({ collection, id }) => ({ relationTo: collection, value: id })),
      title,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await call('author', 'PATCH', `/releases/${id}?draft=true&locale=en`, { title: `EN ${title}` })
    return id
  }

  const itemsOfReport = (doc: Json) => [
    { collection: 'articles', id: doc.article },
    { collection: 'events', id: doc.event },
    { collection: 'delegations', id: doc.delegation },
  ]

  /** The article as anonymous GraphQL readers get it: its title with its events' and delegations' titles. */
  const publicView = async (id: unknown) => {
    const { body } = await api.graphql(
      `query ($id: Int!) { Article(id: $id, locale: en) { title events { title } mentions { value { ... on Delegation { name } } } } }`,
      { variables: { id: Number(id) } },
    )
    // Not found is what readers get for a document that is not public.
    if (body.errors?.some((error: Json) => error.extensions?.statusCode !== 404))
      throw new Error(JSON.stringify(body.errors))
    const article = body.data?.Article as Json | null | undefined
    if (!article) return null
    return {
      events: (article.events ?? []).map((event: Json) => event.title),
      mentions: (article.mentions ?? []).map((mention: Json) => mention.value?.name),
      title: article.title,
    }
  }

  const publicHits = (words: string) =>
    publicSearchHits(ctx.payload, words, ['articles', 'events', 'delegations'])

  it('names the unpublished event and delegation an article links to, and refuses to publish it over them', async () => {
    const doc = await report('بكين')
    const described = await call('editor', 'GET', `/articles/${doc.article}/workflow?locale=en`)
    expect(
      described.body.unpublishedLinks.map((link: Json) => [
        link.collection,
        link.title,
        link.state,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['events', 'Visit بكين', 'draft'],
        ['delegations', 'Delegation بكين', 'draft'],
      ]),
    )
    expect(described.body.unpublishedLinks).toHaveLength(2)
    await transition('author', 'articles', doc.article, { transition: 'submit' })
    await transition('reviewer', 'articles', doc.article, { transition: 'approve' })
    const refused = await transition('editor', 'articles', doc.article, { transition: 'publish' })
    expect(refused.status).toBe(409)
    expect(reason(refused)).toBe('unpublishedLinks')
    expect(refused.body.errors[0].message).toContain('زيارة بكين')
    expect(await publicView(doc.article)).toBeNull()
  })

  it('publishes the report with its links at once: anonymous GraphQL sees none of it before, all of it after, and the cache moves once', async () => {
    const doc = await report('القاهرة')
    const id = await newRelease('تقرير القاهرة كاملًا', itemsOfReport(doc))
    expect((await transition('author', 'releases', id, { transition: 'submit' })).status).toBe(200)
    const approve = await api.graphql(
      `mutation ($id: ID!) { workflowTransition(collection: "releases", id: $id, transition: "approve") { state items { collection state } } }`,
      { token: staff.tokens.reviewer, variables: { id: String(id) } },
    )
    expect(approve.body.data?.workflowTransition.state).toBe('approved')
    expect(approve.body.data?.workflowTransition.items.map((item: Json) => item.state)).toEqual([
      'approved',
      'approved',
      'approved',
    ])
    expect(await publicView(doc.article)).toBeNull()

    const generation = Number(await readGeneration(ctx.payload))
    const published = await transition('editor', 'releases', id, { transition: 'publish' })
    expect(published.status).toBe(200)
    expect(Number(await readGeneration(ctx.payload))).toBe(generation + 1)
    expect(await publicView(doc.article)).toEqual({
      events: ['Visit القاهرة'],
      mentions: ['Delegation القاهرة'],
      title: 'Report القاهرة',
    })
  })

  it('leaves nothing published, searchable or cached when the k-th write of a release fails', async () => {
    const collections = ['articles', 'events', 'delegations'] as const
    const words = ['wombat', 'quokka', 'numbat']
    for (const [index, word] of words.entries()) {
      const failAt = index + 1
      const doc = await report(word)
      const id = await newRelease(`إصدار يفشل ${failAt}`, itemsOfReport(doc))
      await transition('author', 'releases', id, { transition: 'submit' })
      await transition('reviewer', 'releases', id, { transition: 'approve' })
      const historyBefore = await ctx.payload.count({ collection: 'workflow-events' })
      const generation = await readGeneration(ctx.payload)
      // Items are published in order (article, event, delegation): the k-th publication fails.
      let writes = 0
      const fault: CollectionAfterChangeHook = ({ doc: saved }) => {
        if (saved._status === 'published' && ++writes === failAt) throw new Error('injected fault')
        return saved
      }
      const hooks = collections.map(
        (slug) => ctx.payload.collections[slug].config.hooks.afterChange,
      )
      for (const list of hooks) list.push(fault)
      try {
        const reply = await transition('editor', 'releases', id, { transition: 'publish' })
        expect(reply.status).toBe(500)
      } finally {
        for (const list of hooks) list.splice(list.indexOf(fault), 1)
      }
      expect(writes).toBe(failAt)
      expect(await publicView(doc.article)).toBeNull()
      for (const item of itemsOfReport(doc))
        expect((await call(null, 'GET', `/${item.collection}/${item.id}`)).status).toBe(404)
      expect(await publicHits(word)).toBe(0)
      expect(await ctx.payload.count({ collection: 'workflow-events' })).toEqual(historyBefore)
      expect(await readGeneration(ctx.payload)).toBe(generation)
      expect((await call('editor', 'GET', `/releases/${id}/workflow`)).body.state).toBe('approved')
      // Then it goes out whole.
      expect((await transition('editor', 'releases', id, { transition: 'publish' })).status).toBe(
        200,
      )
      expect(await publicHits(word)).toBeGreaterThan(0)
    }
  })

  it('keeps a document in one open release, and not published nor deleted alone while there', async () => {
    const doc = await report('روما')
    const id = await newRelease('تقرير روما', itemsOfReport(doc))
    const second = await call('author', 'POST', '/releases?draft=true&locale=ar', {
      items: [{ relationTo: 'events', value: doc.event }],
      title: 'إصدار ثان',
    })
    expect([second.status, reason(second)]).toEqual([409, 'inOtherRelease'])
    expect(second.body.errors[0].data.release).toBe(String(id))
    const deleted = await call('admin', 'DELETE', `/events/${doc.event}`)
    expect([deleted.status, reason(deleted)]).toEqual([409, 'inRelease'])
    await transition('author', 'events', doc.event, { transition: 'submit' })
    await transition('reviewer', 'events', doc.event, { transition: 'approve' })
    const alone = await transition('editor', 'events', doc.event, { transition: 'publish' })
    expect([alone.status, reason(alone)]).toEqual([409, 'inRelease'])
    const described = await call('editor', 'GET', `/events/${doc.event}/workflow`)
    expect(described.body.release).toEqual({ id: String(id), state: 'draft' })
  })

  it('keeps releases from readers, in REST and GraphQL', async () => {
    const id = await newRelease('إصدار داخلي', [
      { collection: 'articles', id: (await report('سر')).article },
    ])
    expect((await call(null, 'GET', `/releases/${id}`)).status).toBe(403)
    expect((await call(null, 'GET', '/releases')).status).toBe(403)
    const { body } = await api.graphql('{ Releases { docs { id } } }')
    expect(body.data?.Releases ?? null).toBeNull()
  })

  if (databaseUnderTest() === 'postgres')
    it('shows readers none or all of a release while it is being published (continuous reads)', async () => {
      const docs = [await report('أثينا'), await report('مدريد')]
      const items = docs.flatMap(itemsOfReport)
      const id = await newRelease('إصدار كبير', items)
      await transition('author', 'releases', id, { transition: 'submit' })
      await transition('reviewer', 'releases', id, { transition: 'approve' })
      const seen = new Set<number>()
      let publishing = true
      const visible = async () => {
        const { body } = await api.graphql(
          `{ Events(limit: 100, where: { title: { like: "Visit" } }, locale: en) { docs { title } }
             Delegations(limit: 100, where: { name: { like: "Delegation" } }, locale: en) { docs { name } }
             Articles(limit: 100, where: { title: { like: "Report" } }, locale: en) { docs { title } } }`,
        )
        const titles = [
          ...body.data!.Events.docs.map((doc: Json) => doc.title),
          ...body.data!.Delegations.docs.map((doc: Json) => doc.name),
          ...body.data!.Articles.docs.map((doc: Json) => doc.title),
        ]
        return titles.filter((title: string) => /أثينا|مدريد/.test(title)).length
      }
      const reader = (async () => {
        while (publishing) seen.add(await visible())
        seen.add(await visible())
      })()
      const published = await transition('editor', 'releases', id, { transition: 'publish' })
      publishing = false
      await reader
      expect(published.status).toBe(200)
      expect([...seen].every((count) => count === 0 || count === items.length)).toBe(true)
      expect(seen.has(items.length)).toBe(true)
    })
})
