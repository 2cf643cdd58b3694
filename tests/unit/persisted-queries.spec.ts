import { describe, expect, it } from '@jest/globals'

import { persistedQuerySettings } from '../../src/settings/persisted-queries'

describe('persisted-query settings', () => {
  it('bound memory by PERSISTED_QUERIES_MB (4 MB) and Redis by PERSISTED_QUERIES_SHARED (2,000 queries)', () => {
    expect(persistedQuerySettings({})).toEqual({ maxBytes: 4 * 2 ** 20, sharedEntries: 2000 })
    expect(
      persistedQuerySettings({ PERSISTED_QUERIES_MB: '1', PERSISTED_QUERIES_SHARED: '50' }),
    ).toEqual({ maxBytes: 2 ** 20, sharedEntries: 50 })
    expect(persistedQuerySettings({ PERSISTED_QUERIES_MB: 'lots' }).maxBytes).toBe(4 * 2 ** 20)
    expect(persistedQuerySettings({ PERSISTED_QUERIES_SHARED: '-1' }).sharedEntries).toBe(2000)
  })
})
