import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { MAX_JSON_BYTES } from '../../src/api/request-body'
import { graphqlHandler, restHandlers } from '../../src/api/route-handlers'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { AS_IMPORT } from '../helpers/content'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

const BASE = 'http://localhost:3000/api'
const CHUNK = 16 * 1024
const PASSWORD = 'correct horse battery staple'
const QUERY = '{ Articles { docs { title } } }'

/**
 * A POST whose body arrives in chunks from a source that counts how often it is pulled, and
 * whose Request counts copies (clone, which tees the stream so that two readers each get it).
 */
const countedPost = (path: string, text: string, headers: Record<string, string> = {}) => {
  const bytes = Buffer.from(text)
  const counts = { clones: 0, pulls: 0, sent: 0 }
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counts.pulls++
        if (counts.sent >= bytes.length) return controller.close()
        controller.enqueue(bytes.subarray(counts.sent, counts.sent + CHUNK))
        counts.sent += CHUNK
      },
    },
    { highWaterMark: 0 },
  )
  class CountedRequest extends Request {
    override clone(): Request {
      counts.clones++
      return super.clone()
    }
  }
  const request = new CountedRequest(`${BASE}${path}`, {
    body,
    duplex: 'half',
    headers: { 'accept-language': 'en', 'content-type': 'application/json', ...headers },
    method: 'POST',
  } as RequestInit)
  /** Read to its end by one reader, once, and never copied. */
  const readOnce = () => {
    expect(counts).toEqual({
      clones: 0,
      pulls: Math.ceil(bytes.length / CHUNK) + 1,
      sent: Math.ceil(bytes.length / CHUNK) * CHUNK,
    })
  }
  return { counts, readOnce, request }
}

/**
 * The HTTP layer of the route handlers (src/api) reads a request body once: the read cache's
 * key, the request guard and Payload all work from that one read (src/api/request-body.ts),
 * which is bounded by the body limit.
 */
describeIntegration('request body, read once', () => {
  let ctx: TestPayload
  let rest: ReturnType<typeof restHandlers>
  let graphql: ReturnType<typeof graphqlHandler>
  let token: string

  beforeAll(async () => {
    ctx = await startTestPayload()
    rest = restHandlers(ctx.config)
    graphql = graphqlHandler(ctx.config)
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'reader@example.org', name: 'قارئ', password: PASSWORD, roles: ['author'] },
    })
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'مقال' } as never,
    })
  })

  afterAll(() => ctx?.stop())

  it('reads a REST JSON POST once and hands Payload the same body', async () => {
    // Padding in the JSON, so that the body arrives in several chunks.
    const login = countedPost(
      '/users/login',
      JSON.stringify({ email: 'reader@example.org', password: PASSWORD, pad: 'x'.repeat(40_000) }),
    )
    const response = await rest.POST(login.request, {
      params: Promise.resolve({ slug: ['users', 'login'] }),
    })
    expect(response.status).toBe(200)
    token = ((await response.json()) as { token: string }).token
    expect(token).toEqual(expect.any(String))
    login.readOnce()
  })

  it('reads a GraphQL POST once, past the read cache and the guard', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { pad: 'x'.repeat(40_000) } })
    const staff = countedPost('/graphql', body, { authorization: `JWT ${token}` })
    const response = await graphql(staff.request)
    expect(response.status).toBe(200)
    expect(response.headers.get(CACHE_HEADER)).toBe('BYPASS')
    expect(
      ((await response.json()) as { data: { Articles: { docs: unknown[] } } }).data.Articles.docs,
    ).toHaveLength(1)
    staff.readOnce()

    // Anonymous: the read cache keys on the body, computes the answer, then serves it from memory.
    for (const state of ['MISS', 'HIT']) {
      const anonymous = countedPost('/graphql', body)
      const answer = await graphql(anonymous.request)
      expect(answer.status).toBe(200)
      expect(answer.headers.get(CACHE_HEADER)).toBe(state)
      expect(
        ((await answer.json()) as { data: { Articles: { docs: unknown[] } } }).data.Articles.docs,
      ).toHaveLength(1)
      anonymous.readOnce()
    }
  })

  it('stops reading at the limit: a 413, without the rest of the body', async () => {
    const huge = countedPost(
      '/graphql',
      JSON.stringify({ query: `${QUERY}${' '.repeat(MAX_JSON_BYTES)}` }),
    )
    const response = await graphql(huge.request)
    expect(response.status).toBe(413)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'The request body is too large.',
    )
    expect(huge.counts.clones).toBe(0)
    expect(huge.counts.pulls).toBe(Math.floor(MAX_JSON_BYTES / CHUNK) + 1)
  })

  it('refuses a batch of GraphQL operations after the one read', async () => {
    const batch = countedPost('/graphql', JSON.stringify([{ query: QUERY }, { query: QUERY }]))
    const response = await graphql(batch.request)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Batched GraphQL operations are not accepted: send one operation per request.',
    )
    batch.readOnce()
  })
})
