import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express } from 'express'
import { pinoHttp } from 'pino-http'

import type { Readiness } from './readiness'
import type { RateLimiting } from './rate-limit'

import { GUARD_MESSAGES, languageOf } from '../api/request-guard'
import { logger } from '../settings/logger'
import { bodyLimitBytes } from '../settings/security'
import { bodyLimit, securityHeaders } from './security'

type Options = {
  /** Next.js's request handler, which also serves Payload's admin, REST and GraphQL routes. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  readiness: () => Promise<Readiness>
  rateLimiting: RateLimiting
  dev?: boolean
}

/** The methods the admin, REST and GraphQL answer; any other (TRACE, CONNECT, PROPFIND, ...) gets a 405. */
export const ALLOWED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']

const knownMethodsOnly: express.RequestHandler = (req, res, next) => {
  if (ALLOWED_METHODS.includes(req.method)) return next()
  const language = languageOf(req.headers.cookie, req.headers['accept-language'])
  res
    .status(405)
    .set('Allow', ALLOWED_METHODS.join(', '))
    .json({ errors: [{ message: GUARD_MESSAGES.badMethod[language] }] })
}

/**
 * The production HTTP app: health and readiness, then security headers, the
 * body size limit and the rate limits (README: Security), then Next.js with
 * Payload's admin, REST and GraphQL. No body parser sits in front of Payload's
 * routes: the API's route handlers read a body once, bound it, check it (one
 * GraphQL operation per request among the rest) and hand it to Payload
 * (src/api/request-body.ts, request-guard.ts).
 */
export const createApp = ({ dev = false, handle, rateLimiting, readiness }: Options): Express => {
  const app = express()
  app.disable('x-powered-by')
  // Behind a load balancer, the client's address is in X-Forwarded-For: TRUST_PROXY says how
  // many proxies to believe (express's `trust proxy`). Unset, the socket's address counts.
  const trustProxy = process.env.TRUST_PROXY
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy)
  app.use(
    pinoHttp({
      logger,
      // Health probes arrive every few seconds; logging them would drown the rest.
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  )

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  app.get('/readyz', async (_req, res) => {
    const result = await readiness()
    if (result.ready) res.json({ status: 'ready' })
    else res.status(503).json({ status: 'not ready', reason: result.reason })
  })

  app.use(securityHeaders({ dev }))
  app.use(knownMethodsOnly)
  app.use(bodyLimit(bodyLimitBytes()))
  app.use(rateLimiting.middleware)
  app.all('/{*path}', (req, res) => handle(req, res))
  return app
}
