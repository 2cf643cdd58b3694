/**
 * A small typed GraphQL client for Jusur's public API, with no dependency
 * beyond `fetch` and Web Crypto (browsers, Node 18+, edge runtimes). Each
 * query goes out as GraphQL over GET with an automatic persisted query: the
 * SHA-256 of its text first, the text itself only when the server does not
 * know it yet. The URL is short and the same for every reader, so that
 * browsers and a CDN in front of Jusur can keep the answer
 * (docs/consumers.md). Mutations are not this client's business.
 */
import type { TypedDocumentString } from './gql/graphql'

export type JusurClientOptions = {
  /** Jusur's address, e.g. `https://cms.example.org`. */
  url: string
  /** A consumer key (docs/consumers.md); without one the reads are anonymous. */
  apiKey?: string
  /** Another fetch (tests, a framework's own); the global one by default. */
  fetch?: (request: Request) => Promise<Response>
}

type GraphQLError = { message: string; extensions?: Record<string, unknown> }

/** A GraphQL answer with errors, or an HTTP failure, with what the server said. */
export class JusurError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLError[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`)
    this.name = 'JusurError'
  }
}

const PERSISTED_QUERY_NOT_FOUND = 'PersistedQueryNotFound'

const sha256Hex = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export const createJusurClient = ({
  apiKey,
  fetch = globalThis.fetch,
  url,
}: JusurClientOptions) => {
  const endpoint = new URL('/api/graphql', url)
  const headers: Record<string, string> = { accept: 'application/json' }
  // The header Payload reads an API key from: `<collection> API-Key <key>`.
  if (apiKey) headers.authorization = `consumers API-Key ${apiKey}`

  const get = async (params: Record<string, unknown>) => {
    const target = new URL(endpoint)
    for (const [name, value] of Object.entries(params))
      if (value !== undefined)
        target.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value))
    const response = await fetch(new Request(target, { headers, method: 'GET' }))
    const body = (await response.json().catch(() => ({}))) as {
      data?: unknown
      errors?: GraphQLError[]
    }
    return { body, status: response.status }
  }

  /** Runs a query; its result and variables are typed by the document. */
  const query = async <Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    ...[variables]: Record<string, never> extends Variables ? [Variables?] : [Variables]
  ): Promise<Result> => {
    const text = document.toString()
    const extensions = { persistedQuery: { sha256Hash: await sha256Hex(text), version: 1 } }
    let { body, status } = await get({ extensions, variables })
    if (body.errors?.some((error) => error.message === PERSISTED_QUERY_NOT_FOUND))
      ({ body, status } = await get({ extensions, query: text, variables }))
    if (status !== 200 || body.errors?.length || body.data === undefined)
      throw new JusurError(status, body.errors ?? [])
    return body.data as Result
  }

  return { query }
}
