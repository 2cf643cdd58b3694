/**
 * The published-read cache (src/read-cache), from the environment:
 * READ_CACHE=off turns it off; READ_CACHE_MAX_MB bounds the memory its
 * answers take in each app instance (64 MB by default), and
 * READ_CACHE_DOCUMENTS_MB that of the documents they are made of (32 MB).
 * READ_CACHE_CDN_MAX_AGE (seconds, 0 by default, at most
 * MAX_CDN_MAX_AGE_SECONDS) lets shared caches such as a CDN serve a public
 * answer that long without asking again: the longest a CDN may go on showing
 * a report after it changed or was retracted.
 */
export type ReadCacheSettings = {
  cdnMaxAge: number
  documentBytes: number
  enabled: boolean
  maxBytes: number
}

export const MAX_CDN_MAX_AGE_SECONDS = 60

const megabytes = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return (Number.isFinite(parsed) && parsed > 0 ? parsed : fallback) * 2 ** 20
}

const seconds = (value: string | undefined): number => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? Math.min(parsed, MAX_CDN_MAX_AGE_SECONDS) : 0
}

export const readCacheSettings = (
  env: Record<string, string | undefined> = process.env,
): ReadCacheSettings => ({
  cdnMaxAge: seconds(env.READ_CACHE_CDN_MAX_AGE),
  documentBytes: megabytes(env.READ_CACHE_DOCUMENTS_MB, 32),
  enabled: env.READ_CACHE !== 'off',
  maxBytes: megabytes(env.READ_CACHE_MAX_MB, 64),
})
