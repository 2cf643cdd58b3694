import type { CollectionSlug } from 'payload'

import { CONTENT_LOCALES, type ContentLocale } from '../config/localization'
import { lexicalToPlainText } from './plain-text'

/** A document as read with `locale: 'all'` and `depth: 0`: localized fields are `{ ar, en }`. */
export type StoredDoc = Record<string, unknown> & { id: number | string }

type Reader<T> = (doc: StoredDoc, locale: ContentLocale) => T

/**
 * What search reads from one collection: the title (with every other name a
 * document goes by), the summary and the body, in one language; and the
 * language-independent facts that filters need.
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

const text = (value: unknown, locale: ContentLocale): string => {
  const own = inLocale(value, locale)
  return typeof own === 'string' ? own : ''
}

const richText = (value: unknown, locale: ContentLocale): string =>
  lexicalToPlainText(inLocale(value, locale))

const get = (doc: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    )

const rows = (doc: StoredDoc, field: string): Record<string, unknown>[] =>
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
const names = (doc: StoredDoc, ...fields: string[]): string[] => [
  ...fields.flatMap((field) => everyLanguage(doc[field])),
  ...aliases(doc),
]

/** The report collections' title field, and the fuzzy date that places them in time. */
const report = (titleField: string, dateField: string): Pick<SearchSource, 'date' | 'title'> => ({
  date: (doc) => get(doc, `${dateField}.date`),
  title: (doc, locale) => text(doc[titleField], locale),
})

/** The collections that search covers, and where each keeps its words. */
export const SEARCH_SOURCES = {
  articles: {
    body: (doc, locale) => [richText(doc.body, locale)],
    countries: (doc) => (doc.countries as unknown[]) ?? [],
    date: (doc) => doc.publishedAt,
    summary: (doc, locale) => [text(doc.summary, locale)],
    title: (doc, locale) => text(doc.title, locale),
    topics: (doc) => (doc.topics as unknown[]) ?? [],
  },
  events: {
    ...report('title', 'startDate'),
    body: (doc, locale) => [richText(doc.description, locale)],
    countries: (doc) => [get(doc, 'location.country')],
    summary: (doc, locale) => [
      text(get(doc, 'location.venue'), locale),
      text(get(doc, 'location.city'), locale),
    ],
  },
  delegations: {
    ...report('name', 'startDate'),
    countries: (doc) => [doc.representedCountry],
    summary: (doc, locale) => [text(doc.purpose, locale), text(get(doc, 'head.title'), locale)],
  },
  agreements: {
    ...report('title', 'signingDate'),
    body: (doc, locale) =>
      rows(doc, 'phases').flatMap((phase) => [
        text(phase.name, locale),
        text(phase.description, locale),
      ]),
    countries: (doc) => rows(doc, 'parties').map((party) => party.country),
    summary: (doc, locale) => [text(doc.summary, locale)],
    topics: (doc) => (doc.domains as unknown[]) ?? [],
  },
  people: {
    body: (doc, locale) => rows(doc, 'positions').map((position) => text(position.title, locale)),
    countries: (doc) => [doc.country],
    otherNames: (doc) => names(doc, 'name'),
    title: (doc, locale) => text(doc.name, locale),
  },
  organizations: {
    countries: (doc) => [doc.country],
    otherNames: (doc) => names(doc, 'name', 'acronym'),
    title: (doc, locale) => text(doc.name, locale),
  },
} satisfies Partial<Record<CollectionSlug, SearchSource>>

export type SearchCollection = keyof typeof SEARCH_SOURCES

export const SEARCH_COLLECTIONS = Object.keys(SEARCH_SOURCES) as SearchCollection[]

export const isSearchCollection = (value: unknown): value is SearchCollection =>
  typeof value === 'string' && (SEARCH_COLLECTIONS as string[]).includes(value)
