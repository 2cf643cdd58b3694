import type { SanitizedConfig } from 'payload'

import type { Bilingual } from '../lib/caller-language'

import { type PersistedQueryStore, sha256 } from './persisted-query-store'
import { jsonBody, requestWithText } from './request-body'
import { requestLanguage } from './request-guard'

/**
 * Automatic persisted queries, the protocol Apollo and urql clients speak: a
 * client sends `extensions: { persistedQuery: { version: 1, sha256Hash } }`
 * (in a POST body, or as the `extensions` parameter of a GET) and no query;
 * an unknown hash gets the standard `PersistedQueryNotFound` error (HTTP 200,
 * as the clients expect), upon which the client sends the hash with the
 * query. That query is checked against its hash (400 when they differ),
 * learnt, and run; from then on the hash alone runs it, over GET a short URL
 * that a CDN can keep (src/read-cache).
 *
 * This is the outermost layer of the GraphQL handler (./route-handlers.ts):
 * it turns a persisted query back into the request the client would have
 * sent with the query itself, without the persisted-query extension, so
 * that every layer behind it (the read cache's key and its checks, the
 * guard's refusal of mutations over GET, the budget, the cost rule) sees an
 * ordinary operation, whoever asks. The store (./persisted-query-store.ts)
 * holds query texts only, each under its own SHA-256: never an answer,
 * nothing of who registered it.
 */

export const PERSISTED_QUERY_NOT_FOUND = 'PersistedQueryNotFound'

export const PERSISTED_QUERY_MESSAGES = {
  badExtension: {
    ar: 'امتداد الاستعلام المحفوظ persistedQuery غير صالح: يأخذ version بقيمة 1 وبصمة sha256Hash من 64 خانة ست عشرية.',
    en: 'The persistedQuery extension is not valid: it takes version 1 and a sha256Hash of 64 hexadecimal digits.',
  },
  hashMismatch: {
    ar: 'بصمة sha256Hash لا تطابق الاستعلام المرسل.',
    en: 'The sha256Hash does not match the query sent.',
  },
} satisfies Record<string, Bilingual>

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A request's persisted query: what it names, the query sent with it, and the request to run once the query is known. */
type Sent = {
  persistedQuery: unknown
  query: string | undefined
  withQuery: (query: string) => Request
}

/** The other extensions, if any: the persisted query is this layer's alone. */
const otherExtensions = (extensions: Record<string, unknown>) => {
  const { persistedQuery: _, ...others } = extensions
  return Object.keys(others).length > 0 ? others : undefined
}

/**
 * The persisted query of a GraphQL request, or null for any other request
 * (without the extension, or malformed in a way the guard behind answers).
 */
const sentWith = async (request: Request): Promise<null | Sent> => {
  if (request.method === 'GET') {
    const url = new URL(request.url)
    let extensions: unknown
    try {
      extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null')
    } catch {
      return null
    }
    if (!isObject(extensions) || !('persistedQuery' in extensions)) return null
    return {
      persistedQuery: extensions.persistedQuery,
      query: url.searchParams.get('query') ?? undefined,
      withQuery: (query) => {
        const expanded = new URL(url)
        expanded.searchParams.set('query', query)
        const others = otherExtensions(extensions)
        if (others) expanded.searchParams.set('extensions', JSON.stringify(others))
        else expanded.searchParams.delete('extensions')
        return new Request(expanded, {
          headers: request.headers,
          method: 'GET',
          signal: request.signal,
        })
      },
    }
  }
  if (
    request.method !== 'POST' ||
    !/^application\/json\b/i.test(request.headers.get('content-type') ?? '')
  )
    return null
  // Read once (./request-body.ts): a body too large or malformed is the guard's to answer.
  const body = await jsonBody(request).catch(() => undefined)
  const value = body?.value
  if (!isObject(value) || !isObject(value.extensions) || !('persistedQuery' in value.extensions))
    return null
  const { extensions, query } = value
  if (query !== undefined && query !== null && typeof query !== 'string') return null
  return {
    persistedQuery: extensions.persistedQuery,
    query: query ?? undefined,
    withQuery: (known) =>
      requestWithText(
        request,
        JSON.stringify({ ...value, extensions: otherExtensions(extensions), query: known }),
      ),
  }
}

/** A refusal of this layer's own, kept out of every cache. */
const refusal = (status: number, message: string, code: string): Response =>
  Response.json(
    { errors: [{ extensions: { code }, message }] },
    { headers: { 'cache-control': 'private, no-store' }, status },
  )

type Handler = (request: Request) => Promise<Response>

/** Wraps the GraphQL handler with persisted queries, kept in `store`. */
export const withPersistedQueries =
  (
    config: Promise<SanitizedConfig> | SanitizedConfig,
    handler: Handler,
    store: PersistedQueryStore,
  ): Handler =>
  async (request) => {
    const sent = await sentWith(request)
    if (!sent) return handler(request)
    const language = requestLanguage(request, (await config).cookiePrefix)
    const { persistedQuery } = sent
    const hash = isObject(persistedQuery) ? persistedQuery.sha256Hash : undefined
    if (
      !isObject(persistedQuery) ||
      persistedQuery.version !== 1 ||
      typeof hash !== 'string' ||
      !/^[0-9a-f]{64}$/i.test(hash)
    )
      return refusal(
        400,
        PERSISTED_QUERY_MESSAGES.badExtension[language],
        'PERSISTED_QUERY_INVALID',
      )
    const key = hash.toLowerCase()
    let { query } = sent
    if (query !== undefined) {
      if (sha256(query) !== key)
        return refusal(
          400,
          PERSISTED_QUERY_MESSAGES.hashMismatch[language],
          'PERSISTED_QUERY_HASH_MISMATCH',
        )
      await store.set(key, query)
    } else {
      query = await store.get(key)
      if (query === undefined)
        return refusal(200, PERSISTED_QUERY_NOT_FOUND, 'PERSISTED_QUERY_NOT_FOUND')
    }
    return handler(sent.withQuery(query))
  }
