import { CONTENT_LOCALES, type ContentLocale } from '../settings/localization'
import { tokenize } from '../lib/stem'
import { inLocale } from './search-source'
import { type SearchCollection, searchSourceOf, type StoredDoc } from './sources'

/** Who may find a row: everybody (the published version) or staff (the latest draft). */
export type Visibility = 'public' | 'staff'

/**
 * One row of the search index: one document, in one language, as one audience
 * sees it. `*Terms` are the light stems (space-separated) that the database
 * indexes and matches; `title` and `content` are the original text, shown in
 * results and quoted in snippets.
 */
export type IndexRow = {
  bodyTerms: string
  collection: SearchCollection
  content: string
  countries: string[]
  date: string | null
  docId: string
  locale: ContentLocale
  slug: string | null
  summaryTerms: string
  title: string
  titleTerms: string
  topics: string[]
  visibility: Visibility
}

/** The stems of a text, in order, as the index stores them. Never shown to anyone. */
export const termsOf = (...texts: string[]): string =>
  texts
    .flatMap((text) => tokenize(text).map((token) => token.stem))
    .filter(Boolean)
    .join(' ')

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

const ids = (values: unknown[] | undefined): string[] => [
  ...new Set((values ?? []).map(idOf).filter((id): id is string => Boolean(id))),
]

const isoDate = (value: unknown): string | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const joined = (parts: string[] | undefined): string =>
  (parts ?? [])
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n')

/** The index rows of a document (read with `locale: 'all'`), one per language, for one audience. */
export const rowsFor = (
  collection: SearchCollection,
  doc: StoredDoc,
  visibility: Visibility,
): IndexRow[] => {
  const { body, countries, date, otherNames, summary, title, topics } = searchSourceOf(collection)
  return CONTENT_LOCALES.map((locale) => {
    const titleText = title(doc, locale)
    const summaryText = joined(summary?.(doc, locale))
    const bodyText = joined(body?.(doc, locale))
    const slug = inLocale(doc.slug, locale)
    return {
      bodyTerms: termsOf(bodyText),
      collection,
      content: joined([summaryText, bodyText]),
      countries: ids(countries?.(doc)),
      date: isoDate(date?.(doc)),
      docId: String(doc.id),
      locale,
      slug: typeof slug === 'string' && slug ? slug : null,
      summaryTerms: termsOf(summaryText),
      title: titleText,
      titleTerms: termsOf(titleText, ...(otherNames?.(doc, locale) ?? [])),
      topics: ids(topics?.(doc)),
      visibility,
    }
  }).filter((row) => row.title || row.content)
}
