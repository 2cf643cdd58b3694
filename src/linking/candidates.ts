import type { PayloadRequest } from 'payload'

import type { Candidate } from './find-mentions'
import type { LinkTarget } from './link-targets'

type Localized = Record<string, string | null | undefined> | string | null | undefined

const valuesOf = (value: Localized): string[] =>
  typeof value === 'string'
    ? [value]
    : Object.values(value ?? {}).filter((v): v is string => Boolean(v))

/**
 * Every document of the link targets that the caller may read, with all its
 * names. Read with the caller's access (req, overrideAccess: false).
 */
export const loadCandidates = async (
  req: PayloadRequest,
  locale: 'ar' | 'en',
  targets: readonly LinkTarget[],
): Promise<Candidate[]> => {
  const { fallbackLocale, locale: callerLocale } = req
  try {
    const lists = await Promise.all(
      targets.map(async ({ collection, title }) => {
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
