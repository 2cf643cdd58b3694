import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { inCallerLanguage } from '../../../src/lib/caller-language'
import {
  clientAddress,
  isRefusal,
  type Limiters,
  retryAfterSeconds,
  sharedLimiters,
  tooManyRequests,
} from '../../../src/server/rate-limiters'

type Count = [limiter: RateLimiterAbstract, key: string]

/**
 * The counters one login attempt is charged to: the client's address over all
 * accounts, the account from that address, and the account from anywhere.
 */
const loginCounts = (limiters: Limiters, req: PayloadRequest, data: unknown): Count[] => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const name = typeof email === 'string' ? email : typeof username === 'string' ? username : ''
  // As Payload looks the account up.
  const account = name.trim().toLowerCase()
  const address = clientAddress(req)
  return [
    [limiters.loginPerIp, address],
    [limiters.loginPerIpAndEmail, `${address}|${account}`],
    [limiters.loginPerEmail, account],
  ]
}

/**
 * Charges one attempt to each counter, or refuses it with a 429, Retry-After and a message
 * in the caller's language; a refused attempt is taken back from the counters it was charged to.
 */
const charge = async (req: PayloadRequest, counts: Count[]): Promise<void> => {
  for (const [index, [limiter, key]] of counts.entries()) {
    try {
      await limiter.consume(key)
    } catch (rejection) {
      if (!isRefusal(rejection)) throw rejection
      await Promise.all(
        counts.slice(0, index).map(([charged, chargedKey]) => charged.reward(chargedKey, 1)),
      )
      const seconds = retryAfterSeconds(rejection)
      req.responseHeaders = new Headers(req.responseHeaders)
      req.responseHeaders.set('Retry-After', String(seconds))
      throw new APIError(inCallerLanguage(req, tooManyRequests(seconds)), 429, null, true)
    }
  }
}

/**
 * Login and password-reset limits inside Payload's operations (README: Security),
 * so that every way in (REST with any body, GraphQL, the Local API) is counted
 * alike. A login is charged before Payload checks it, so that a burst of
 * parallel guesses is counted as it arrives; a successful one is then taken
 * back (afterOperation runs only on success), and resets its account's count
 * for its address. What remains counted are failures.
 */
export const limitAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const limiters = sharedLimiters()
  if (operation === 'login')
    await charge(req, loginCounts(limiters, req, (args as { data?: unknown }).data))
  if (operation === 'forgotPassword' || operation === 'resetPassword') {
    await charge(req, [[limiters.passwordResetPerIp, clientAddress(req)]])
  }
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'login') return result
  const [perAddress, perAddressAndAccount, perAccount] = loginCounts(
    sharedLimiters(),
    req,
    (args as { data?: unknown }).data,
  )
  await Promise.all([
    perAddress[0].reward(perAddress[1], 1),
    perAddressAndAccount[0].delete(perAddressAndAccount[1]),
    perAccount[0].reward(perAccount[1], 1),
  ])
  return result
}
