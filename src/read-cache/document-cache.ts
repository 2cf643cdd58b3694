import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { LRUCache } from 'lru-cache'

import type { ChangeLog, Checked } from './change-watcher'

import { Dependencies } from './dependencies'
import { type BatchLoads, documentDependencies } from './document-dependencies'
import { parseDataloaderKey, requestDataloader, type RequestDataloader } from './payload-dataloader'
import { type ReadScope, readScope, withReadScope } from './read-scope'

/**
 * The read cache's second tier: the documents under the answers. Payload
 * fetches every related document a GraphQL query (or a REST read with a
 * depth) shows through the request's dataloader, one key per document, locale
 * and depth. For the reads the answer cache takes (asked of Payload without
 * any credential, no drafts: ./request-key.ts), those loads are shared
 * between requests while no public change affects them, so an answer not yet
 * cached (another page, another query, another article about the same
 * events) is assembled from documents already read instead of reading and
 * traversing them again.
 *
 * A shared document obeys the answers' rule (./change-watcher.ts): it keeps
 * its own dependencies (./document-dependencies.ts: itself, and what the
 * population of its relations read, at every depth), and an answer made with
 * it depends on them too. So a change of one article drops the documents that
 * show it, not every document loaded beside them.
 *
 * Documents are kept as JSON text and parsed for each request that uses them:
 * Payload's rich-text resolvers populate the object they are given in place,
 * so no two requests may share one.
 */
type Stored = Checked & { json: string }

export class DocumentStore {
  private readonly entries: LRUCache<string, Stored>

  constructor(maxBytes: number) {
    // JSON of Arabic text is held as two bytes a character.
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.json.length * 2 + 256,
    })
  }

  get(key: string, log: ChangeLog): Stored | undefined {
    const entry = this.entries.get(key)
    if (entry && log.stillGood(entry)) return entry
    if (entry) this.entries.delete(key)
    return undefined
  }

  set(key: string, entry: Omit<Stored, 'json'>, doc: unknown): void {
    this.entries.set(key, { ...entry, json: JSON.stringify(doc ?? null) })
  }
}

/** Runs `work` (an anonymous read the answer cache may keep) in `scope`, with its shared documents. */
export const withSharedDocuments = withReadScope

type Loader = RequestDataloader & {
  [SHARED]?: true
  /** DataLoader's batch function (dataloader's own field, pinned by tests/int/payload-internals.int.spec.ts). */
  _batchLoadFn: (keys: readonly string[]) => Promise<unknown[]>
}

const SHARED = Symbol('jusur.sharedDocuments')

/**
 * Only what any anonymous reader would get may be shared: a document loaded
 * outside a transaction, under access control, without hidden fields or
 * drafts, from a collection whose changes are logged.
 */
const shareable = (key: string, collections: ReadonlySet<string>): boolean => {
  const { collection, draft, overrideAccess, showHiddenFields, transactionID } =
    parseDataloaderKey(key)
  return (
    !transactionID && !overrideAccess && !showHiddenFields && !draft && collections.has(collection)
  )
}

/**
 * Puts the shared documents in front of this request's dataloader, once per
 * request, and notes what each load depends on: a batch runs in a scope of
 * its own, whose reads and population loads are shared out among its
 * documents when it ends; every load of a key adds that document's
 * dependencies to its caller's (the answer), or hands them to the batch whose
 * population asked.
 */
const shareLoads = (
  req: PayloadRequest,
  scope: ReadScope,
  collections: ReadonlySet<string>,
): void => {
  const loader = requestDataloader(req) as Loader | undefined
  if (!loader || loader[SHARED]) return
  loader[SHARED] = true
  const load = loader.load.bind(loader)
  const batch = loader._batchLoadFn
  const dependenciesByKey = new Map<string, Dependencies>()
  /** The loads that each batch's population made, to be shared out among its documents when it ends. */
  const loadsOfBatch = new WeakMap<Dependencies, BatchLoads>()
  loader._batchLoadFn = async (keys) => {
    const direct = new Dependencies()
    const loads: BatchLoads = []
    loadsOfBatch.set(direct, loads)
    const docs = await withReadScope({ ...scope, dependencies: direct }, () => batch(keys))
    for (const [key, dependencies] of documentDependencies(keys, docs, direct, loads))
      dependenciesByKey.set(key, dependencies)
    return docs
  }
  const dependenciesOf = (key: string): Dependencies => {
    const found = dependenciesByKey.get(key)
    if (found) return found
    // Loaded some way this code does not know: anything may be in it.
    const unknown = new Dependencies()
    unknown.anything = true
    return unknown
  }
  const inThisRequest = new Map<string, Promise<{ dependencies: Dependencies; doc: unknown }>>()
  loader.load = ((key: string) => {
    const caller = readScope()?.dependencies
    const loaded = (doc: unknown) => ({ dependencies: dependenciesOf(key), doc })
    // Checked at each load: a request given a user later (a job acting as someone) shares nothing from then on.
    let pending: Promise<{ dependencies: Dependencies; doc: unknown }> | undefined
    if (req.user || !shareable(key, collections)) pending = load(key).then(loaded)
    else {
      pending = inThisRequest.get(key)
      if (!pending) {
        const stored = scope.documents.get(key, scope.watcher)
        pending = stored
          ? Promise.resolve({ dependencies: stored.dependencies, doc: JSON.parse(stored.json) })
          : load(key).then((doc) => {
              const found = loaded(doc)
              scope.documents.set(
                key,
                { dependencies: found.dependencies, madeAt: scope.step },
                doc,
              )
              return found
            })
        inThisRequest.set(key, pending)
      }
    }
    return pending.then(({ dependencies, doc }) => {
      const batchLoads = caller && loadsOfBatch.get(caller)
      if (batchLoads) batchLoads.push({ dependencies, doc, key })
      else caller?.addAll(dependencies)
      return doc
    })
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
    const scope = readScope()
    if (scope && !req.user) shareLoads(req, scope, collections)
    return args
  }
