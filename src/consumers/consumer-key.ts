import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { Bilingual } from '../lib/caller-language'

export const CONSUMERS_SLUG = 'consumers'
export const CONSUMER_USAGE_SLUG = 'consumer-usage'

/**
 * How a consumer's key is sent, as Payload's API-key strategy reads it
 * (payload/dist/auth/strategies/apiKey.js): the Authorization header, starting
 * exactly with `<collection slug> API-Key `, the key being the rest.
 */
const KEY_PREFIX = `${CONSUMERS_SLUG} API-Key `

/**
 * The consumer key a request carries, as Payload would take it; undefined if it
 * carries none. Any Authorization naming the scheme, in any case, is an attempt
 * at one: spelled otherwise than Payload reads it, its key is '' (refused), so
 * that a mistyped key is told so instead of being answered as anonymous.
 */
export const consumerKeyOf = (request: Request): string | undefined => {
  const header = request.headers.get('authorization')
  if (header === null || !/^\s*consumers\s+api-key\b/i.test(header)) return undefined
  return header.startsWith(KEY_PREFIX) ? header.slice(KEY_PREFIX.length) : ''
}

export type Consumer = { id: number | string; rateLimit: null | number }

export type KeyVerdict =
  { consumer: Consumer } | { refusal: 'originNotAllowed' | 'unknownKey'; status: 401 | 403 }

export const KEY_MESSAGES = {
  originNotAllowed: {
    ar: 'هذا المفتاح لا يُقبل من هذا الأصل (Origin).',
    en: 'This key is not accepted from this origin.',
  },
  unknownKey: {
    ar: 'مفتاح المستهلك غير صالح أو ملغى أو معطَّل.',
    en: 'The consumer key is not valid, revoked or disabled.',
  },
} satisfies Record<string, Bilingual>

type Row = { allowedOrigins?: null | string[]; enabled?: boolean | null; id: number | string }

/**
 * Checks a key against the database on every request, so that a key rotated,
 * disabled or deleted stops working at once on every instance: Payload keeps an
 * HMAC-SHA256 of each key under the server's secret (`apiKeyIndex`, indexed),
 * looked up here as its API-key strategy does. The consumer must be enabled; if
 * it lists origins, the request's Origin must be one of them (a request without
 * one is refused: a restricted key is a browser's).
 */
export const verifyConsumerKey = async (
  payload: Payload,
  key: string,
  origin: null | string,
): Promise<KeyVerdict> => {
  const unknown = { refusal: 'unknownKey', status: 401 } as const
  if (key === '') return unknown
  const index = crypto.createHmac('sha256', payload.secret).update(key).digest('hex')
  const { docs } = await payload.find({
    collection: CONSUMERS_SLUG,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { allowedOrigins: true, enabled: true, rateLimit: true },
    where: { apiKeyIndex: { equals: index } },
  })
  const found = docs[0] as (Row & { rateLimit?: null | number }) | undefined
  if (!found || found.enabled !== true) return unknown
  const origins = found.allowedOrigins ?? []
  if (origins.length > 0 && (origin === null || !origins.includes(origin)))
    return { refusal: 'originNotAllowed', status: 403 }
  return { consumer: { id: found.id, rateLimit: found.rateLimit ?? null } }
}
