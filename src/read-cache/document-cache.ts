import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'
import { LRUCache } from 'lru-cache'

import { parseDataloaderKey, requestDataloader, type RequestDataloader } from './payload-dataloader'

/**
 * The read cache's second tier: the documents under the answers. Payload
 * fetches every related document a GraphQL query (or a REST read with a
 * depth) shows through the request's dataloader, one key per document, locale
 * and depth. For the reads the answer cache takes (asked of Payload without
 * any credential, no drafts: ./request-key.ts), those loads are shared
 * between requests while the content generation stays the same, so an
 * answer not yet cached (another page, another query, another article about
 * the same events) is assembled from documents already read instead of
 * reading and traversing them again.
 *
 * Documents are kept as JSON text and parsed for each request that uses them:
 * Payload's rich-text resolvers populate the object they are given in place,
 * so no two requests may share one.
 */
export class DocumentStore {
  private readonly entries: LRUCache<string, { generation: string; json: string }>

  constructor(maxBytes: number) {
    // JSON of Arabic text is held as two bytes a character.
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.json.length * 2 + 256,
    })
  }

  get(key: string, generation: string): string | undefined {
    const entry = this.entries.get(key)
    return entry?.generation === generation ? entry.json : undefined
  }

  set(key: string, generation: string, doc: unknown): void {
    this.entries.set(key, { generation, json: JSON.stringify(doc ?? null) })
  }
}

type Scope = { documents: DocumentStore; generation: string }

const scopes = new AsyncLocalStorage<Scope>()

/** Runs `work` (an anonymous read the answer cache may keep) with the shared documents of `generation`. */
export const withSharedDocuments = <T>(
  documents: DocumentStore,
  generation: string,
  work: () => Promise<T>,
): Promise<T> => scopes.run({ documents, generation }, work)

type Loader = RequestDataloader & { [SHARED]?: true }

const SHARED = Symbol('jusur.sharedDocuments')

/**
 * Only what any anonymous reader would get may be shared: a document loaded
 * outside a transaction, under access control, without hidden fields or
 * drafts, from a collection whose changes move the generation on.
 */
const shareable = (key: string, collections: ReadonlySet<string>): boolean => {
  const { collection, draft, overrideAccess, showHiddenFields, transactionID } =
    parseDataloaderKey(key)
  return (
    !transactionID && !overrideAccess && !showHiddenFields && !draft && collections.has(collection)
  )
}

/** Puts the shared documents in front of this request's dataloader, once per request. */
const shareLoads = (
  req: PayloadRequest,
  { documents, generation }: Scope,
  collections: ReadonlySet<string>,
): void => {
  const loader = requestDataloader(req) as Loader | undefined
  if (!loader || loader[SHARED]) return
  const load = loader.load.bind(loader)
  const inThisRequest = new Map<string, Promise<unknown>>()
  loader[SHARED] = true
  loader.load = ((key: string) => {
    // Checked at each load: a request given a user later (a job acting as someone) shares nothing from then on.
    if (req.user || !shareable(key, collections)) return load(key)
    let pending = inThisRequest.get(key)
    if (!pending) {
      const json = documents.get(key, generation)
      pending =
        json !== undefined
          ? Promise.resolve(JSON.parse(json))
          : load(key).then((doc) => {
              documents.set(key, generation, doc)
              return doc
            })
      inThisRequest.set(key, pending)
    }
    return pending
  }) as Loader['load']
}

/**
 * The hook that turns the sharing on, run before every operation on the
 * collections `collections`: a request's documents are loaded by such an
 * operation (a find or find-by-id, or the dataloader's own finds), so the
 * first one puts the shared documents in place. It does nothing outside a
 * read the answer cache takes, nor for a request with a user (there is none
 * on that path: this is a second lock).
 */
export const shareDocumentsHook =
  (collections: ReadonlySet<string>): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    const scope = scopes.getStore()
    if (scope && !req.user) shareLoads(req, scope, collections)
    return args
  }
