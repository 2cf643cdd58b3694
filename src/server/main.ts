/**
 * `npm start` (production) and `npm run dev`: one process serving the admin,
 * REST and GraphQL through Next.js behind express, plus /healthz and /readyz.
 *
 * Start-up order: check the configuration and the database, apply pending
 * migrations, then open the port. Any configuration problem ends the process
 * with one readable line and exit status 1.
 */
import next from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'

import { databaseUrlFrom } from '../settings/database'
import { checkDatabaseReachable } from '../db/database-preflight'
import { resolvePayloadSecret } from '../settings/secret'
import { StartupError } from '../settings/startup-error'
import { applyMigrations } from '../db/migrations'
import { runScript } from '../scripts/run-script'
import { createApp } from './app'
import { createRateLimiting } from './rate-limit'
import { rateLimits } from '../settings/security'
import { logger } from '../settings/logger'
import { checkReadiness } from './readiness'
import { closeGracefullyOnSignal } from './shutdown'
import { closeDatabase } from '../db/close-database'
import { flushConsumerUsage } from '../consumers/usage-meter'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const start = async (): Promise<void> => {
  const dev = process.argv.includes('--dev')
  const port = Number(process.env.PORT) || 3000
  resolvePayloadSecret()
  await checkDatabaseReachable(databaseUrlFrom())

  // Next.js keeps its own Payload instance for the routes it serves (its bundle has
  // its own copy of Payload); this one migrates, answers /readyz and is closed on shutdown.
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, key: 'jusur-server' })
  await applyMigrations(payload)

  const nextApp = next({ dev, dir: projectRoot, port })
  await nextApp.prepare()
  const rateLimiting = createRateLimiting(rateLimits())
  const app = createApp({
    dev,
    handle: nextApp.getRequestHandler(),
    rateLimiting,
    readiness: () => checkReadiness(payload),
  })

  const server = app.listen(port, () => {
    logger.info(
      { port, mode: dev ? 'development' : 'production' },
      `Jusur listening on http://localhost:${port}/admin`,
    )
  })
  closeGracefullyOnSignal(server, async () => {
    // Consumers' usage counted by the API (Next's Payload) is written before anything closes.
    await flushConsumerUsage()
    await nextApp.close()
    await rateLimiting.close()
    await closeDatabase(payload)
  })
  // Never resolves while serving: the shutdown handler ends the process.
  await new Promise<never>((_resolve, reject) => {
    server.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} is already in use; set PORT to a free port.`)
          : error,
      ),
    )
  })
}

runScript('start', start)
