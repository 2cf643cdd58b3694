import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Candidate } from './find-mentions'

type Localized = Record<string, string | null | undefined> | string | null | undefined

/** What an article can link to, and which fields name each kind of document. */
const SOURCES: { collection: CollectionSlug; title: 'name' | 'title' }[] = [
  { collection: 'people', title: 'name' },
  { collection: 'organizations', title: 'name' },
  { collection: 'countries', title: 'name' },
  { collection: 'events', title: 'title' },
  { collection: 'delegations', title: 'name' },
  { collection: 'agreements', title: 'title' },
]

const valuesOf = (value: Localized): string[] =>
  typeof value === 'string'
    ? [value]
    : Object.values(value ?? {}).filter((v): v is string => Boolean(v))

/**
 * Every document the caller may read that text could mention, with all its
 * names. Read with the caller's access (req, overrideAccess: false).
 */
export const loadCandidates = async (
  req: PayloadRequest,
  locale: 'ar' | 'en',
): Promise<Candidate[]> => {
  const { fallbackLocale, locale: callerLocale } = req
  try {
    const lists = await Promise.all(
      SOURCES.map(async ({ collection, title }) => {
        const { docs } = await req.payload.find({
          collection,
          depth: 0,
          limit: 0,
          locale: 'all',
          overrideAccess: false,
          pagination: false,
          req,
        })
        return docs.map((doc) => {
          const record = doc as unknown as Record<string, unknown>
          const names = record[title] as Localized
          const aliases = ((record.aliases as { name?: string }[] | undefined) ?? []).map(
            (alias) => alias.name ?? '',
          )
          const titles = typeof names === 'object' && names ? names : {}
          return {
            collection,
            id: doc.id,
            names: [
              ...valuesOf(names),
              ...aliases,
              ...valuesOf(record.acronym as Localized),
            ].filter(Boolean),
            title:
              (typeof names === 'string' ? names : titles[locale] || titles.ar || titles.en) ??
              String(doc.id),
          }
        })
      }),
    )
    return lists.flat()
  } finally {
    // The Local API leaves the locale it was given on req.
    req.locale = callerLocale
    req.fallbackLocale = fallbackLocale
  }
}
