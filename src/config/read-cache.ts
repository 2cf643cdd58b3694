/**
 * The published-read cache (src/read-cache), from the environment:
 * READ_CACHE=off turns it off; READ_CACHE_MAX_MB bounds the memory its
 * answers take in each app instance (64 MB by default).
 */
export type ReadCacheSettings = { enabled: boolean; maxBytes: number }

export const readCacheSettings = (env: Record<string, string | undefined> = process.env): ReadCacheSettings => {
  const megabytes = Number(env.READ_CACHE_MAX_MB)
  return {
    enabled: env.READ_CACHE !== 'off',
    maxBytes: (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 64) * 2 ** 20,
  }
}
