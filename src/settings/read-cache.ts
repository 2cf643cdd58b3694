/**
 * The published-read cache (src/read-cache), from the environment:
 * READ_CACHE=off turns it off; READ_CACHE_MAX_MB bounds the memory its
 * answers take in each app instance (64 MB by default), and
 * READ_CACHE_DOCUMENTS_MB that of the documents they are made of (32 MB).
 */
export type ReadCacheSettings = { documentBytes: number; enabled: boolean; maxBytes: number }

const megabytes = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return (Number.isFinite(parsed) && parsed > 0 ? parsed : fallback) * 2 ** 20
}

export const readCacheSettings = (
  env: Record<string, string | undefined> = process.env,
): ReadCacheSettings => ({
  documentBytes: megabytes(env.READ_CACHE_DOCUMENTS_MB, 32),
  enabled: env.READ_CACHE !== 'off',
  maxBytes: megabytes(env.READ_CACHE_MAX_MB, 64),
})
