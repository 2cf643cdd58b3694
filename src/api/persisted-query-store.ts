import crypto from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { LRUCache } from 'lru-cache'

import { type SharedRedis, sharedRedis } from '../server/shared-redis'
import { type PersistedQuerySettings, persistedQuerySettings } from '../settings/persisted-queries'

/** Where persisted GraphQL queries (./persisted-queries.ts) are kept, by their SHA-256 (lower-case hex). */
export type PersistedQueryStore = {
  get: (hash: string) => Promise<string | undefined>
  set: (hash: string, query: string) => Promise<void>
}

/** The longest a Redis command may take before the store goes on without it. */
const REDIS_TIMEOUT_MS = 250

/** Larger queries are learnt by each instance alone: Redis is shared, and anyone may register a query. */
export const MAX_SHARED_QUERY_BYTES = 16 * 1024

export const sha256 = (text: string): string =>
  crypto.createHash('sha256').update(text).digest('hex')

/** `promise`'s value, or undefined if it fails or takes longer than `ms`. */
const within = async <T>(promise: Promise<T>, ms: number): Promise<T | undefined> => {
  const cancel = new AbortController()
  const timeout = delay(ms, undefined, { ref: false, signal: cancel.signal }).catch(() => undefined)
  try {
    return await Promise.race([promise.catch(() => undefined), timeout])
  } finally {
    cancel.abort()
  }
}

/** Fractional milliseconds: registrations a moment apart keep their order. */
const now = () => performance.timeOrigin + performance.now()

/**
 * The queries an instance knows: in memory, the least recently used dropped
 * past `maxBytes`; with the server's Redis (../server/shared-redis.ts), also
 * those other instances learnt. Anyone may register a query, so Redis holds
 * at most `sharedEntries` of them, each of at most MAX_SHARED_QUERY_BYTES
 * (a hash of the queries, and a sorted set of when each was last registered
 * or fetched, from which the oldest go). Redis unreachable or slow, each
 * instance knows what it learnt itself, and a client meets one
 * `PersistedQueryNotFound` per instance and query, which it answers by
 * sending the query.
 */
export const persistedQueryStore = (
  { maxBytes, sharedEntries }: PersistedQuerySettings = persistedQuerySettings(),
  redis: () => SharedRedis | undefined = sharedRedis,
): PersistedQueryStore => {
  const memory = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (query) => query.length * 2 + 128,
  })
  const keys = ({ prefix }: SharedRedis) => ({
    queries: `${prefix}:apq:queries`,
    used: `${prefix}:apq:used`,
  })

  const fetchShared = async (shared: SharedRedis, hash: string) => {
    const { queries, used } = keys(shared)
    const replies = await within(
      shared.client.multi().hget(queries, hash).zadd(used, 'XX', now(), hash).exec(),
      REDIS_TIMEOUT_MS,
    )
    const query = replies?.[0]?.[1]
    // What Redis holds is checked like what a client sends.
    return typeof query === 'string' && sha256(query) === hash ? query : undefined
  }

  const share = async (shared: SharedRedis, hash: string, query: string) => {
    const { queries, used } = keys(shared)
    const replies = await within(
      shared.client.multi().hset(queries, hash, query).zadd(used, now(), hash).zcard(used).exec(),
      REDIS_TIMEOUT_MS,
    )
    const excess = Number(replies?.[2]?.[1] ?? 0) - sharedEntries
    if (excess <= 0) return
    // Instances trimming at once may drop a few more than needed: they are registered again.
    const oldest = await within(shared.client.zpopmin(used, excess), REDIS_TIMEOUT_MS)
    const hashes = (oldest ?? []).filter((_, i) => i % 2 === 0)
    if (hashes.length > 0) await within(shared.client.hdel(queries, ...hashes), REDIS_TIMEOUT_MS)
  }

  return {
    get: async (hash) => {
      const known = memory.get(hash)
      if (known !== undefined) return known
      const shared = redis()
      const query = shared && (await fetchShared(shared, hash))
      if (query !== undefined) memory.set(hash, query)
      return query
    },
    set: async (hash, query) => {
      memory.set(hash, query)
      const shared = redis()
      if (shared && Buffer.byteLength(query) <= MAX_SHARED_QUERY_BYTES)
        await share(shared, hash, query)
    },
  }
}
