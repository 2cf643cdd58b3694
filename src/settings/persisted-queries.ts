/**
 * Persisted GraphQL queries (src/api/persisted-query-store.ts), from the
 * environment: PERSISTED_QUERIES_MB bounds the memory the queries an instance
 * has learnt take (4 MB by default, counting two bytes a character: a few
 * thousand queries); with REDIS_URL, PERSISTED_QUERIES_SHARED bounds how many
 * Redis keeps for all instances (2,000 by default). In both, the least
 * recently used go first, and a client whose query was dropped sends it again.
 */
export type PersistedQuerySettings = { maxBytes: number; sharedEntries: number }

const positive = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const persistedQuerySettings = (
  env: Record<string, string | undefined> = process.env,
): PersistedQuerySettings => ({
  maxBytes: positive(env.PERSISTED_QUERIES_MB, 4) * 2 ** 20,
  sharedEntries: Math.floor(positive(env.PERSISTED_QUERIES_SHARED, 2000)),
})
