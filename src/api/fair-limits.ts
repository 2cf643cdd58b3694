import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { consumerKeyOf, verifyConsumerKey, KEY_MESSAGES } from '../consumers/consumer-key'
import { usageMeterOf } from '../consumers/usage-meter'
import { chargingReads, isStaffRequest, type ReadCharge } from '../cost/read-budget'
import { CACHE_HEADER } from '../read-cache/with-read-cache'
import { withoutCredentials } from '../read-cache/request-key'
import {
  CLIENT_ADDRESS_HEADER,
  retryAfterSeconds,
  sharedLimiters,
  tooManyRequests,
} from '../server/rate-limiters'
import { errorResponse, requestLanguage } from './request-guard'

/** What an answer from the read cache costs against a limit: next to nothing, but not nothing. */
export const CACHE_HIT_COST = 1

/** A consumer's answers are the public ones, but answered to a key: browsers may keep them, shared caches not. */
export const CONSUMER_CACHE_CONTROL = 'private, max-age=0, must-revalidate'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/** Whose limit a request counts against: the limiter, the key in it, and the points allowed. */
type Meter = { key: string; limiter: RateLimiterAbstract; points: number }

/**
 * What a request costs once answered: an answer from the read cache (a HIT, or
 * its 304) CACHE_HIT_COST; any other one point and one per document its reads
 * loaded, populated and joined ones included, as the read budget counts them
 * (src/cost/read-budget.ts). Not the estimate a read is refused by before it
 * runs (src/cost/estimates.ts): that is a bound, 100 to 10,000 times what a
 * read usually loads (20 articles at depth 2 are estimated at 37,240).
 */
export const costOf = (response: Response, charge: ReadCharge): number =>
  response.headers.get(CACHE_HEADER) === 'HIT' ? CACHE_HIT_COST : 1 + charge.documents

/**
 * The outermost layer of Jusur's API route handlers (./route-handlers.ts):
 * who is asking, and their fair share.
 *
 * - A consumer key (`Authorization: consumers API-Key <key>`, as Payload reads
 *   it) is verified against the database (src/consumers/consumer-key.ts): an
 *   unknown, rotated, revoked or disabled key gets a 401, a key used from an
 *   origin its consumer does not allow a 403, never an anonymous answer. A
 *   valid one is counted (src/consumers/usage-meter.ts), then its credentials
 *   are removed and the request goes on as an anonymous one: whatever it asks,
 *   it reads what anyone reads, from the public cache when it can, and its
 *   answer is marked private.
 * - Staff (a user Payload verifies, with a role) are not limited here.
 * - Anyone else counts against the limit of their address (as the express
 *   server saw it, CLIENT_ADDRESS_HEADER), a consumer against its own (its
 *   `rateLimit`, else CONSUMER_RATE_LIMIT_POINTS), in points per window: a
 *   request is refused with a 429 and Retry-After once the points are spent,
 *   and charged what it cost once answered (`costOf`), so that cached answers
 *   cost almost nothing and the misses their computed cost. Without an address
 *   (the handlers called in-process, by tests and the benchmark, not through
 *   the server) anonymous requests are not limited.
 *
 * The counters are the server's (src/server/rate-limiters.ts): in Redis when
 * REDIS_URL is set, shared by every instance, each instance's memory otherwise
 * or while Redis is away.
 */
export const withFairLimits =
  <Rest extends unknown[]>(
    config: Promise<SanitizedConfig> | SanitizedConfig,
    handler: Handler<Rest>,
  ): Handler<Rest> =>
  async (request, ...rest) => {
    const resolved = await config
    const cookiePrefix = resolved.cookiePrefix ?? 'payload'
    const language = requestLanguage(request, cookiePrefix)
    const limiters = sharedLimiters()
    const key = consumerKeyOf(request)
    let forwarded = request
    let meter: Meter | undefined
    let staff = false
    if (key !== undefined) {
      const payload = await getPayload({ config: resolved, cron: true })
      const verdict = await verifyConsumerKey(payload, key, request.headers.get('origin'))
      if ('refusal' in verdict)
        return errorResponse(verdict.status, KEY_MESSAGES[verdict.refusal][language])
      const { id, rateLimit } = verdict.consumer
      usageMeterOf(payload).count(id)
      forwarded = withoutCredentials(request, cookiePrefix)
      const limiter = limiters.readsPerConsumer
      meter = { key: `consumer:${id}`, limiter, points: rateLimit ?? limiter.points }
    } else {
      staff = await isStaffRequest(resolved, request)
      const address = request.headers.get(CLIENT_ADDRESS_HEADER)
      if (!staff && address)
        meter = { key: address, limiter: limiters.readsPerIp, points: limiters.readsPerIp.points }
    }

    if (meter) {
      const spent = await meter.limiter.get(meter.key)
      if (spent && spent.consumedPoints >= meter.points) {
        const seconds = retryAfterSeconds(spent)
        return errorResponse(429, tooManyRequests(seconds)[language], {
          'retry-after': String(seconds),
        })
      }
    }
    const charge: ReadCharge = { documents: 0, staff }
    const response = await chargingReads(charge, () => handler(forwarded, ...rest))
    if (meter) await meter.limiter.penalty(meter.key, costOf(response, charge))
    if (key === undefined) return response
    const headers = new Headers(response.headers)
    headers.set('cache-control', CONSUMER_CACHE_CONTROL)
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    })
  }
