import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const BASE = 'http://localhost:3000/api'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

type Options = { body?: unknown; headers?: Record<string, string>; token?: string }

export type Json = Record<string, any>

export type Reply = { body: Json; status: number }

/**
 * Payload's REST and GraphQL route handlers (what Next.js mounts under /api),
 * called with real Request objects: Payload's whole HTTP layer runs, without
 * a server. They serve from the Payload instance cached for `config`.
 */
export const apiClient = (config: SanitizedConfig) => {
  const rest = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  const headersFor = ({ body, headers, token }: Options): Headers => {
    const result = new Headers(headers)
    if (body !== undefined) result.set('content-type', 'application/json')
    if (token) result.set('authorization', `JWT ${token}`)
    return result
  }

  const request = async (method: Method, path: string, options: Options = {}): Promise<Reply> => {
    const url = new URL(BASE + path)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const init: RequestInit = { headers: headersFor(options), method }
    if (options.body !== undefined) init.body = JSON.stringify(options.body)
    const response = await rest[method](new Request(url, init), {
      params: Promise.resolve({ slug }),
    })
    const text = await response.text()
    return { body: text ? (JSON.parse(text) as Json) : {}, status: response.status }
  }

  const graphql = async (
    query: string,
    options: Omit<Options, 'body'> & { variables?: Record<string, unknown> } = {},
  ) => {
    const response = await graphqlHandler(
      new Request(`${BASE}/graphql`, {
        body: JSON.stringify({ query, variables: options.variables }),
        headers: headersFor({ ...options, body: true }),
        method: 'POST',
      }),
    )
    return {
      body: (await response.json()) as { data?: Json; errors?: Json[] },
      status: response.status,
    }
  }

  const login = async (email: string, password: string): Promise<string> => {
    const { body, status } = await request('POST', '/users/login', { body: { email, password } })
    if (!body.token) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
    return body.token as string
  }

  return { graphql, login, request }
}

export type ApiClient = ReturnType<typeof apiClient>

const PASSWORD = 'editorial workflow test password'

export type Member = { id: number | string; token: string; user: Json }

/** Users by name: their roles, and any other fields of theirs (`extra`, e.g. a desk). */
export type StaffMap<Name extends string> = Record<Name, { extra?: Json; roles: string[] }>

/**
 * Creates one user per entry (`name: roles`) through the Local API and logs
 * each in through REST. `extra` adds fields to a user (e.g. a desk).
 */
export const createUsers = async <Name extends string>(
  payload: Payload,
  api: ApiClient,
  users: StaffMap<Name>,
): Promise<Record<Name, Member>> => {
  const members = {} as Record<Name, Member>
  for (const [name, { extra, roles }] of Object.entries(users) as [Name, StaffMap<Name>[Name]][]) {
    const email = `${name}@example.org`
    const user = (await (payload as unknown as { create: (args: Json) => Promise<Json> }).create({
      collection: 'users',
      data: { email, name, password: PASSWORD, roles, ...extra },
    })) as Json
    members[name] = {
      id: user.id,
      token: await api.login(email, PASSWORD),
      user: { ...user, collection: 'users' },
    }
  }
  return members
}
