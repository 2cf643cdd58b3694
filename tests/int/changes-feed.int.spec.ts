import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

/**
 * The feed of public changes (the workflow plugin's `GET /api/changes` and
 * GraphQL `Changes`) in Jusur's own config, as a consumer website reads it:
 * anonymously, through the route handlers with the request guard, the read
 * cache and the read budget in front. Articles go through Jusur's review and
 * a person through its one-step review; on SQLite and PostgreSQL.
 */
describeIntegration('feed of public changes', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  }, 120_000)
  afterAll(() => ctx?.stop())

  const call = async (
    member: StaffMember | null,
    method: 'GET' | 'PATCH' | 'POST',
    path: string,
    body?: Json,
    headers?: Record<string, string>,
  ) => {
    const response = await api.request(method, path, {
      body,
      headers,
      token: member ? staff.tokens[member] : undefined,
    })
    return {
      body: (await response.json()) as Json,
      headers: response.headers,
      status: response.status,
    }
  }
  const transition = async (
    member: StaffMember,
    collection: string,
    id: unknown,
    body: Json,
  ): Promise<void> => {
    const reply = await call(member, 'POST', `/${collection}/${id}/workflow`, body)
    expect({ error: reply.body.errors?.[0], status: reply.status }).toEqual({
      error: undefined,
      status: 200,
    })
  }
  /** A page of the feed as anyone reads it. */
  const feed = (query = '', headers?: Record<string, string>) =>
    call(null, 'GET', `/changes${query}`, undefined, headers)
  /** Everything after `since`, following `next` until it stops moving. */
  const changesSince = async (since: string) => {
    const changes: Json[] = []
    let cursor = since
    for (;;) {
      const { body, status } = await feed(`?limit=2&since=${cursor}`)
      expect(status).toBe(200)
      changes.push(...body.changes)
      if (body.next === cursor) return changes
      cursor = body.next
    }
  }

  /** An article written by the author in Arabic and English, through review, published by the editor-in-chief. */
  const publishedArticle = async (words: string) => {
    const created = await call('author', 'POST', '/articles?draft=true&locale=ar', {
      body: plainBody(`نص ${words}`),
      summary: `ملخص ${words}`,
      title: `تقرير ${words}`,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const english = await call('author', 'PATCH', `/articles/${id}?draft=true&locale=en`, {
      body: plainBody(`Text ${words}`),
      summary: `Summary ${words}`,
      title: `Report ${words}`,
    })
    expect(english.status).toBe(200)
    await transition('author', 'articles', id, { transition: 'submit' })
    await transition('reviewer', 'articles', id, { transition: 'approve' })
    await transition('editor', 'articles', id, { transition: 'publish' })
    return id
  }

  it('lists an article’s publication with its slugs in both languages and a person’s, over REST and GraphQL, for anyone', async () => {
    const start = (await feed()).body
    expect(start.changes).toEqual([])

    const article = await publishedArticle('الشراكة الأمنية')
    const person = await call('author', 'POST', '/people?draft=true&locale=ar', {
      name: 'وانغ شياوهونغ',
    })
    const personId = person.body.doc.id
    await call('author', 'PATCH', `/people/${personId}?draft=true&locale=en`, {
      name: 'Wang Xiaohong',
    })
    await transition('author', 'people', personId, { transition: 'submit' })
    await transition('reviewer', 'people', personId, { transition: 'approve_publish' })

    const slugs = {
      ar: (await call(null, 'GET', `/articles/${article}?locale=ar`)).body.slug,
      en: (await call(null, 'GET', `/articles/${article}?locale=en`)).body.slug,
    }
    expect(slugs.ar).toBe('تقرير-الشراكه-الامنيه')
    expect(slugs.en).toMatch(/^report-/)
    const changes = await changesSince(start.next)
    expect(changes).toEqual([
      {
        at: expect.any(String),
        collection: 'articles',
        id: String(article),
        kind: 'published',
        locales: ['ar', 'en'],
        slugs,
        version: expect.any(String),
      },
      {
        at: expect.any(String),
        collection: 'people',
        id: String(personId),
        kind: 'published',
        locales: ['ar', 'en'],
        slugs: null,
        version: expect.any(String),
      },
    ])

    const graphql = await api.graphql(
      `query ($since: String) { Changes(since: $since, limit: 10) { changes { kind collection id slugs { ar en } locales version } next } }`,
      { variables: { since: start.next } },
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data?.Changes.changes).toEqual(
      changes.map(({ at: _at, ...change }) => change),
    )
    expect(graphql.body.data?.Changes.next).toBe((await feed(`?since=${start.next}`)).body.next)
  })

  it('shows each new change at once to anonymous readers, whom the read cache answers meanwhile', async () => {
    const article = await publishedArticle('زيارة رسمية')
    const before = await feed('?limit=500')
    const again = await feed('?limit=500')
    expect(again.headers.get('x-jusur-cache')).toBe('HIT')
    expect(again.body).toEqual(before.body)

    await transition('editor', 'articles', article, {
      notice: { ar: 'سُحب التقرير لخطأ.', en: 'Withdrawn in error.' },
      transition: 'retract',
    })
    const after = await feed('?limit=500')
    expect(after.headers.get('x-jusur-cache')).toBe('MISS')
    expect(after.body.changes.slice(before.body.changes.length)).toEqual([
      expect.objectContaining({ id: String(article), kind: 'retracted', version: null }),
    ])
    // A poller at the end keeps its cursor.
    expect((await feed(`?since=${after.body.next}`)).body).toEqual({
      changes: [],
      next: after.body.next,
    })
  })

  it('answers bad parameters with a 400 in the caller’s language', async () => {
    for (const [query, language, message] of [
      ['?since=nonsense', 'en', 'The cursor is not valid'],
      ['?since=nonsense', 'ar', 'المؤشر غير صالح'],
      ['?limit=600', 'en', 'The limit must be a whole number from 1 to 500.'],
      ['?limit=600', 'ar', 'الحد يجب أن يكون عددًا صحيحًا من 1 إلى 500.'],
      // The request guard answers these first, as for any other endpoint.
      ['?limit=ten', 'en', 'The parameter "limit" has an invalid value.'],
      ['?locale=fr', 'ar', 'اللغة «fr» غير معروفة'],
    ] as const) {
      const reply = await feed(query, { 'accept-language': language })
      expect({ query, status: reply.status }).toEqual({ query, status: 400 })
      expect(reply.body.errors[0].message).toContain(message)
    }
  })
})
