import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { COST_MESSAGES } from '../../src/cost/messages'
import { type RunningServer, startProductionServer } from '../helpers/server'

/** Fifteen aliases of a thousand countries with joins two levels down: inside every other configured limit. */
const ATTACK = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `c${i}: Countries(limit: 1000) { docs { name events { docs { title subEvents { docs { title } } } } } }`,
).join(' ')} }`

/** Under the static budget and still costly: every country with its events, twice. */
const HEAVY =
  '{ a: Countries(limit: 1000) { docs { name events(limit: 10) { docs { title } } } } b: Countries(limit: 1000, sort: "code") { docs { code events(limit: 10) { docs { title } } } } }'

const CACHED_READ = '/api/articles?locale=ar&limit=5&depth=1'

describe('the read budget on the production server (npm start, 384 MB heap)', () => {
  let server: RunningServer

  const graphql = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    })

  beforeAll(async () => {
    // The GraphQL rate limit would stop the requests before the budget does.
    server = await startProductionServer({ RATE_LIMIT_READS: '1000000000/60' })
  }, 240_000)
  afterAll(() => server?.stop())

  it('refuses the costly query with a 400 and a localized reason, with or without a forged Authorization header', async () => {
    for (const headers of [{}, { authorization: 'JWT forged' }] as Record<string, string>[]) {
      const response = await graphql(`# ${Math.random()}\n${ATTACK}`, headers)
      expect(response.status).toBe(400)
      const body = (await response.json()) as {
        data?: unknown
        errors: { extensions: { code: string }; message: string }[]
      }
      expect(body.data).toBeUndefined()
      expect(body.errors[0]!.extensions.code).toBe('QUERY_TOO_COSTLY')
      expect(body.errors[0]!.message).toMatch(/^الطلب أكبر من المسموح/)
    }
    const english = await graphql(ATTACK, { 'accept-language': 'en' })
    expect(
      ((await english.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/^The request asks for too much/)
  })

  it('lives through three costly queries under the budget at once, and still answers /healthz and a cached read', async () => {
    expect((await fetch(server.url + CACHED_READ)).status).toBe(200)
    const answers = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const response = await graphql(`# heavy ${n} ${Math.random()}\n${HEAVY}`, {
          'accept-language': 'en',
        })
        return { body: (await response.json()) as { errors?: { message: string }[] }, response }
      }),
    )
    // Each is computed (200) or, stopped by its time or document budget or its turn, refused with a reason: never a 500.
    const reasons = [
      COST_MESSAGES.busy.en,
      COST_MESSAGES.tooSlow.en,
      COST_MESSAGES.tooManyDocuments.en,
    ]
    for (const { body, response } of answers) {
      expect([200, 400, 503]).toContain(response.status)
      if (response.status !== 200) expect(reasons).toContain(body.errors![0]!.message)
      if (response.status === 503) expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    }
    expect(server.child.exitCode).toBeNull()
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const cached = await fetch(server.url + CACHED_READ)
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-jusur-cache')).toBe('HIT')
  })

  it('answers cached reads while a costly query is being computed: the query does not hold the event loop', async () => {
    expect((await fetch(server.url + CACHED_READ)).status).toBe(200)
    let computing = true
    const heavy = graphql(`# heavy ${Math.random()}\n${HEAVY}`).then(async (response) => {
      await response.arrayBuffer()
      computing = false
      return response.status
    })
    // Cached reads, one after another, for as long as the query is computed.
    let answeredMeanwhile = 0
    while (computing) {
      const cached = await fetch(server.url + CACHED_READ)
      await cached.arrayBuffer()
      expect(cached.headers.get('x-jusur-cache')).toBe('HIT')
      if (computing) answeredMeanwhile += 1
    }
    expect([200, 503]).toContain(await heavy)
    // Held from start to end (SQLite answers synchronously), the query let one or two through at its start, then none.
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(5)
  })
})
