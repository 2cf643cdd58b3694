import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http, { type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createApp } from '../../src/server/app'

const LIMIT = 1000

type Answer = { status: number; text: string }

/**
 * The express server's body limit (src/server/security.ts) in front of a stand-in for
 * Next.js that echoes the body it reads: a declared length is checked and the body left
 * for the route handlers to read; a chunked API body is counted on its way.
 */
describe('the body limit of the express server', () => {
  let server: http.Server
  let port: number
  /** Each time the stand-in for Next.js starts on a request, whether its body had fully arrived. */
  const reached: boolean[] = []
  let onReached = () => {}

  beforeAll(async () => {
    const previous = process.env.BODY_LIMIT_BYTES
    process.env.BODY_LIMIT_BYTES = String(LIMIT)
    const app = createApp({
      handle: async (req: IncomingMessage, res) => {
        reached.push(req.complete)
        onReached()
        const chunks: Buffer[] = []
        for await (const chunk of req) chunks.push(chunk as Buffer)
        res.end(Buffer.concat(chunks))
      },
      rateLimiting: {
        middleware: (_req: unknown, _res: unknown, next: () => void) => next(),
      } as never,
      readiness: async () => ({ ready: true }) as never,
    })
    process.env.BODY_LIMIT_BYTES = previous
    server = app.listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => {
    server.close()
  })

  /** A POST whose body is written in `parts`, each after `between` has resolved. */
  const post = (
    headers: http.OutgoingHttpHeaders,
    parts: Buffer[],
    between: () => Promise<void> = async () => {},
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const request = http.request(
        {
          headers: { 'content-type': 'application/json', ...headers },
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
      // The server may answer (and close) before every part is sent.
      request.on('error', (error) => (request.writableEnded ? undefined : reject(error)))
      void (async () => {
        for (const [i, part] of parts.entries()) {
          if (i > 0) await between()
          request.write(part)
        }
        request.end()
      })()
    })

  const tooLarge = (answer: Answer) => {
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.text).errors[0].message).toBe(
      `Request body too large: the limit is ${LIMIT} bytes.`,
    )
  }

  it('refuses a declared length over the limit before anything reads the body', async () => {
    const before = reached.length
    tooLarge(await post({ 'content-length': LIMIT + 1 }, [Buffer.alloc(LIMIT + 1, 32)]))
    expect(reached.length).toBe(before)
  })

  it('hands a declared body on unread: the route handlers read it as it arrives', async () => {
    const body = Buffer.from(
      JSON.stringify({ query: `{ Articles { totalDocs } } # ${'x'.repeat(500)}` }),
    )
    const started = new Promise<void>((resolve) => (onReached = resolve))
    // The second half is sent only once the stand-in for Next.js has started on the request.
    const answer = await post(
      { 'content-length': body.length },
      [body.subarray(0, 100), body.subarray(100)],
      () => started,
    )
    expect(answer).toEqual({ status: 200, text: body.toString() })
    expect(reached.at(-1)).toBe(false)
  })

  it('cuts a chunked body off at the limit with a 413', async () => {
    const before = reached.length
    tooLarge(
      await post(
        { 'transfer-encoding': 'chunked' },
        Array.from({ length: 4 }, () => Buffer.alloc(400, 32)),
        () => new Promise((resolve) => setTimeout(resolve, 10)),
      ),
    )
    expect(reached.length).toBe(before)
  })

  it('passes a chunked body under the limit through unchanged', async () => {
    const body = Buffer.from(
      JSON.stringify({ query: `{ Articles { totalDocs } } # ${'ي'.repeat(300)}` }),
    )
    const answer = await post(
      { 'transfer-encoding': 'chunked' },
      [body.subarray(0, 301), body.subarray(301)],
      () => new Promise((resolve) => setTimeout(resolve, 10)),
    )
    expect(answer).toEqual({ status: 200, text: body.toString() })
    expect(body.length).toBeLessThanOrEqual(LIMIT)
  })
})
