import { CONTENT_LOCALES, type ContentLocale } from '../settings/localization'
import { lexicalToPlainText } from '../lib/plain-text'
import type { StoredDoc } from './sources'

type Reader<T> = (doc: StoredDoc, locale: ContentLocale) => T

/**
 * What search reads from one collection: the title (with every other name a
 * document goes by), the summary and the body, in one language; and the
 * language-independent facts that filters need. A collection that declares
 * one is searchable (src/config/collection-groups.ts); it is written beside
 * the collection, from the readers below.
 */
export type SearchSource = {
  body?: Reader<string[]>
  countries?: (doc: StoredDoc) => unknown[]
  date?: (doc: StoredDoc) => unknown
  /** More names, matched as title words but never shown as the title (aliases, acronyms). */
  otherNames?: Reader<string[]>
  summary?: Reader<string[]>
  title: Reader<string>
  topics?: (doc: StoredDoc) => unknown[]
}

const otherLocale = (locale: ContentLocale): ContentLocale =>
  CONTENT_LOCALES.find((l) => l !== locale)!

/**
 * A localized value in `locale`, or in the other language when it has no
 * translation yet: what Payload's fallback shows a reader of that language.
 */
export const inLocale = (value: unknown, locale: ContentLocale): unknown => {
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    !(locale in value || otherLocale(locale) in value)
  )
    return value
  const byLocale = value as Record<string, unknown>
  const own = byLocale[locale]
  return own === null || own === undefined || own === '' ? byLocale[otherLocale(locale)] : own
}

/** A localized text field's value in `locale` (see `inLocale`), or ''. */
export const text = (value: unknown, locale: ContentLocale): string => {
  const own = inLocale(value, locale)
  return typeof own === 'string' ? own : ''
}

/** A localized rich-text field's plain text in `locale` (see `inLocale`). */
export const richText = (value: unknown, locale: ContentLocale): string =>
  lexicalToPlainText(inLocale(value, locale))

/** The value at a dotted path (`location.country`), or undefined. */
export const get = (doc: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    )

/** The rows of an array field. */
export const rows = (doc: StoredDoc, field: string): Record<string, unknown>[] =>
  Array.isArray(doc[field]) ? (doc[field] as Record<string, unknown>[]) : []

const aliases = (doc: StoredDoc): string[] =>
  rows(doc, 'aliases').map((alias) => String(alias.name ?? ''))

/** Every language's value of a localized field: a name is a name whatever the language of the page. */
const everyLanguage = (value: unknown): string[] =>
  value && typeof value === 'object'
    ? Object.values(value).filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : []

/** What people and organizations are known by: their names in both languages and their aliases. */
export const names = (doc: StoredDoc, ...fields: string[]): string[] => [
  ...fields.flatMap((field) => everyLanguage(doc[field])),
  ...aliases(doc),
]

/** A report's title field, and the fuzzy date that places it in time. */
export const reportTitleAndDate = (
  titleField: string,
  dateField: string,
): Pick<SearchSource, 'date' | 'title'> => ({
  date: (doc) => get(doc, `${dateField}.date`),
  title: (doc, locale) => text(doc[titleField], locale),
})
