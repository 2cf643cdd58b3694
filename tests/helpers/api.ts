import type { SanitizedConfig } from 'payload'

import type { PersistedQueryStore } from '../../src/api/persisted-query-store'

import { graphqlHandler as graphqlRoute, restHandlers } from '../../src/api/route-handlers'

const BASE = 'http://localhost:3000/api'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

type Options = { body?: unknown; form?: FormData; headers?: Record<string, string>; token?: string }

/**
 * Calls Jusur's REST and GraphQL route handlers (the ones Next.js mounts
 * under /api) with real Request objects: the whole HTTP layer of Payload runs,
 * without a server process.
 */
export const apiClient = (
  config: SanitizedConfig,
  { persistedQueries }: { persistedQueries?: PersistedQueryStore } = {},
) => {
  // The handlers src/app/(payload)/api/…/route.ts mounts (each client has its own read cache, as each app instance has);
  // GraphQL's one handler answers GET and POST.
  const rest = restHandlers(config)
  const graphqlHandler = graphqlRoute(config, { persistedQueries })

  const headersFor = ({ body, headers, token }: Options): Headers => {
    const result = new Headers(headers)
    if (body !== undefined) result.set('content-type', 'application/json')
    if (token) result.set('authorization', `JWT ${token}`)
    return result
  }

  const request = (
    method: Method,
    path: string,
    options: Options & { rawBody?: string } = {},
  ): Promise<Response> => {
    const url = new URL(BASE + path)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const init: RequestInit = { headers: headersFor(options), method }
    if (options.body !== undefined) init.body = JSON.stringify(options.body)
    // Bytes as a client sent them (malformed JSON, other content types): set content-type in headers.
    if (options.rawBody !== undefined) init.body = options.rawBody
    // A multipart upload: fetch sets the content type with its boundary.
    if (options.form) init.body = options.form
    return rest[method](new Request(url, init), { params: Promise.resolve({ slug }) })
  }

  /**
   * A GraphQL operation over POST (a JSON body) or GET (the query string, as GraphQL over
   * HTTP puts it: `query`, `variables`, `operationName` and `extensions`, the last three as
   * JSON). `rawBody` and `rawSearch` send bytes as a client sent them.
   */
  const graphql = async (
    query: string | undefined,
    options: Omit<Options, 'body'> & {
      extensions?: Record<string, unknown>
      method?: 'GET' | 'POST'
      operationName?: string
      rawBody?: string
      rawSearch?: string
      variables?: Record<string, unknown>
    } = {},
  ) => {
    const { extensions, method = 'POST', operationName, variables } = options
    const operation = { extensions, operationName, query, variables }
    let request: Request
    if (method === 'GET') {
      const url = new URL(`${BASE}/graphql`)
      for (const [name, value] of Object.entries(operation))
        if (value !== undefined)
          url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value))
      if (options.rawSearch !== undefined) url.search = options.rawSearch
      request = new Request(url, { headers: headersFor(options), method })
    } else {
      request = new Request(`${BASE}/graphql`, {
        body: options.rawBody ?? JSON.stringify(operation),
        headers: headersFor({ ...options, body: true }),
        method,
      })
    }
    const response = await graphqlHandler(request)
    // A 304 (the read cache, on If-None-Match) has no body.
    const text = await response.text()
    return {
      body: (text ? JSON.parse(text) : {}) as {
        data?: Record<string, any>
        errors?: { extensions?: Record<string, unknown>; message: string }[]
      },
      headers: response.headers,
      status: response.status,
    }
  }

  const login = async (email: string, password: string): Promise<string> => {
    const response = await request('POST', '/users/login', { body: { email, password } })
    const body = (await response.json()) as { token?: string }
    if (!body.token)
      throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(body)}`)
    return body.token
  }

  return { graphql, login, request }
}
