import crypto from 'node:crypto'

/**
 * Which requests the read cache may answer, and under which key. Only
 * anonymous reads: no Authorization header and no login cookie (staff see
 * drafts); REST GETs outside the accounts API, and GraphQL queries (never a
 * mutation). Nothing that mentions drafts, whatever access would say. The key
 * is the request normalized: path, sorted query parameters, the GraphQL
 * document with its white space collapsed, variables with sorted keys, and
 * the Origin (the CORS headers of the answer depend on it).
 */
export const cacheKeyOf = (request: Request, body: string | undefined, cookiePrefix: string): null | string => {
  if (isAuthenticated(request, cookiePrefix)) return null
  const url = new URL(request.url)
  const origin = request.headers.get('origin') ?? ''
  if (request.method === 'GET') {
    if (/^\/api\/users(\/|$)/.test(url.pathname) || mentionsDraft(url.search)) return null
    const params = [...url.searchParams.entries()].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    return digest(['GET', url.pathname, params, origin])
  }
  if (request.method === 'POST' && body !== undefined) {
    const operation = graphQLOperation(body)
    if (!operation || /\bmutation\b/.test(operation.query) || mentionsDraft(operation.query) || mentionsDraft(JSON.stringify(operation.variables ?? {}))) return null
    return digest(['POST', url.pathname, operation.query.replace(/\s+/g, ' ').trim(), sortedKeys(operation.variables), operation.operationName ?? null, origin])
  }
  return null
}

const isAuthenticated = (request: Request, cookiePrefix: string): boolean =>
  request.headers.has('authorization') || new RegExp(`(?:^|;\\s*)${cookiePrefix}-token=`).test(request.headers.get('cookie') ?? '')

const mentionsDraft = (text: string): boolean => /draft/i.test(text)

const graphQLOperation = (body: string): null | { operationName?: string; query: string; variables?: unknown } => {
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown; query?: unknown; variables?: unknown }
    if (typeof parsed?.query !== 'string') return null
    return { operationName: typeof parsed.operationName === 'string' ? parsed.operationName : undefined, query: parsed.query, variables: parsed.variables }
  } catch {
    return null
  }
}

/** The same value with object keys in order, so that key order never splits the cache. */
const sortedKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]))
  }
  return value ?? null
}

const digest = (parts: unknown[]): string => crypto.createHash('sha256').update(JSON.stringify(parts)).digest('base64url')
