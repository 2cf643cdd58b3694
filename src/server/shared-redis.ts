import type { Redis } from 'ioredis'

/**
 * The server's Redis connection (REDIS_URL), which ./rate-limit.ts opens at
 * start, with the deployment's key prefix (REDIS_KEY_PREFIX), for the other
 * parts of the process that share state between instances (the persisted
 * GraphQL queries, src/api/persisted-queries.ts). Shared through a
 * process-wide slot, as the rate limiters are: Next's bundle has its own copy
 * of this module, but the same global object. Undefined without REDIS_URL and
 * where no server started (tests, scripts).
 */
export type SharedRedis = { client: Redis; prefix: string }

const SHARED = Symbol.for('jusur.redis')
const slot = globalThis as typeof globalThis & { [SHARED]?: SharedRedis }

export const shareRedis = (shared: SharedRedis | undefined): void => {
  slot[SHARED] = shared
}

export const sharedRedis = (): SharedRedis | undefined => slot[SHARED]
