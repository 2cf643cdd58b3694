import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import http from 'node:http'
import sharp from 'sharp'

import { pngDeclaring } from '../helpers/images'
import { freePort, type RunningServer, startProductionServer } from '../helpers/server'
import { redisRequirement, testRedisUrl } from '../helpers/redis'
import { describeIfAvailable } from '../helpers/requirements'

const PARTNER = 'https://partner.example'
const EVIL = 'https://evil.example'

/** Low limits, so that the tests reach them quickly. */
const LIMITS = {
  BODY_LIMIT_BYTES: String(64 * 1024),
  CORS_ORIGINS: PARTNER,
  CSRF_ORIGINS: PARTNER,
  GRAPHQL_MAX_ALIASES: '3',
  GRAPHQL_MAX_COMPLEXITY: '200',
  GRAPHQL_MAX_DEPTH: '5',
  RATE_LIMIT_READS: '1000/60',
  RATE_LIMIT_LOGIN: '3/60',
  // Room for the failures the tests before the spray test make from this one address within a minute.
  RATE_LIMIT_LOGIN_IP: '20/60',
  RATE_LIMIT_PASSWORD_RESET: '2/60',
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })

/** GraphQL over HTTP: a client accepting application/graphql-response+json gets 400 for a refused query. */
const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' }

const graphql = (
  server: RunningServer,
  query: string,
  headers: Record<string, string> = GRAPHQL_RESPONSE,
) => post(`${server.url}/api/graphql`, { query }, headers)

const login = (
  server: RunningServer,
  email: string,
  password = 'wrong-password',
  headers: Record<string, string> = {},
) => post(`${server.url}/api/users/login`, { email, password }, headers)

/** A POST whose body arrives chunked, without Content-Length. */
const postChunked = (url: string, chunks: Buffer[]) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const { hostname, pathname, port } = new URL(url)
    const request = http.request(
      {
        headers: { 'content-type': 'application/json' },
        host: hostname,
        method: 'POST',
        path: pathname,
        port,
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    // The server may answer (and close) before every chunk is sent.
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    )
    for (const chunk of chunks) request.write(chunk)
    request.end()
  })

