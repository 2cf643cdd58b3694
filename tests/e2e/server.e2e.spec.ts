import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import { REPORT_ARTICLE } from '../../src/seed/report-article'
import { type RunningServer, startProductionServer } from '../helpers/server'

const ARTICLE_QUERY = JSON.stringify({
  query: `query { Articles(locale: en) { docs { title sourceAttribution } } }`,
})

describe('the production server (npm start)', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startProductionServer()
  }, 240_000)
  afterAll(() => server?.stop())

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('serves the admin, REST and GraphQL', async () => {
    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toMatch(/<html[^>]* dir="rtl" lang="ar"/i)
    const rest = await (await fetch(`${server.url}/api/articles?locale=en`)).json()
    expect(rest.docs[0].title).toBe(REPORT_ARTICLE.en.title)
    const graphql = await fetch(`${server.url}/api/graphql`, {
      body: ARTICLE_QUERY,
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect((await graphql.json()).data.Articles.docs[0]).toEqual({
      sourceAttribution: REPORT_ARTICLE.en.sourceAttribution,
      title: REPORT_ARTICLE.en.title,
    })
  })

  it('answers GraphQL queries over GET with the caching headers a CDN needs, and never a mutation', async () => {
    const url = `${server.url}/api/graphql?query=${encodeURIComponent(JSON.parse(ARTICLE_QUERY).query)}`
    const first = await fetch(url)
    expect(first.status).toBe(200)
    expect((await first.json()).data.Articles.docs[0].title).toBe(REPORT_ARTICLE.en.title)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.headers.get('vary')).toMatch(/Accept.*Authorization, Cookie/)
    const etag = first.headers.get('etag')!
    const revalidated = await fetch(url, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(etag)
    const mutation = await fetch(
      `${server.url}/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`,
      { headers: { 'accept-language': 'en' } },
    )
    expect(mutation.status).toBe(405)
    expect(mutation.headers.get('allow')).toBe('POST')
    expect((await mutation.json()).errors[0].message).toMatch(/Mutations cannot be sent with GET/)
  })

  it('writes one JSON log line per request', async () => {
    await fetch(`${server.url}/api/articles?limit=1&e2e-log-probe=1`)
    const line = await server.waitForOutputLine((l) => l.includes('e2e-log-probe'))
    expect(JSON.parse(line!)).toMatchObject({
      msg: 'request completed',
      req: { method: 'GET', url: '/api/articles?limit=1&e2e-log-probe=1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    })
  })

  it('on SIGTERM finishes the request in flight, refuses new ones and exits 0', async () => {
    const { port } = new URL(server.url)
    const body = Buffer.from(ARTICLE_QUERY)
    // A request whose body is still arriving when the signal comes: it is in flight for sure.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          headers: { 'content-length': body.length, 'content-type': 'application/json' },
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/graphql',
          port,
        },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      request.on('error', reject)
      request.write(body.subarray(0, 10))
      setTimeout(() => {
        server.child.kill('SIGTERM')
        setTimeout(() => request.end(body.subarray(10)), 500)
      }, 200)
    })

    await new Promise((resolve) => setTimeout(resolve, 450))
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

    const finished = await response
    expect(finished.status).toBe(200)
    expect(JSON.parse(finished.text).data.Articles.docs[0].title).toBe(REPORT_ARTICLE.en.title)
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('shut down cleanly')
  })
})
