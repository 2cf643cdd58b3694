import { describe, expect, it } from '@jest/globals'

import { keysOf, queryKeys, sortKeyOf } from '../../src/search/keys'
import { tsqueryOf } from '../../src/search/postgres-store'
import { parseSearchQuery, type ParsedQuery } from '../../src/search/query'
import { type IndexRow, termsOf } from '../../src/search/rows'
import { fts5Query } from '../../src/search/sqlite-store'
import { SEARCH_COLLECTIONS } from '../../src/search/sources'
import type { StoreQuery } from '../../src/search/store'
import { tiersOf } from '../../src/search/tiers'

const parsed = (q: string): ParsedQuery => (parseSearchQuery(q) as { query: ParsedQuery }).query

const row = (title: string, summary: string, body: string): IndexRow => ({
  bodyTerms: termsOf(body),
  collection: 'articles',
  content: '',
  countries: [],
  date: null,
  docId: '1',
  locale: 'en',
  slug: null,
  summaryTerms: termsOf(summary),
  title,
  titleTerms: termsOf(title),
  topics: [],
  visibility: 'public',
})

const storeQuery = (q: string, collections = [...SEARCH_COLLECTIONS]): StoreQuery => ({
  collections,
  countries: [],
  limit: 10,
  locale: 'en',
  offset: 0,
  query: parsed(q),
  topics: [],
  visibility: 'public',
})

describe('search keys', () => {
  it('index each word, title and title-or-summary word, pair of neighbours in a field, and the scope', () => {
    expect(keysOf(row('Police academy', 'Cadets', 'The academy trains police')).sort()).toEqual(
      [
        'xsenpublic',
        'xsenpublicarticles',
        ...['polic', 'academi', 'cadet', 'the', 'train'].map((stem) => `xw${stem}`),
        'xtpolic',
        'xtacademi',
        ...['polic', 'academi', 'cadet'].map((stem) => `xh${stem}`),
        'xppolic_academi',
        'xpthe_academi',
        'xpacademi_train',
        'xptrain_polic',
      ].sort(),
    )
  })

  it('order rows newest first, to the minute, then by document, the same whatever order they were indexed in', () => {
    const key = (date: null | string, docId: string, locale: 'ar' | 'en' = 'en') =>
      BigInt(sortKeyOf({ ...row('t', '', ''), date, docId, locale }))
    const keys = [
      key('2025-01-01T10:00:30.000Z', '7'),
      key('2025-01-01T10:00:10.000Z', '9'),
      key('2025-01-01T10:00:10.000Z', '9', 'ar'),
      key('2024-12-31T23:59:00.000Z', '900'),
      key('1900-01-01T00:00:00.000Z', '1'),
      key(null, '100000'),
    ]
    expect([...keys].sort((a, b) => (a < b ? 1 : -1))).toEqual([
      keys[2],
      keys[1],
      keys[0],
      ...keys.slice(3),
    ])
    expect(new Set(keys).size).toBe(keys.length)
    expect(() => sortKeyOf({ ...row('t', '', ''), docId: 'abc' })).toThrow(/not a number/)
  })

  it('never pair words across fields', () => {
    expect(keysOf(row('Police', 'academy', ''))).not.toContain('xppolic_academi')
  })

  it('look a query up by the same keys', () => {
    expect(queryKeys(parsed('police academy "training courses"'))).toEqual({
      head: ['xhpolic', 'xhacademi', 'xhtrain', 'xhcours'],
      match: ['xwpolic', 'xwacademi', 'xwtrain', 'xwcours', 'xptrain_cours'],
      phrase: ['xppolic_academi', 'xpacademi_train', 'xptrain_cours'],
      title: ['xtpolic', 'xtacademi', 'xttrain', 'xtcours'],
    })
  })
})

describe('ranking tiers', () => {
  it('rank title, then phrase, then title-or-summary, for two words or more', () => {
    expect(tiersOf(parsed('police academy')).map((tier) => tier.bonus)).toEqual([
      3.5, 2.5, 1.5, 1, 0.5, 0,
    ])
  })

  it('have no phrase tier for one word', () => {
    const tiers = tiersOf(parsed('police'))
    expect(tiers.map((tier) => tier.bonus)).toEqual([2.5, 0.5, 0])
    expect(tiers[1]).toEqual({ bonus: 0.5, has: ['xwpolic', 'xhpolic'], lacks: [['xtpolic']] })
  })
})

describe('index queries', () => {
  const hostile = ['a"b', '"""', "x ' OR ' y", '\\"', 'NEAR(x) title_terms:y', "o'brien"]

  it('quote every key for FTS5: what is typed is never FTS5 syntax', () => {
    const [first, second] = tiersOf(parsed('police academy'))
    expect(fts5Query(storeQuery('police academy'), first!)).toBe(
      '("xwpolic" AND "xwacademi" AND "xtpolic" AND "xtacademi" AND "xppolic_academi") AND "xsenpublic"',
    )
    expect(fts5Query(storeQuery('police academy', ['articles', 'events']), second!)).toBe(
      '("xwpolic" AND "xwacademi" AND "xtpolic" AND "xtacademi") AND ("xsenpublicarticles" OR "xsenpublicevents") NOT ("xppolic_academi")',
    )
    for (const q of hostile) {
      const result = parseSearchQuery(q)
      if (!('query' in result)) continue
      for (const tier of tiersOf(result.query))
        expect(fts5Query(storeQuery(q), tier).replaceAll('""', '').match(/"/g)!.length % 2).toBe(0)
    }
  })

  it('quote every lexeme for PostgreSQL', () => {
    const [, second] = tiersOf(parsed('police academy'))
    expect(tsqueryOf(second!)).toBe(
      "('xwpolic' & 'xwacademi' & 'xtpolic' & 'xtacademi') & !('xppolic_academi')",
    )
    for (const q of hostile) {
      const result = parseSearchQuery(q)
      if (!('query' in result)) continue
      for (const tier of tiersOf(result.query))
        expect(tsqueryOf(tier).replaceAll("''", '').match(/'/g)!.length % 2).toBe(0)
    }
  })
})
