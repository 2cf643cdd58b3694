import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The stored document (its latest draft, where there are drafts, unless
 * `draft` is false: then the published version, or the draft never published) with every
 * localized field as `{ ar, en }`, read inside the caller's transaction. The
 * Local API writes the locale it is given onto `req`, which the save in
 * progress still uses, so the caller's locale is restored afterwards.
 */
export const readInAllLocales = async <T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  { draft = true }: { draft?: boolean } = {},
): Promise<T> => {
  const { fallbackLocale, locale } = req
  try {
    return (await req.payload.findByID({
      collection,
      depth: 0,
      draft,
      id,
      locale: 'all',
      req,
    })) as T
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
