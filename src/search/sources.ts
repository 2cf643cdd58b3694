import type { CollectionSlug } from 'payload'

import { declarationOf } from '../config/collection-groups'
import { COLLECTIONS } from '../config/collections'
import type { SearchSource } from './search-source'

/** A document as read with `locale: 'all'` and `depth: 0`: localized fields are `{ ar, en }`. */
export type StoredDoc = Record<string, unknown> & { id: number | string }

/** A collection that search covers. */
export type SearchCollection = CollectionSlug

/**
 * The collections that search covers, and where each keeps its words: every
 * collection that declares a search source (collections/<name>/search.ts).
 */
export const SEARCH_SOURCES: ReadonlyMap<SearchCollection, SearchSource> = new Map(
  COLLECTIONS.flatMap((collection) => {
    const source = declarationOf(collection).search
    return source ? [[collection.slug as SearchCollection, source] as const] : []
  }),
)

export const SEARCH_COLLECTIONS: SearchCollection[] = [...SEARCH_SOURCES.keys()]

export const isSearchCollection = (value: unknown): value is SearchCollection =>
  typeof value === 'string' && SEARCH_SOURCES.has(value as SearchCollection)

/** Where search reads the words of `collection`. */
export const searchSourceOf = (collection: SearchCollection): SearchSource => {
  const source = SEARCH_SOURCES.get(collection)
  if (!source) throw new Error(`Search does not cover the collection ${collection}.`)
  return source
}
