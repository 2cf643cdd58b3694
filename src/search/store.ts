import type { PayloadRequest } from 'payload'

import type { ContentLocale } from '../settings/localization'
import type { ParsedQuery } from './query'
import type { IndexRow, Visibility } from './rows'
import type { SearchCollection } from './sources'

/** One search, as the store runs it: the parsed query, who is asking and which page. */
export type StoreQuery = {
  collections: SearchCollection[]
  countries: string[]
  from?: string
  limit: number
  locale: ContentLocale
  offset: number
  query: ParsedQuery
  to?: string
  topics: string[]
  visibility: Visibility
}

export type StoreHit = {
  collection: SearchCollection
  content: string
  date: string | null
  docId: string
  score: number
  slug: string | null
  title: string
}

/**
 * Where the index lives: SQLite (FTS5), PostgreSQL (tsvector + GIN) or
 * MongoDB (a collection of stems). Writes take the request so that they join
 * its transaction, where Payload has one.
 */
export type SearchStore = {
  /** Adds rows (the rebuild writes in batches). */
  insert: (rows: IndexRow[], req?: PayloadRequest) => Promise<void>
  /** How the database runs a search: its query plan, as text. */
  explain: (query: StoreQuery) => Promise<string>
  /** Empties the index. */
  clear: (req?: PayloadRequest) => Promise<void>
  /** Deletes a document's rows and writes `rows` in their place. */
  replace: (
    collection: SearchCollection,
    docId: string,
    rows: IndexRow[],
    req?: PayloadRequest,
  ) => Promise<void>
  search: (query: StoreQuery) => Promise<{ hits: StoreHit[]; total: number }>
  /**
   * The analyzer version the index was built with (see analyzer-version.ts),
   * kept beside it; a store without it (MongoDB) is never rebuilt at start.
   */
  builtWith?: {
    read: () => Promise<null | string>
    write: (version: string, req?: PayloadRequest) => Promise<void>
  }
  /** After a rebuild: whatever makes the new index fast to query (statistics, merged segments). */
  optimize?: (req?: PayloadRequest) => Promise<void>
  /** Bytes the index takes on disk, tables and indexes together. */
  size: () => Promise<number>
}

/** Ranking: a document whose title holds every word of the query gets this much on top of its relevance (0–1). */
export const TITLE_BONUS = 2
/** ...and one that holds the whole query word for word, this much. */
export const PHRASE_BONUS = 1

/** The start and end of a date range; a bare day as `to` includes the whole day. */
export const rangeEnd = (to: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : new Date(to).toISOString()
export const rangeStart = (from: string): string => new Date(from).toISOString()
