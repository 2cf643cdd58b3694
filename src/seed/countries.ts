import type { Payload, PayloadRequest } from 'payload'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import countries from 'i18n-iso-countries'
import arabic from 'i18n-iso-countries/langs/ar.json' with { type: 'json' }
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' }

countries.registerLocale(arabic)
countries.registerLocale(english)

/**
 * Every ISO 3166-1 country with its Arabic and English name, from the
 * maintained i18n-iso-countries package. Idempotent: existing codes are kept
 * as they are (an editor may have refined a name). Returns how many were added.
 * With `req`, inside that request's transaction. The names are published as
 * loaded, as an import: a standard's names need no editorial review.
 */
export const loadCountries = async (payload: Payload, req?: PayloadRequest): Promise<number> => {
  const existing = await payload.find({
    collection: 'countries',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    select: { code: true },
  })
  const known = new Set(existing.docs.map((doc) => doc.code))
  const context = { [WORKFLOW_IMPORT]: true }
  let added = 0
  for (const [code, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    if (known.has(code)) continue
    const created = await payload.create({
      collection: 'countries',
      context,
      data: { _status: 'published', alpha3, code, name: countries.getName(code, 'ar') ?? code },
      depth: 0,
      locale: 'ar',
      req,
    })
    await payload.update({
      collection: 'countries',
      context,
      data: { _status: 'published', name: countries.getName(code, 'en') ?? code },
      depth: 0,
      id: created.id,
      locale: 'en',
      req,
    })
    added++
  }
  return added
}
