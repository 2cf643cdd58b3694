import type { Server } from 'node:http'

import { logger } from '../settings/logger'

const DEFAULT_TIMEOUT_MS = 15_000

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests
 * finish, then release resources (the database) and exit. A request that
 * outlives the timeout is cut off so that a deploy never hangs.
 */
export const closeGracefullyOnSignal = (
  server: Server,
  release: () => Promise<void>,
  timeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
): void => {
  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests')
    const forced = setTimeout(() => {
      logger.error({ timeoutMs }, 'in-flight requests did not finish in time; exiting')
      process.exit(1)
    }, timeoutMs)
    forced.unref()
    server.close(async () => {
      try {
        await release()
        logger.info('shut down cleanly')
        process.exit(0)
      } catch (error) {
        logger.error({ err: error }, 'error while releasing resources')
        process.exit(1)
      }
    })
    // Keep-alive connections with no request in flight would hold server.close() open.
    server.closeIdleConnections()
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}
