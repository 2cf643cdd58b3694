/**
 * The rate limiters of the process (README: Security), shared by the express
 * server and the Payload hooks that count logins and password resets.
 *
 * The server makes them at start (counters in Redis when REDIS_URL is set, see
 * rate-limit.ts) and shares them through a process-wide slot: Next's bundle
 * has its own copy of this module, but the same global object. Where no server
 * made them (tests, scripts), they count in memory with the limits of the
 * environment.
 */
import type { Redis } from 'ioredis'
import type { PayloadRequest } from 'payload'

import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible'

import { type Limit, type RateLimits, rateLimits } from '../settings/security'
import { countedInArabic, SECONDS } from '../lib/arabic-count'
import type { Bilingual } from '../lib/caller-language'

export type Limiters = Record<keyof RateLimits, RateLimiterAbstract>

/**
 * The client's address as the express server saw it (req.ip, which follows
 * TRUST_PROXY), put on every request it hands to Next.js in place of whatever
 * the client sent under this name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-jusur-client-address'

export const clientAddress = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'

const memory = (keyPrefix: string, { durationSeconds, points }: Limit) =>
  new RateLimiterMemory({ duration: durationSeconds, keyPrefix, points })

export const limitersFor = (
  limits: RateLimits,
  redis: Redis | undefined,
  prefix: string,
): Limiters => {
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
  const names = Object.keys(limits) as (keyof RateLimits)[]
  return Object.fromEntries(names.map((name) => [name, make(name)])) as Limiters
}

const SHARED = Symbol.for('jusur.rateLimiters')
const slot = globalThis as typeof globalThis & { [SHARED]?: Limiters }

/** Makes `limiters` the process's own (the server, at start). */
export const shareLimiters = (limiters: Limiters): void => {
  slot[SHARED] = limiters
}

export const sharedLimiters = (): Limiters =>
  (slot[SHARED] ??= limitersFor(rateLimits(), undefined, 'jusur'))

export const tooManyRequests = (seconds: number): Bilingual => ({
  ar: `طلبات كثيرة: أعد المحاولة بعد ${countedInArabic(seconds, SECONDS)}.`,
  en: `Too many requests: try again in ${seconds} seconds.`,
})

/**
 * A limiter's refusal (rather than an error). Not `instanceof RateLimiterRes`: the limiters
 * are made by the server's copy of the library and used from Next's bundle, which has its own.
 */
export const isRefusal = (value: unknown): value is RateLimiterRes =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RateLimiterRes).msBeforeNext === 'number'

/** Whole seconds until a refused caller may try again (Retry-After), at least one. */
export const retryAfterSeconds = (rejection: RateLimiterRes): number =>
  Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
