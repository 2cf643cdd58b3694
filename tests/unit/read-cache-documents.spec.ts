import { describe, expect, it } from '@jest/globals'

import { MAX_CDN_MAX_AGE_SECONDS, readCacheSettings } from '../../src/settings/read-cache'
import { DocumentStore } from '../../src/read-cache/document-cache'

describe('the read cache’s shared documents', () => {
  it('gives a document back only under the generation it was read in', () => {
    const store = new DocumentStore(2 ** 20)
    store.set('k', '7', { id: 1, title: 'زيارة' })
    expect(store.get('k', '7')).toBe('{"id":1,"title":"زيارة"}')
    expect(store.get('k', '8')).toBeUndefined()
    store.set('missing', '7', null)
    expect(store.get('missing', '7')).toBe('null')
  })

  it('keeps within its budget, counting two bytes a character, dropping the least recently used first', () => {
    const doc = (n: number) => ({ id: n, text: 'ع'.repeat(1000) })
    // Each entry takes about 2 × 1,020 + 256 bytes: three fit in 8 KB, four do not.
    const store = new DocumentStore(8 * 1024)
    for (const n of [1, 2, 3]) store.set(`k${n}`, 'g', doc(n))
    expect(store.get('k1', 'g')).toBeDefined()
    store.set('k4', 'g', doc(4))
    expect(store.get('k2', 'g')).toBeUndefined()
    expect(['k1', 'k3', 'k4'].map((key) => store.get(key, 'g') !== undefined)).toEqual([
      true,
      true,
      true,
    ])
  })

  it('takes its budget from READ_CACHE_DOCUMENTS_MB, 32 MB unless set to a positive number', () => {
    expect(readCacheSettings({}).documentBytes).toBe(32 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_DOCUMENTS_MB: '8' }).documentBytes).toBe(8 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_DOCUMENTS_MB: 'lots' }).documentBytes).toBe(32 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_MAX_MB: '16' }).maxBytes).toBe(16 * 2 ** 20)
  })
})

describe('the read cache’s answers in shared caches', () => {
  it('may be kept by a CDN READ_CACHE_CDN_MAX_AGE seconds without asking: none unless set, a minute at most', () => {
    expect(readCacheSettings({}).cdnMaxAge).toBe(0)
    expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: '10' }).cdnMaxAge).toBe(10)
    expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: '3600' }).cdnMaxAge).toBe(
      MAX_CDN_MAX_AGE_SECONDS,
    )
    for (const value of ['-5', '1.5', 'soon', ''])
      expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: value }).cdnMaxAge).toBe(0)
  })
})
