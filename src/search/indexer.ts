import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  NotFound,
} from 'payload'

import { readInAllLocales } from '../hooks/read-in-all-locales'
import { bumpGeneration } from '../read-cache/generation'
import { analyzerVersion } from './analyzer-version'
import { mongoStore } from './mongo-store'
import { postgresStore } from './postgres-store'
import { type IndexRow, rowsFor } from './rows'
import { SEARCH_COLLECTIONS, type SearchCollection, type StoredDoc } from './sources'
import { sqliteStore } from './sqlite-store'
import type { SearchStore } from './store'

const stores = new WeakMap<Payload, SearchStore>()

/** The search index of the database Payload is connected to. */
export const searchStoreFor = (payload: Payload): SearchStore => {
  let store = stores.get(payload)
  if (!store) {
    const make = { mongoose: mongoStore, postgres: postgresStore, sqlite: sqliteStore }[
      payload.db.name
    ]
    if (!make) throw new Error(`search: no index for the ${payload.db.name} adapter`)
    stores.set(payload, (store = make(payload)))
  }
  return store
}

const hasDrafts = (payload: Payload, collection: CollectionSlug): boolean =>
  Boolean(payload.collections[collection]?.config.versions?.drafts)

/** Rows made for one audience, given to the other: the text is the same, so it is processed once. */
const forStaff = (rows: IndexRow[]): IndexRow[] =>
  rows.map((row) => ({ ...row, visibility: 'staff' }))

/**
 * The rows of a document: for the public, its published version (none while
 * it is unpublished); for staff, its latest draft. A collection without drafts
 * shows both audiences the same document.
 */
const documentRows = (
  collection: SearchCollection,
  published: StoredDoc | undefined,
  latest: StoredDoc | undefined,
  drafts: boolean,
): IndexRow[] => {
  const isPublic = Boolean(published) && (!drafts || published!._status === 'published')
  const publicRows = isPublic ? rowsFor(collection, published!, 'public') : []
  if (latest) return [...publicRows, ...rowsFor(collection, latest, 'staff')]
  if (!published) return publicRows
  return [
    ...publicRows,
    ...(isPublic ? forStaff(publicRows) : rowsFor(collection, published, 'staff')),
  ]
}

/**
 * Brings one document's rows up to date, reading it back as stored, inside the
 * request's transaction (so that a save rolled back leaves no trace in the index).
 */
export const indexDocument = async (
  req: PayloadRequest,
  collection: SearchCollection,
  id: number | string,
): Promise<void> => {
  const drafts = hasDrafts(req.payload, collection)
  const read = (draft: boolean) =>
    readInAllLocales<StoredDoc>(req, collection, id, { draft }).catch((error: unknown) => {
      if (error instanceof NotFound) return undefined
      throw error
    })
  const published = await read(false)
  const latest = drafts && published ? await read(true) : undefined
  await searchStoreFor(req.payload).replace(
    collection,
    String(id),
    documentRows(collection, published, latest, drafts),
    req,
  )
}

export const removeDocument = async (
  req: PayloadRequest,
  collection: SearchCollection,
  id: number | string,
): Promise<void> => searchStoreFor(req.payload).replace(collection, String(id), [], req)

/**
 * The rows a document brings to the index, from what is stored of it rather
 * than from a read (an import has it at hand): `stored` is the collection's
 * row, or, with `latestDraft`, its latest version (the one marked `latest`).
 * The same rows as {@link rebuildSearchIndex} makes.
 */
export const storedRows = (
  payload: Payload,
  collection: SearchCollection,
  stored: StoredDoc,
  kind: 'document' | 'latestDraft',
): IndexRow[] => {
  const drafts = hasDrafts(payload, collection)
  if (kind === 'latestDraft') return drafts ? rowsFor(collection, stored, 'staff') : []
  // With drafts, the staff rows come from the latest draft instead.
  if (drafts) return stored._status === 'published' ? rowsFor(collection, stored, 'public') : []
  return documentRows(collection, stored, undefined, false)
}

const PAGE = 500

/** Every page of a collection as stored, in all languages: published versions, or the latest drafts. */
async function* pagesOf(
  req: PayloadRequest,
  collection: SearchCollection,
  draft: boolean,
): AsyncGenerator<StoredDoc[]> {
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection,
      depth: 0,
      draft,
      limit: PAGE,
      locale: 'all',
      page,
      req,
      sort: 'id',
    })
    yield result.docs as unknown as StoredDoc[]
    if (!result.hasNextPage) return
  }
}

/**
 * Rebuilds the whole index from the stored documents, in one transaction
 * (where the database has them), and records the analyzer version it was
 * built with: safe to run again at any time. Returns how many rows each
 * collection has.
 */
export const rebuildSearchIndex = async (
  payload: Payload,
): Promise<Record<SearchCollection, number>> => {
  const store = searchStoreFor(payload)
  const req = await createLocalReq({}, payload)
  const counts = {} as Record<SearchCollection, number>
  const started = await initTransaction(req)
  try {
    await store.clear(req)
    for (const collection of SEARCH_COLLECTIONS) {
      counts[collection] = 0
      const drafts = hasDrafts(payload, collection)
      for await (const docs of pagesOf(req, collection, false)) {
        // With drafts, staff rows come from the latest drafts, read next.
        const rows = docs.flatMap((doc) => storedRows(payload, collection, doc, 'document'))
        await store.insert(rows, req)
        counts[collection] += rows.length
      }
      if (!drafts) continue
      for await (const docs of pagesOf(req, collection, true)) {
        const rows = docs.flatMap((doc) => storedRows(payload, collection, doc, 'latestDraft'))
        await store.insert(rows, req)
        counts[collection] += rows.length
      }
    }
    await store.builtWith?.write(analyzerVersion(), req)
    await store.optimize?.(req)
    // Written below the hooks: cached search answers of every app instance are stale now.
    await bumpGeneration(req)
    if (started) await commitTransaction(req)
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
  return counts
}

/**
 * Rebuilds the index when it was built by another analyzer (normalization,
 * stemming, spelling rules or index format changed since: see
 * analyzer-version.ts), so that an upgraded installation needs no manual
 * reindex. Run at start after the migrations, under their lock: with several
 * instances on one database, one rebuilds while the others wait, then find
 * the index current. Returns whether it rebuilt.
 */
export const rebuildStaleSearchIndex = async (payload: Payload): Promise<boolean> => {
  const store = searchStoreFor(payload)
  if (!store.builtWith) return false
  const built = await store.builtWith.read()
  const current = analyzerVersion()
  if (built === current) return false
  payload.logger.info(
    { analyzer: current, builtWith: built },
    'search: the index was built by another analyzer; rebuilding it',
  )
  const started = performance.now()
  const counts = await rebuildSearchIndex(payload)
  payload.logger.info(
    { ms: Math.round(performance.now() - started), rows: counts },
    'search: index rebuilt',
  )
  return true
}
