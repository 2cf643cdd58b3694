import type { PayloadRequest } from 'payload'

import { isStaff } from '../access'
import { CONTENT_LOCALES, type ContentLocale, DEFAULT_LOCALE } from '../settings/localization'
import type { Bilingual } from '../lib/caller-language'
import { searchStoreFor } from './indexer'
import { parseSearchQuery, QUERY_PROBLEMS } from './query'
import { buildSnippet } from './snippet'
import { readsListsOf } from '../read-cache/track-reads'
import { isSearchCollection, SEARCH_COLLECTIONS, type SearchCollection } from './sources'

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50

/** What a caller asks for, as it arrives from REST (strings) or GraphQL (typed). */
export type SearchArgs = {
  collections?: null | string | string[]
  country?: null | number | string | (number | string)[]
  drafts?: boolean | null | string
  from?: null | string
  limit?: null | number | string
  locale?: null | string
  page?: null | number | string
  q?: unknown
  to?: null | string
  topic?: null | number | string | (number | string)[]
}

export type SearchHit = {
  collection: SearchCollection
  date: string | null
  id: number | string
  /** A passage of the original text in the requested language, HTML-escaped, matched words in <mark>. */
  snippet: string
  score: number
  slug: string | null
  title: string
}

export type SearchResults = {
  hasNextPage: boolean
  hasPrevPage: boolean
  hits: SearchHit[]
  limit: number
  locale: ContentLocale
  page: number
  totalDocs: number
  totalPages: number
}

/** A search refused before it reached the database: the status and the message, in both languages. */
export class SearchRefused extends Error {
  constructor(
    readonly status: 400 | 403,
    readonly text: Bilingual,
  ) {
    super(text.en)
  }
}

const refuse = (text: Bilingual) => new SearchRefused(400, text)

/** A list given as repeated values or comma-separated, without blanks. */
const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .filter((item) => item !== null && item !== undefined)
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter(Boolean)

const positiveInteger = (value: unknown, fallback: number, name: string, max: number): number => {
  if (value === null || value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw refuse({
      ar: `يجب أن يكون «${name}» عددًا صحيحًا من 1 إلى ${max}.`,
      en: `"${name}" is a whole number from 1 to ${max}.`,
    })
  }
  return number
}

const ID = /^[\w-]{1,64}$/

const ids = (value: unknown, name: string): string[] => {
  const list = listOf(value)
  if (list.some((id) => !ID.test(id)))
    throw refuse({
      ar: `يأخذ «${name}» معرّف وثيقة أو أكثر.`,
      en: `"${name}" takes one or more document ids.`,
    })
  return list
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/

const date = (value: unknown, name: string): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw refuse({
      ar: `يجب أن يكون «${name}» تاريخًا بصيغة YYYY-MM-DD.`,
      en: `"${name}" is a date written YYYY-MM-DD.`,
    })
  }
  return value
}

const yes = (value: unknown): boolean => value === true || value === 'true' || value === '1'

/**
 * Runs a search for a caller: checks what was asked (a 400 or 403 with a
 * message in both languages, never a database error), lets staff include
 * drafts, queries the index of the database in use and builds a snippet for
 * each hit of the page, from the original text in the requested language.
 */
export const search = async (req: PayloadRequest, args: SearchArgs): Promise<SearchResults> => {
  // A cached answer of a search depends on every searchable collection (src/read-cache).
  readsListsOf(SEARCH_COLLECTIONS)
  const parsed = parseSearchQuery(typeof args.q === 'string' ? args.q : '')
  if ('problem' in parsed) throw refuse(QUERY_PROBLEMS[parsed.problem])
  const locale = (args.locale || DEFAULT_LOCALE) as ContentLocale
  if (!CONTENT_LOCALES.includes(locale))
    throw refuse({ ar: 'اللغة إما «ar» وإما «en».', en: 'The locale is either "ar" or "en".' })
  const collections = listOf(args.collections)
  const unknown = collections.filter((name) => !isSearchCollection(name))
  if (unknown.length) {
    throw refuse({
      ar: `لا يمكن البحث في ${unknown.join('، ')}؛ المتاح: ${SEARCH_COLLECTIONS.join('، ')}.`,
      en: `Cannot search ${unknown.join(', ')}; searchable: ${SEARCH_COLLECTIONS.join(', ')}.`,
    })
  }
  const drafts = yes(args.drafts)
  if (drafts && !isStaff(req.user)) {
    throw new SearchRefused(403, {
      ar: 'البحث في المسودات لفريق التحرير فقط.',
      en: 'Only editorial staff can search drafts.',
    })
  }
  const limit = positiveInteger(args.limit, DEFAULT_LIMIT, 'limit', MAX_LIMIT)
  const page = positiveInteger(args.page, 1, 'page', 10_000)

  const { hits, total } = await searchStoreFor(req.payload).search({
    collections: collections.length ? (collections as SearchCollection[]) : SEARCH_COLLECTIONS,
    countries: ids(args.country, 'country'),
    from: date(args.from, 'from'),
    limit,
    locale,
    offset: (page - 1) * limit,
    query: parsed.query,
    to: date(args.to, 'to'),
    topics: ids(args.topic, 'topic'),
    visibility: drafts ? 'staff' : 'public',
  })
  const numericIds = req.payload.db.defaultIDType === 'number'
  const totalPages = Math.ceil(total / limit)
  return {
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
    hits: hits.map((hit) => ({
      collection: hit.collection,
      date: hit.date,
      id: numericIds ? Number(hit.docId) : hit.docId,
      score: Math.round(hit.score * 10_000) / 10_000,
      slug: hit.slug,
      snippet: buildSnippet(hit.content || hit.title, parsed.query.terms),
      title: hit.title,
    })),
    limit,
    locale,
    page,
    totalDocs: total,
    totalPages,
  }
}
