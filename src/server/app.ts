import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express } from 'express'
import { pinoHttp } from 'pino-http'

import type { Readiness } from './readiness'

import { logger } from '../config/logger'

type Options = {
  /** Next.js's request handler, which also serves Payload's admin, REST and GraphQL routes. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  readiness: () => Promise<Readiness>
}

/**
 * The production HTTP app. No body parser sits in front of Payload's routes:
 * Payload reads request bodies itself (uploads, GraphQL, REST).
 */
export const createApp = ({ handle, readiness }: Options): Express => {
  const app = express()
  app.disable('x-powered-by')
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

  app.all('/{*path}', (req, res) => handle(req, res))
  return app
}
