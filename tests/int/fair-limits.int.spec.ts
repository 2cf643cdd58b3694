import { afterAll, beforeAll, expect, it } from '@jest/globals'

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { Readable } from 'node:stream'

import { graphqlHandler, restHandlers } from '../../src/api/route-handlers'
import { createApp } from '../../src/server/app'
import { createRateLimiting, type RateLimiting } from '../../src/server/rate-limit'
import { rateLimits } from '../../src/settings/security'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { importPublishedArticle } from '../helpers/content'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Fair limits (src/api/fair-limits.ts), through the production express app
 * (src/server/app.ts, its rate-limit middleware telling the API the client's
 * address) and Jusur's real route handlers in place of Next.js: a website
 * reading 600 cached answers a minute from one address gets no 429; misses
 * cost what they read, and expensive ones reach the limit; a consumer is held
 * to its own limit, apart from its address.
 */
const READS_PER_IP = { durationSeconds: 60, points: 1_500 }
const CONSUMER_KEY = 'fair-limits-consumer-key-0000000001'

describeIntegration('Fair limits through the express server', () => {
  let ctx: TestPayload
  let rateLimiting: RateLimiting
  let server: ReturnType<ReturnType<typeof createApp>['listen']>
  let base: string

  /** Next.js's part: a Node request to the route handler Next would mount. */
  const handlerFor = (config: TestPayload['config']) => {
    const rest = restHandlers(config)
    const graphql = graphqlHandler(config)
    return async (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(name, value)
      const method = req.method ?? 'GET'
      const request = new Request(url, {
        body: ['GET', 'HEAD'].includes(method)
          ? undefined
          : (Readable.toWeb(req) as ReadableStream),
        headers,
        method,
        ...(['GET', 'HEAD'].includes(method) ? {} : { duplex: 'half' }),
      } as RequestInit)
      const response =
        url.pathname === '/api/graphql'
          ? await graphql(request)
          : await rest[method as 'GET'](request, {
              params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
            })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    }
  }

  beforeAll(async () => {
    ctx = await startTestPayload()
    for (let i = 0; i < 12; i++) await importPublishedArticle(ctx.payload, { ar: `تقرير ${i}` })
    await ctx.payload.create({
      collection: 'consumers',
      data: {
        apiKey: CONSUMER_KEY,
        enableAPIKey: true,
        enabled: true,
        name: 'Small',
        rateLimit: 40,
      } as never,
    })
    // In memory, as without REDIS_URL; the server's limiters become the process's own.
    rateLimiting = createRateLimiting({ ...rateLimits({}), readsPerIp: READS_PER_IP }, '')
    // Behind one proxy, as in production: each test reads from an address of its own.
    process.env.TRUST_PROXY = '1'
    const app = createApp({
      handle: handlerFor(ctx.config),
      rateLimiting,
      readiness: async () => ({ ready: true }),
    })
    delete process.env.TRUST_PROXY
    server = app.listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await rateLimiting?.close()
    await ctx?.stop()
  })

  const from = (address: string, headers: Record<string, string> = {}) => ({
    headers: { ...headers, 'x-forwarded-for': address },
  })
  const graphql = (query: string, address: string) =>
    fetch(`${base}/api/graphql?query=${encodeURIComponent(query)}`, from(address))

  it('answers 600 cached reads a minute from one address without a 429', async () => {
    const query = '{ Articles(limit: 10, sort: "createdAt") { docs { id title } } }'
    const statuses = new Map<string, number>()
    for (let i = 0; i < 600; i++) {
      // A website's mix: the same GraphQL page and a REST list, both cached after their first read.
      const response =
        i % 2
          ? await graphql(query, '198.51.100.1')
          : await fetch(`${base}/api/articles?limit=10&depth=0`, from('198.51.100.1'))
      const key = `${response.status} ${response.headers.get(CACHE_HEADER)}`
      statuses.set(key, (statuses.get(key) ?? 0) + 1)
      await response.arrayBuffer()
    }
    expect(Object.fromEntries(statuses)).toEqual({ '200 HIT': 598, '200 MISS': 2 })
  }, 120_000)

  it('charges misses what they read: expensive ones reach the limit, with Retry-After', async () => {
    let status = 0
    let misses = 0
    while (status !== 429 && misses < 200) {
      const response = await fetch(
        `${base}/api/articles?limit=12&depth=1&sort=title&where[id][not_equals]=${misses}`,
        from('198.51.100.2'),
      )
      status = response.status
      await response.arrayBuffer()
      if (status === 200) expect(response.headers.get(CACHE_HEADER)).toBe('MISS')
      misses += 1
    }
    expect(status).toBe(429)
    // Each miss read at least the 12 articles: far fewer than 600 fit in the window.
    expect(misses).toBeLessThan(READS_PER_IP.points / 12)
    // Another address is not refused for it.
    expect((await fetch(`${base}/api/articles?limit=1`, from('198.51.100.9'))).status).toBe(200)
    const refused = await fetch(
      `${base}/api/articles`,
      from('198.51.100.2', { 'accept-language': 'en' }),
    )
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(
      ((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/^Too many requests: try again in \d+ seconds\.$/)
  }, 120_000)

  it("holds a consumer to its own limit, apart from its address's", async () => {
    const headers = { authorization: `consumers API-Key ${CONSUMER_KEY}` }
    const statuses: number[] = []
    for (let i = 0; i < 50 && statuses.at(-1) !== 429; i++) {
      const response = await fetch(
        `${base}/api/articles?limit=5&depth=0&where[id][not_equals]=${i}`,
        from('198.51.100.3', headers),
      )
      statuses.push(response.status)
      await response.arrayBuffer()
    }
    // Each miss costs 1 + 5 documents: the 40 points go in 7 requests.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 429])
    // The address itself is not refused for the consumer's spending (nor the other way round).
    const anonymous = await graphql('{ Articles(limit: 3) { docs { id } } }', '198.51.100.3')
    expect(anonymous.status).toBe(200)
  })
})