describeIfAvailable(redisRequirement())(
  'server hardening (production server, counters in Redis)',
  () => {
    // Two instances sharing one Redis, as behind a load balancer; a fresh key prefix per run.
    const shared = {
      ...LIMITS,
      REDIS_KEY_PREFIX: `jusur-test-${crypto.randomUUID()}`,
      REDIS_URL: testRedisUrl(),
    }
    let a: RunningServer
    let b: RunningServer

    beforeAll(async () => {
      ;[a, b] = await Promise.all([
        startProductionServer(shared),
        startProductionServer({
          ...shared,
          GRAPHQL_INTROSPECTION: 'true',
          GRAPHQL_PLAYGROUND: 'true',
        }),
      ])
    }, 300_000)
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()])
    })

    describe('security headers', () => {
      it.each(['/admin/login', '/api/articles?limit=1', '/healthz'])('on %s', async (path) => {
        const response = await fetch(`${a.url}${path}`)
        if (path !== '/healthz') {
          const csp = response.headers.get('content-security-policy') ?? ''
          expect(csp).toContain("default-src 'self'")
          expect(csp).toContain("frame-ancestors 'self'")
          expect(csp).toContain("object-src 'none'")
          expect(response.headers.get('x-content-type-options')).toBe('nosniff')
          expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
          expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
          expect(response.headers.get('referrer-policy')).toBe('no-referrer')
          expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin')
        }
        expect(response.headers.get('x-powered-by')).toBeNull()
      })
    })

    describe('CORS and CSRF allowlists', () => {
      it('lets an allowed origin read API responses, and no other', async () => {
        const allowed = await fetch(`${a.url}/api/articles?limit=1`, {
          headers: { origin: PARTNER },
        })
        expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER)
        const refused = await fetch(`${a.url}/api/articles?limit=1`, { headers: { origin: EVIL } })
        expect(refused.headers.get('access-control-allow-origin')).toBeNull()
      })

      it('accepts the login cookie only from allowed origins', async () => {
        const response = await login(a, 'admin@jusur.demo', 'jusur-demo')
        expect(response.status).toBe(200)
        const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]
        expect(cookie).toMatch(/^jusur-token=/)
        const me = async (origin: string) =>
          (await (
            await fetch(`${a.url}/api/users/me`, { headers: { cookie, origin } })
          ).json()) as { user: unknown }
        expect((await me(PARTNER)).user).toMatchObject({ email: 'admin@jusur.demo' })
        expect((await me(a.url)).user).toMatchObject({ email: 'admin@jusur.demo' })
        expect((await me(EVIL)).user).toBeNull()
      })
    })

    describe('request body size', () => {
      it('refuses a JSON body over the limit with a 413 and a JSON error, declared or chunked', async () => {
        const big = JSON.stringify({
          query: `{ Articles { docs { title } } } # ${'x'.repeat(70 * 1024)}`,
        })
        const declared = await post(`${a.url}/api/graphql`, big)
        expect(declared.status).toBe(413)
        expect((await declared.json()).errors[0].message).toMatch(
          /too large: the limit is 65536 bytes/,
        )

        const chunked = await postChunked(
          `${a.url}/api/graphql`,
          Array.from({ length: 20 }, () => Buffer.alloc(8 * 1024, 32)),
        )
        expect(chunked.status).toBe(413)
        expect(JSON.parse(chunked.text).errors[0].message).toMatch(/too large/)
      })

      it('passes a body under the limit through unchanged, chunked too', async () => {
        const query = `{ Articles(locale: en) { docs { title } } } # ${'x'.repeat(40 * 1024)}`
        const declared = await graphql(a, query)
        expect(declared.status).toBe(200)
        const body = Buffer.from(JSON.stringify({ query }))
        const chunked = await postChunked(`${a.url}/api/graphql`, [
          body.subarray(0, 1000),
          body.subarray(1000),
        ])
        expect(chunked.status).toBe(200)
        expect(JSON.parse(chunked.text).data.Articles.docs.length).toBeGreaterThan(0)
      })

      it('still serves afterwards', async () => {
        expect((await fetch(`${a.url}/api/articles?limit=1`)).status).toBe(200)
      })
    })

    describe('GraphQL limits', () => {
      it('refuses a query deeper than GRAPHQL_MAX_DEPTH', async () => {
        const ok = await graphql(a, '{ Articles { docs { heroImage { url } } } }')
        expect(ok.status).toBe(200)
        const deep = await graphql(
          a,
          '{ Articles { docs { heroImage { sizes { card { url } } } } } }',
        )
        expect(deep.status).toBe(400)
        expect((await deep.json()).errors[0].message).toBe(
          'Query is too deep: 6 levels, the limit is 5.',
        )
      })

      it('counts depth through fragments', async () => {
        const deep = await graphql(
          a,
          'query { Articles { docs { ...A } } } fragment A on Article { heroImage { sizes { card { url } } } }',
        )
        expect(deep.status).toBe(400)
        expect((await deep.json()).errors[0].message).toMatch(/too deep/)
      })

      it('refuses more aliases than GRAPHQL_MAX_ALIASES', async () => {
        const aliases = (n: number) =>
          `{ ${Array.from({ length: n }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`
        expect((await graphql(a, aliases(3))).status).toBe(200)
        const many = await graphql(a, aliases(4))
        expect(many.status).toBe(400)
        expect((await many.json()).errors[0].message).toBe('Too many aliases: 4, the limit is 3.')
      })

      it('refuses a query over GRAPHQL_MAX_COMPLEXITY', async () => {
        const fields = Array.from({ length: 250 }, () => 'title').join(' ')
        const complex = await graphql(a, `{ Articles { docs { ${fields} } } }`)
        expect(complex.status).toBe(400)
        expect((await complex.json()).errors[0].message).toMatch(
          /exceeds the maximum complexity of 200/,
        )
      })

      it('refuses batched operations', async () => {
        const batch = await post(`${a.url}/api/graphql`, [
          { query: '{ Articles { totalDocs } }' },
          { query: '{ Articles { totalDocs } }' },
        ])
        expect(batch.status).toBe(400)
        expect((await batch.json()).errors[0].message).toMatch(
          /Batched GraphQL operations are not accepted/,
        )
      })

      it('has introspection and the playground off in production, unless turned on', async () => {
        const introspection = '{ __schema { queryType { name } } }'
        const off = await graphql(a, introspection)
        expect(off.status).toBe(400)
        expect((await off.json()).errors[0].message).toMatch(/introspection is not allowed/)
        // A legacy application/json client gets the same error with a 200, as the GraphQL over HTTP spec says.
        const legacy = await graphql(a, introspection, { accept: 'application/json' })
        expect(legacy.status).toBe(200)
        expect(await legacy.json()).toEqual({
          errors: [
            expect.objectContaining({
              message: expect.stringMatching(/introspection is not allowed/),
            }),
          ],
        })
        const on = await graphql(b, introspection)
        expect(on.status).toBe(200)
        expect((await on.json()).data.__schema.queryType.name).toBe('Query')

        expect((await fetch(`${a.url}/api/graphql-playground`)).status).toBe(404)
        expect((await fetch(`${b.url}/api/graphql-playground`)).status).toBe(200)
      })
    })

    describe('uploads', () => {
      const upload = (token: string, name: string, data: Buffer, language = 'en') => {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
        form.append('_payload', JSON.stringify({ alt: 'نص بديل' }))
        return fetch(`${a.url}/api/media`, {
          body: form,
          headers: { 'accept-language': language, authorization: `JWT ${token}` },
          method: 'POST',
        })
      }
      const adminToken = async () =>
        ((await (await login(a, 'admin@jusur.demo', 'jusur-demo')).json()) as { token: string })
          .token

      it("refuses an image of too many pixels with a 413, and resizes big ones without stalling an editor's save", async () => {
        const token = await adminToken()
        // 10000 × 10000 pixels declared in a few kB: refused from the header.
        const bomb = pngDeclaring(10_000, 10_000)
        const refused = await upload(token, 'bomb.png', bomb)
        expect(refused.status).toBe(413)
        expect(
          ((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message,
        ).toMatch(/40 megapixels/)

        const big = await sharp({
          create: { background: '#884422', channels: 3, height: 6300, width: 6300 },
        })
          .png({ compressionLevel: 1 })
          .toBuffer()
        // Names no earlier run left in ./media: Payload picks a free name by counting up (big-1 ->
        // big-2), and two uploads at once that both must move on would race for the same one.
        const run = crypto.randomUUID().slice(0, 8)
        const uploads = ['a', 'b'].map((i) => upload(token, `big-${run}-${i}.png`, big))
        await new Promise((resolve) => setTimeout(resolve, 300))
        const save = await post(
          `${a.url}/api/articles?draft=true&locale=ar`,
          { title: 'حفظ أثناء الرفع' },
          { authorization: `JWT ${token}` },
        )
        expect(save.status).toBe(201)
        for (const response of await Promise.all(uploads)) expect(response.status).toBe(201)
        expect((await fetch(`${a.url}/api/articles?limit=1`)).status).toBe(200)
      }, 180_000)
    })

    describe('rate limits, across both instances', () => {
      /** Each way to log in, answering { status, message, Retry-After }; GraphQL carries the status in its error. */
      const loginVia = {
        json: async (
          server: RunningServer,
          email: string,
          password: string,
          headers: Record<string, string> = {},
        ) => outcome(await login(server, email, password, headers)),
        multipart: async (
          server: RunningServer,
          email: string,
          password: string,
          headers: Record<string, string> = {},
        ) => {
          const form = new FormData()
          form.append('_payload', JSON.stringify({ email, password }))
          return outcome(
            await fetch(`${server.url}/api/users/login`, { body: form, headers, method: 'POST' }),
          )
        },
        graphql: async (
          server: RunningServer,
          email: string,
          password: string,
          headers: Record<string, string> = {},
        ) => {
          const response = await post(
            `${server.url}/api/graphql`,
            {
              query:
                'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
              variables: { email, password },
            },
            headers,
          )
          const body = (await response.json()) as {
            errors?: { extensions?: { statusCode?: number }; message: string }[]
          }
          const error = body.errors?.[0]
          return {
            message: error?.message,
            retryAfter: response.headers.get('retry-after'),
            status: error ? (error.extensions?.statusCode ?? 500) : response.status,
          }
        },
      }
      const outcome = async (response: Response) => ({
        message: ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]
          ?.message,
        retryAfter: response.headers.get('retry-after'),
        status: response.status,
      })
      const PATHS = Object.keys(loginVia) as (keyof typeof loginVia)[]

      it('limits failed logins per client and e-mail, on every login path, with Retry-After, whichever instance answers', async () => {
        const email = `someone-${crypto.randomUUID()}@jusur.demo`
        const statuses = []
        for (const [i, server] of [a, b, a].entries())
          statuses.push((await loginVia[PATHS[i]!](server, email, 'wrong-password')).status)
        expect(statuses).toEqual([401, 401, 401])
        for (const [i, server] of [b, a, b].entries()) {
          const refused = await loginVia[PATHS[i]!](server, email, 'wrong-password', {
            'accept-language': 'en',
          })
          expect(refused.status).toBe(429)
          expect(Number(refused.retryAfter)).toBeGreaterThan(0)
          expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60)
          expect(refused.message).toMatch(/^Too many requests: try again in \d+ seconds\.$/)
        }
        // Arabic unless English is asked for.
        expect((await loginVia.json(a, email, 'wrong-password')).message).toMatch(/طلبات كثيرة/)
        // The same caller may still try another account: the pair is limited, not the account or the caller.
        expect((await login(b, `other-${crypto.randomUUID()}@jusur.demo`)).status).toBe(401)
      })

      it('takes the client address from the connection, not from a header the client sends', async () => {
        const email = `spoof-${crypto.randomUUID()}@jusur.demo`
        const statuses = []
        for (let i = 0; i < 5; i++)
          statuses.push(
            (
              await login(a, email, 'wrong-password', {
                'x-jusur-client-address': `198.51.100.${i}`,
              })
            ).status,
          )
        expect(statuses).toEqual([401, 401, 401, 429, 429])
      })

      it('counts failures only: twenty successful logins in a minute all pass on every path, and a success resets the count', async () => {
        for (let i = 0; i < 20; i++) {
          const path = PATHS[i % PATHS.length]!
          expect({
            i,
            path,
            ...(await loginVia[path](i % 2 ? a : b, 'admin@jusur.demo', 'jusur-demo')),
          }).toMatchObject({ status: 200 })
        }
        // Two failures (the limit is three) and a success, again and again.
        for (let round = 0; round < 3; round++) {
          for (const path of ['graphql', 'multipart'] as const)
            expect((await loginVia[path](a, 'admin@jusur.demo', 'wrong-password')).status).toBe(401)
          expect((await loginVia.json(b, 'admin@jusur.demo', 'jusur-demo')).status).toBe(200)
        }
      }, 120_000)

      it('limits failed logins per client over all e-mails', async () => {
        let status = 0
        let attempts = 0
        while (status !== 429 && attempts < 30) {
          status = (await login(attempts % 2 ? a : b, `spray-${attempts}@jusur.demo`)).status
          attempts += 1
        }
        expect(status).toBe(429)
        // 20 failures per minute from this address, some of them spent by the tests before.
        expect(attempts).toBeLessThanOrEqual(20)
      })

      it('limits password reset requests on every path, REST and GraphQL', async () => {
        const forgot = (server: RunningServer) =>
          post(`${server.url}/api/users/forgot-password`, { email: 'nobody@jusur.demo' })
        expect((await forgot(a)).status).toBe(200)
        expect(
          (
            await post(`${b.url}/api/users/reset-password`, {
              password: 'x-long-password',
              token: 'bogus',
            })
          ).status,
        ).not.toBe(429)
        const refused = await forgot(b)
        expect(refused.status).toBe(429)
        expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
        const viaGraphQL = await post(
          `${a.url}/api/graphql`,
          { query: 'mutation { forgotPasswordUser(email: "nobody@jusur.demo") }' },
          { 'accept-language': 'en' },
        )
        expect(viaGraphQL.headers.get('retry-after')).toMatch(/^\d+$/)
        const body = (await viaGraphQL.json()) as {
          errors: { extensions: { statusCode: number }; message: string }[]
        }
        expect(body.errors[0]).toMatchObject({
          extensions: { statusCode: 429 },
          message: expect.stringMatching(/Too many requests/),
        })
      })

      it('limits API requests per client by cost: both instances refuse once the shared points are spent', async () => {
        // Cached answers cost a point each: a thousand at most, from earlier tests' points and these.
        let status = 0
        let sent = 0
        while (status !== 429 && sent < 1100) {
          const response = await graphql(sent % 2 ? a : b, '{ Articles { totalDocs } }')
          status = response.status
          await response.arrayBuffer()
          sent += 1
        }
        expect(status).toBe(429)
        expect(sent).toBeLessThanOrEqual(1000)
        for (const server of [a, b]) {
          const refused = await graphql(server, '{ Articles { totalDocs } }')
          expect(refused.status).toBe(429)
          expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
          // Queries over GET and REST reads count against the same points.
          const overGet = await fetch(
            `${server.url}/api/graphql?query=${encodeURIComponent('{ Articles { totalDocs } }')}`,
          )
          expect(overGet.status).toBe(429)
          expect((await fetch(`${server.url}/api/articles?limit=1`)).status).toBe(429)
        }
      })
    })
  },
)

describe('rate limits when Redis cannot be reached', () => {
  let server: RunningServer

  beforeAll(async () => {
    const closedPort = await freePort()
    server = await startProductionServer({
      ...LIMITS,
      REDIS_URL: `redis://127.0.0.1:${closedPort}`,
    })
  }, 240_000)
  afterAll(() => server?.stop())

  it('keeps serving and keeps limiting, counting in memory, and says so in the log', async () => {
    expect((await fetch(`${server.url}/api/articles?limit=1`)).status).toBe(200)
    const email = `someone-${crypto.randomUUID()}@jusur.demo`
    const statuses = []
    for (let i = 0; i < 4; i += 1) statuses.push((await login(server, email)).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    await server.waitForOutputLine((line) =>
      line.includes('Redis unreachable: rate limits count per instance'),
    )
  })
})
