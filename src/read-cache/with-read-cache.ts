import type { SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import { LRUCache } from 'lru-cache'
import { getPayload } from 'payload'

import { jsonBody } from '../api/request-body'
import { readCacheSettings } from '../settings/read-cache'
import { type ChangeWatcher, changeWatcher, type Checked } from './change-watcher'
import { Dependencies } from './dependencies'
import { DocumentStore, withSharedDocuments } from './document-cache'
import { type PublicRead, publicRead, readsBody } from './request-key'
import { readsAreTracked } from './track-reads'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

type Entry = Checked & {
  body: Buffer
  etag: string
  headers: [string, string][]
  watcher: ChangeWatcher
}

export const CACHE_HEADER = 'x-jusur-cache'

/** One store of documents per configuration: the REST and GraphQL handlers of an instance share it. */
const documentStores = new WeakMap<SanitizedConfig, DocumentStore>()

/**
 * Browsers and shared caches (a CDN) may keep a public answer but must ask again before
 * each use, and the answer to that is a 304 while the content holds: nobody is shown a
 * retracted report after its retraction. READ_CACHE_CDN_MAX_AGE lets shared caches, and
 * only them, serve it that many seconds without asking (src/settings/read-cache.ts).
 */
const publicCacheControl = (cdnMaxAge: number): string =>
  cdnMaxAge > 0
    ? `public, max-age=0, s-maxage=${cdnMaxAge}, must-revalidate`
    : 'public, max-age=0, must-revalidate'
/** Anything answered for a logged-in caller, or not cacheable, stays out of shared caches. */
const PRIVATE_CACHE_CONTROL = 'private, no-store'

/**
 * What a public answer depends on besides its URL (and body): the Origin (CORS headers),
 * the language (error messages; the language cookie counts too), for GraphQL the response
 * type accepted, and credentials, with which the same URL gets another, private answer.
 */
const varyOf = (read: PublicRead): string =>
  `${read.graphql ? 'Accept, ' : ''}Origin, Accept-Language, Authorization, Cookie`

/**
 * The published-read cache, around Payload's REST GET and GraphQL route
 * handlers (src/app/(payload)/api/…/route.ts). The reads it takes
 * (./request-key.ts) are answered by Payload as a request without any
 * credential, and then from memory while no public change logged since
 * (./generation.ts) affects what they were made of (./dependencies.ts,
 * ./change-watcher.ts); every answer carries
 * an ETag, `If-None-Match` gets a 304, `Cache-Control` and `Vary` let a CDN
 * keep it safely, and `X-Jusur-Cache` says HIT, MISS or BYPASS. Only 200
 * answers without GraphQL errors are kept. An answer not in memory is
 * computed with the documents other answers have read, where no change
 * affected them since (./document-cache.ts). Everything else goes to Payload as it came.
 */
export const withReadCache = <Rest extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Rest>,
): Handler<Rest> => {
  const settings = readCacheSettings()
  if (!settings.enabled) return handler
  const cache = new LRUCache<string, Entry>({
    maxSize: settings.maxBytes,
    sizeCalculation: (entry) => entry.body.length + 512,
  })
  const documentStore = (resolved: SanitizedConfig): DocumentStore => {
    let store = documentStores.get(resolved)
    if (!store) documentStores.set(resolved, (store = new DocumentStore(settings.documentBytes)))
    return store
  }

  const publicHeaders = (read: PublicRead) => ({
    cacheControl: publicCacheControl(settings.cdnMaxAge),
    vary: varyOf(read),
  })

  return async (request, ...rest) => {
    const resolved = await config
    // Read once for the whole request (../api/request-body.ts): the guard behind gets the same body,
    // and answers a body too large to read here.
    const body = readsBody(request) ? await jsonBody(request).catch(() => undefined) : undefined
    const read = publicRead(request, body, resolved.cookiePrefix ?? 'payload')
    // Payload is started (its job crons too) here, outside the shared documents' scope, which timers would otherwise inherit.
    const watcher = read
      ? changeWatcher(await getPayload({ config: resolved, cron: true }))
      : undefined
    const step = watcher ? await watcher.current() : null
    if (!read || !watcher || step === null) return bypass(await handler(request, ...rest))

    const cached = cache.get(read.key)
    if (cached?.watcher === watcher && watcher.stillGood(cached))
      return answer(cached, request, publicHeaders(read), 'HIT')

    const dependencies = new Dependencies()
    dependencies.anything = !readsAreTracked(new URL(read.request.url).pathname, resolved)
    const response = await withSharedDocuments(
      { dependencies, documents: documentStore(resolved), step, watcher },
      () => handler(read.request, ...rest),
    )
    // JSON, or GraphQL's own type of it (application/graphql-response+json) for clients that accept it.
    if (
      response.status !== 200 ||
      !/^application\/(?:graphql-response\+)?json\b/.test(
        response.headers.get('content-type') ?? '',
      )
    )
      return bypass(response)
    const bytes = Buffer.from(await response.arrayBuffer())
    // GraphQL reports errors with a 200; such an answer is not kept.
    if (read.graphql && bytes.includes('"errors":')) return bypass(new Response(bytes, response))
    const entry: Entry = {
      body: bytes,
      dependencies,
      etag: `"${crypto.createHash('sha1').update(bytes).digest('base64url')}"`,
      headers: [...response.headers.entries()].filter(
        ([name]) => !['content-length', 'set-cookie', 'etag', 'cache-control'].includes(name),
      ),
      madeAt: step,
      watcher,
    }
    cache.set(read.key, entry)
    return answer(entry, request, publicHeaders(read), 'MISS')
  }
}

const answer = (
  entry: Entry,
  request: Request,
  { cacheControl, vary }: { cacheControl: string; vary: string },
  state: 'HIT' | 'MISS',
): Response => {
  const headers = new Headers(entry.headers)
  headers.set('etag', entry.etag)
  headers.set('cache-control', cacheControl)
  headers.set('vary', vary)
  headers.set(CACHE_HEADER, state)
  if (matches(request.headers.get('if-none-match'), entry.etag))
    return new Response(null, { headers, status: 304 })
  return new Response(new Uint8Array(entry.body), { headers, status: 200 })
}

const bypass = (response: Response): Response => {
  const headers = new Headers(response.headers)
  if (!headers.has('cache-control')) headers.set('cache-control', PRIVATE_CACHE_CONTROL)
  headers.set(CACHE_HEADER, 'BYPASS')
  return new Response(response.body, {
    headers,
    status: response.status,
    statusText: response.statusText,
  })
}

/** `If-None-Match` holds the ETag (or `*`), weak or strong. */
const matches = (ifNoneMatch: null | string, etag: string): boolean =>
  ifNoneMatch !== null &&
  ifNoneMatch
    .split(',')
    .some((candidate) => ['*', etag].includes(candidate.trim().replace(/^W\//, '')))
