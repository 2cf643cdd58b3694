/**
 * Rate limits on login, password reset and GraphQL (README: Security), with
 * rate-limiter-flexible: counters in Redis when REDIS_URL is set, so that
 * every instance counts against the same limit, in memory otherwise.
 *
 * Redis unreachable: each instance falls back to counting in its own memory
 * (the library's insurance limiter) and logs a warning. Limits then hold per
 * instance instead of across all of them, and neither is the API taken down
 * with Redis (failing closed) nor left without any limit (failing open).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import { Redis } from 'ioredis'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import type { Limit, RateLimits } from '../config/security'

import { logger } from '../config/logger'

type Limiters = Record<keyof RateLimits, RateLimiterAbstract>

export type RateLimiting = { close: () => Promise<void>; middleware: RequestHandler }

const memory = (keyPrefix: string, { durationSeconds, points }: Limit) =>
  new RateLimiterMemory({ duration: durationSeconds, keyPrefix, points })

const limitersFor = (limits: RateLimits, redis: Redis | undefined, prefix: string): Limiters => {
  const make = (name: keyof RateLimits): RateLimiterAbstract => {
    const keyPrefix = `${prefix}:rl:${name}`
    if (!redis) return memory(keyPrefix, limits[name])
    return new RateLimiterRedis({
      duration: limits[name].durationSeconds,
      insuranceLimiter: memory(keyPrefix, limits[name]),
      keyPrefix,
      points: limits[name].points,
      storeClient: redis,
    })
  }
  return {
    graphqlPerIp: make('graphqlPerIp'),
    loginPerIp: make('loginPerIp'),
    loginPerIpAndEmail: make('loginPerIpAndEmail'),
    passwordResetPerIp: make('passwordResetPerIp'),
  }
}

const tooMany = (res: Response, rejection: RateLimiterRes) => {
  const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
  res.setHeader('Retry-After', String(seconds))
  res.status(429).json({ errors: [{ message: `Too many requests: try again in ${seconds} seconds.` }] })
}

export const createRateLimiting = (
  limits: RateLimits,
  redisUrl = process.env.REDIS_URL,
  // Several deployments (or test runs) may share one Redis: REDIS_KEY_PREFIX keeps their counters apart.
  prefix = process.env.REDIS_KEY_PREFIX || 'jusur',
): RateLimiting => {
  let redis: Redis | undefined
  if (redisUrl) {
    // No offline queue: while Redis is away, a command fails at once and the insurance limiter counts.
    redis = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: false, maxRetriesPerRequest: 1 })
    let warned = false
    redis.on('error', (error: Error) => {
      if (warned) return
      warned = true
      logger.warn({ err: error }, 'Redis unreachable: rate limits count per instance until it is back')
    })
    redis.on('ready', () => {
      if (warned) logger.info('Redis reachable again: rate limits count across instances')
      warned = false
    })
  }
  const limiters = limitersFor(limits, redis, prefix)

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next()
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    const checks: Array<[RateLimiterAbstract, string]> = []
    switch (req.path) {
      case '/api/graphql':
        checks.push([limiters.graphqlPerIp, ip])
        break
      case '/api/users/login': {
        checks.push([limiters.loginPerIp, ip])
        const body = res.locals.jsonBody as { email?: unknown } | undefined
        const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''
        checks.push([limiters.loginPerIpAndEmail, `${ip}|${email}`])
        break
      }
      case '/api/users/forgot-password':
      case '/api/users/reset-password':
        checks.push([limiters.passwordResetPerIp, ip])
        break
      default:
        return next()
    }
    for (const [limiter, key] of checks) {
      try {
        await limiter.consume(key)
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return tooMany(res, rejection)
        return next(rejection)
      }
    }
    next()
  }

  return {
    close: async () => {
      if (redis) await redis.quit().catch(() => redis?.disconnect())
    },
    middleware: (req, res, next) => void middleware(req, res, next),
  }
}
