/**
 * What the express server does before a request reaches Next.js and Payload
 * (README: Security): security headers and a bound on request bodies.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import helmet from 'helmet'
import { PassThrough } from 'node:stream'

/**
 * Helmet's headers with a Content-Security-Policy the admin can live with:
 * Next.js inlines its bootstrap scripts and Payload's UI sets inline styles,
 * so scripts and styles may be inline but only from our own origin; nothing
 * may frame us except ourselves (the live preview); no plugins, no foreign
 * form targets. `upgrade-insecure-requests` is left out: on a plain-HTTP
 * install (the demo, tests) it would break every asset. Published media may
 * be embedded by other sites, so its files are served cross-origin.
 */
export const securityHeaders = ({ dev }: { dev: boolean }): RequestHandler[] => [
  helmet({
    contentSecurityPolicy: {
      directives: {
        'base-uri': ["'self'"],
        'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        'default-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'object-src': ["'none'"],
        // Next.js's development mode evaluates code; production does not.
        'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'upgrade-insecure-requests': null,
        'worker-src': ["'self'", 'blob:'],
      },
      useDefaults: false,
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'sameorigin' },
  }),
  (req, res, next) => {
    if (req.path.startsWith('/api/media/file/'))
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    next()
  },
]

const isMultipart = (req: Request) =>
  (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/')

const tooLarge = (res: Response, limit: number) =>
  res
    .status(413)
    .json({ errors: [{ message: `Request body too large: the limit is ${limit} bytes.` }] })

/**
 * Bodies other than uploads (multipart, which Payload caps at 20 MB itself)
 * may be at most `limit` bytes: a declared larger Content-Length gets a 413
 * at once. A declared length is a bound already (the HTTP parser reads no
 * more), so such a body is left unread here: the route handlers read it once
 * (src/api/request-body.ts). A chunked API body, without a length, is counted
 * as it arrives, cut off with a 413 when it passes the limit, and handed on
 * unchanged: that answer must come before Next.js starts on the request.
 */
export const bodyLimit =
  (limit: number): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => {
    if (isMultipart(req)) return next()
    const declared = Number(req.headers['content-length'])
    if (declared > limit) return void tooLarge(res, limit)
    const chunked =
      req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined
    if (!chunked || !req.path.startsWith('/api/')) return next()

    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit && !done) {
        done = true
        req.off('data', onData)
        req.pause()
        res.setHeader('Connection', 'close')
        tooLarge(res, limit)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.once('error', (error) => {
      if (!done) {
        done = true
        next(error)
      }
    })
    req.once('end', () => {
      if (done) return
      done = true
      replayBody(req, Buffer.concat(chunks))
      next()
    })
  }

/**
 * Makes `req` readable again with the same bytes, as Next.js itself does
 * when it has buffered a body (replaceRequestBody in next/dist/server/body-streams):
 * the stream's state and methods of a fresh stream are put on the request.
 */
const replayBody = (req: Request, body: Buffer) => {
  // Room for the whole body on the readable side: once copied, the stream can no longer pull
  // more from its writable side (its internals under symbol keys are not copied).
  const stream = new PassThrough({ highWaterMark: Math.max(body.length + 1, 16 * 1024) })
  stream.end(body)
  const target = req as unknown as Record<string, unknown>
  for (const key in stream) {
    const value = (stream as unknown as Record<string, unknown>)[key]
    target[key] = typeof value === 'function' ? value.bind(req) : value
  }
}
