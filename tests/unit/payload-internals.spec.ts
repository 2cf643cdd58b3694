import { describe, expect, it } from '@jest/globals'
import { createDataloaderCacheKey } from 'payload'

import { parseDataloaderKey } from '../../src/read-cache/payload-dataloader'

/**
 * The shape of Payload's dataloader key, against the installed Payload's own
 * key builder; how Payload uses those keys on a real database is pinned in
 * tests/int/payload-internals.int.spec.ts, which lists every internal pinned.
 */
describe('Payload internals: the dataloader key', () => {
  // Relied on by src/read-cache/payload-dataloader.ts (for document-cache.ts). If this fails, Payload
  // reordered or renamed createDataloaderCacheKey's fields: update parseDataloaderKey to the new layout.
  it('is read field by field by parseDataloaderKey, whatever each field holds', () => {
    const fields = {
      collectionSlug: 'people',
      currentDepth: 2,
      depth: 3,
      docID: 41,
      draft: true,
      fallbackLocale: 'en',
      locale: 'ar',
      overrideAccess: true,
      populate: { countries: { name: true } },
      select: { name: true },
      showHiddenFields: true,
      transactionID: 'tx-7',
    } as const
    const key = createDataloaderCacheKey(fields as never)
    expect(parseDataloaderKey(key)).toEqual({
      collection: 'people',
      currentDepth: 2,
      depth: 3,
      draft: true,
      fallbackLocale: 'en',
      id: 41,
      locale: 'ar',
      overrideAccess: true,
      populate: { countries: { name: true } },
      select: { name: true },
      showHiddenFields: true,
      transactionID: 'tx-7',
    })
    // Each flag the read cache decides on, alone, at its own place.
    for (const flag of ['draft', 'overrideAccess', 'showHiddenFields'] as const) {
      const alone = parseDataloaderKey(
        createDataloaderCacheKey({
          ...fields,
          draft: false,
          overrideAccess: false,
          showHiddenFields: false,
          [flag]: true,
        } as never),
      )
      expect([alone.draft, alone.overrideAccess, alone.showHiddenFields]).toEqual([
        flag === 'draft',
        flag === 'overrideAccess',
        flag === 'showHiddenFields',
      ])
    }
  })
})
