import type { PayloadRequest } from 'payload'

import { NotFound } from 'payload'

import { canBeIdOf } from './ids'
import { asSlug } from './types'

/**
 * The latest draft with every localized field as `{ ar, en, ... }`, read with
 * the caller's access. The Local API writes the locale it is given onto
 * `req`, which the caller still needs, so it is put back afterwards. An id
 * that cannot name a document of `collection` is not found.
 */
export const readAllLocales = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
) => {
  if (!canBeIdOf(req, collection, id)) throw new NotFound(req.t)
  const { fallbackLocale, locale } = req
  try {
    return (await req.payload.findByID({
      collection: asSlug(collection),
      depth: 0,
      draft: true,
      id,
      locale: 'all',
      overrideAccess: false,
      req,
    })) as Record<string, any>
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
