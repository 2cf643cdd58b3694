/**
 * Rate limits (README: Security), with rate-limiter-flexible: counters in
 * Redis when REDIS_URL is set, so that every instance counts against the same
 * limit, in memory otherwise. This middleware tells the API the client's
 * address (CLIENT_ADDRESS_HEADER), replacing anything the client sent, and
 * counts nothing itself: what API requests cost is counted once they are
 * answered, per address or per consumer key (src/api/fair-limits.ts: an answer
 * from the read cache costs almost nothing, others what they read), and logins
 * and password resets inside Payload's operations
 * (collections/users/hooks/limit-attempts.ts), so that every transport is
 * covered, with the same counters. The Redis connection is shared with the
 * rest of the process (./shared-redis.ts).
 *
 * Redis unreachable: each instance falls back to counting in its own memory
 * (the library's insurance limiter) and logs a warning. Limits then hold per
 * instance instead of across all of them, and neither is the API taken down
 * with Redis (failing closed) nor left without any limit (failing open).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import { Redis } from 'ioredis'

import type { RateLimits } from '../settings/security'

import { logger } from '../settings/logger'
import { CLIENT_ADDRESS_HEADER, limitersFor, shareLimiters } from './rate-limiters'
import { shareRedis } from './shared-redis'

export type RateLimiting = { close: () => Promise<void>; middleware: RequestHandler }

export const createRateLimiting = (
  limits: RateLimits,
  redisUrl = process.env.REDIS_URL,
  // Several deployments (or test runs) may share one Redis: REDIS_KEY_PREFIX keeps their counters apart.
  prefix = process.env.REDIS_KEY_PREFIX || 'jusur',
): RateLimiting => {
  let redis: Redis | undefined
  if (redisUrl) {
    // No offline queue: while Redis is away, a command fails at once and the insurance limiter counts.
    redis = new Redis(redisUrl, {
      enableOfflineQueue: false,
      lazyConnect: false,
      maxRetriesPerRequest: 1,
    })
    let warned = false
    redis.on('error', (error: Error) => {
      if (warned) return
      warned = true
      logger.warn(
        { err: error },
        'Redis unreachable: rate limits count per instance until it is back',
      )
    })
    redis.on('ready', () => {
      if (warned) logger.info('Redis reachable again: rate limits count across instances')
      warned = false
    })
    shareRedis({ client: redis, prefix })
  }
  const limiters = limitersFor(limits, redis, prefix)
  shareLimiters(limiters)

  const middleware = (req: Request, _res: Response, next: NextFunction) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    next()
  }

  return {
    close: async () => {
      if (!redis) return
      shareRedis(undefined)
      await redis.quit().catch(() => redis?.disconnect())
    },
    middleware,
  }
}
