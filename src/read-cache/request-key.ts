import crypto from 'node:crypto'

import { type JsonBody, requestWithText } from '../api/request-body'
import { requestLanguage } from '../api/request-guard'

/**
 * A read the cache takes: the request Payload answers in the caller's place,
 * the key its answer is kept under, and whether it is a GraphQL operation
 * (whose errors come with a 200, and whose answer's type follows Accept).
 */
export type PublicRead = { graphql: boolean; key: string; request: Request }

/** Where GraphQL is served (Payload's default routes, which the config keeps). */
const GRAPHQL_PATH = '/api/graphql'

/**
 * Which requests the read cache takes, and what Payload is asked for them.
 *
 * Anonymous by construction: a request the cache takes never reaches Payload.
 * Payload gets a new one with the same method and only what the key holds:
 * for a GET, its path and query string; for a GraphQL POST, its path and
 * query string and a body rebuilt from the operation (query, variables,
 * operation name, nothing else of what was sent); and only the headers of
 * `forwardedHeaders`, none of which can carry a credential (no Cookie, no
 * Authorization, nothing Payload's auth strategies or CSRF check read). What
 * is computed and kept is what anyone would get, whoever asked. The key is
 * that request normalized: path, sorted query parameters, the GraphQL
 * document with its white space collapsed, variables with sorted keys, and
 * every forwarded header.
 *
 * Which requests are taken is a liberal check in front of that: any
 * Authorization header, or a cookie named like the login cookie (trimmed, in
 * any case), goes around the cache to Payload untouched, so that staff get
 * their own answers, drafts included. A spelling it misses only gets the
 * public answer. Also around: the accounts API, files (byte ranges), GraphQL
 * mutations and bodies not sent as JSON, and anything that mentions drafts,
 * whatever access would say.
 */
export const publicRead = (
  request: Request,
  body: JsonBody | undefined,
  cookiePrefix: string,
): null | PublicRead => {
  if (mayCarryCredentials(request, cookiePrefix)) return null
  const url = new URL(request.url)
  const graphql = url.pathname === GRAPHQL_PATH
  const headers = forwardedHeaders(request, cookiePrefix)
  const params = sortedParams(url.searchParams)
  if (request.method === 'GET') {
    if (/^\/api\/users(\/|$)|^\/api\/[^/]+\/file\//.test(url.pathname) || mentionsDraft(url.search))
      return null
    if (graphql) {
      if (mentionsMutation(url.searchParams.get('query') ?? '')) return null
      headers.set('accept', graphQLAccept(request))
    }
    return {
      graphql,
      key: digest(['GET', url.pathname, params, [...headers]]),
      request: new Request(url, { headers, method: 'GET', signal: request.signal }),
    }
  }
  if (body !== undefined && readsBody(request)) {
    const operation = graphQLOperation(body)
    if (
      !operation ||
      mentionsMutation(operation.query) ||
      mentionsDraft(url.search) ||
      mentionsDraft(operation.query) ||
      mentionsDraft(JSON.stringify(operation.variables ?? {}))
    )
      return null
    headers.set('content-type', 'application/json')
    headers.set('accept', graphQLAccept(request))
    return {
      graphql: true,
      key: digest([
        'POST',
        url.pathname,
        params,
        operation.query.replace(/\s+/g, ' ').trim(),
        sortedKeys(operation.variables),
        sortedKeys(operation.operationName),
        [...headers],
      ]),
      request: requestWithText(request, JSON.stringify(operation), { headers, url }),
    }
  }
  return null
}

/**
 * GraphQL over HTTP answers refusals with 400 to a client that accepts
 * `application/graphql-response+json` and with 200 to one that accepts only
 * `application/json`: the one of the two the caller accepts, as one word.
 */
const graphQLAccept = (request: Request): string =>
  /application\/graphql-response\+json/i.test(request.headers.get('accept') ?? '')
    ? 'application/graphql-response+json'
    : 'application/json'

/** A cookie Payload could take for its login cookie (it trims names; case is ignored here too). */
const isLoginCookie = (cookie: string, cookiePrefix: string): boolean =>
  cookie.split('=')[0]!.trim().toLowerCase() === `${cookiePrefix}-token`.toLowerCase()

/** An Authorization header of any kind, or a cookie Payload could take for its login cookie. */
const mayCarryCredentials = (request: Request, cookiePrefix: string): boolean =>
  request.headers.has('authorization') ||
  (request.headers.get('cookie') ?? '')
    .split(/[;,]/)
    .some((cookie) => isLoginCookie(cookie, cookiePrefix))

/**
 * The same request without anything `mayCarryCredentials` looks for: no
 * Authorization header, no cookie that could be the login cookie (the others,
 * the language's, stay). What a verified consumer key is answered as
 * (src/api/fair-limits.ts): an anonymous request, which the read cache takes.
 */
export const withoutCredentials = (request: Request, cookiePrefix: string): Request => {
  const headers = new Headers(request.headers)
  headers.delete('authorization')
  const cookies = (request.headers.get('cookie') ?? '')
    .split(/[;,]/)
    .filter((cookie) => cookie.trim() !== '' && !isLoginCookie(cookie, cookiePrefix))
  if (cookies.length > 0) headers.set('cookie', cookies.map((cookie) => cookie.trim()).join('; '))
  else headers.delete('cookie')
  return new Request(request.url, {
    body: request.body,
    // A streamed body (undici asks to be told it is sent half-duplex).
    ...(request.body ? { duplex: 'half' } : {}),
    headers,
    method: request.method,
    signal: request.signal,
  } as RequestInit)
}

/** The only headers Payload sees on the cached path. */
const forwardedHeaders = (request: Request, cookiePrefix: string): Headers => {
  const headers = new Headers({
    // The caller's language (its language cookie, else Accept-Language) as one word: the language of error messages.
    'accept-language': requestLanguage(request, cookiePrefix),
    // Payload's development auto-login is the one way to a user without a credential: off.
    disableautologin: 'true',
  })
  // The answer's CORS headers depend on it; without a cookie it authorizes nothing.
  const origin = request.headers.get('origin')
  if (origin !== null) headers.set('origin', origin)
  return headers
}

const isJson = (request: Request): boolean =>
  /^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')

/** Whether publicRead needs the body (as JSON, from ../api/request-body.ts): a POST sent as JSON; other bodies are not read here. */
export const readsBody = (request: Request): boolean => request.method === 'POST' && isJson(request)

const mentionsDraft = (text: string): boolean => /draft/i.test(text)

const mentionsMutation = (query: string): boolean => /\bmutation\b/.test(query)

const sortedParams = (params: URLSearchParams): [string, string][] =>
  [...params.entries()].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))

/** A body's operation as sent (graphql-http refuses what is not a string or an object, with or without the cache). */
const graphQLOperation = (
  body: JsonBody,
): null | { operationName?: unknown; query: string; variables?: unknown } => {
  const parsed = body.value as
    undefined | { operationName?: unknown; query?: unknown; variables?: unknown }
  if (typeof parsed?.query !== 'string') return null
  return {
    operationName: parsed.operationName,
    query: parsed.query,
    variables: parsed.variables,
  }
}

/** The same value with object keys in order, so that key order never splits the cache. */
const sortedKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
    )
  }
  return value ?? null
}

const digest = (parts: unknown[]): string =>
  crypto.createHash('sha256').update(JSON.stringify(parts)).digest('base64url')
