import { describe, expect, it } from '@jest/globals'

import { mongoFilter, mongoPipeline, phraseRegex, toMongoDoc } from '../../src/search/mongo-store'
import { parseSearchQuery } from '../../src/search/query'
import type { StoreQuery } from '../../src/search/store'

/**
 * No MongoDB server can run on our machines, so the fallback index is tested
 * as far as it can be without one: the documents it stores and the queries it
 * sends. Regular expressions are checked by running them here.
 */
const storeQuery = (q: string, extra: Partial<StoreQuery> = {}): StoreQuery => ({
  collections: ['articles', 'people'],
  countries: [],
  limit: 10,
  locale: 'ar',
  offset: 20,
  query: (parseSearchQuery(q) as { query: StoreQuery['query'] }).query,
  topics: [],
  visibility: 'public',
  ...extra,
})

describe('the MongoDB fallback index', () => {
  it('stores the stems of each row as arrays for a multikey index', () => {
    const doc = toMongoDoc({
      bodyTerms: 'صين امن',
      collection: 'articles',
      content: 'x',
      countries: [],
      date: null,
      docId: '1',
      locale: 'ar',
      slug: null,
      summaryTerms: 'امن',
      title: 't',
      titleTerms: 'وزير امن',
      topics: [],
      visibility: 'public',
    })
    expect(doc.terms).toEqual(['وزير', 'امن', 'صين'])
    expect(doc.titleWords).toEqual(['وزير', 'امن'])
  })

  it('finds documents holding every stem, with the filters', () => {
    expect(
      mongoFilter(
        storeQuery('الأمنى الصين', {
          countries: ['3'],
          from: '2024-01-01',
          to: '2024-12-31',
          topics: ['5'],
        }),
      ),
    ).toEqual({
      collection: { $in: ['articles', 'people'] },
      countries: { $in: ['3'] },
      date: { $gte: '2024-01-01T00:00:00.000Z', $lte: '2024-12-31T23:59:59.999Z' },
      locale: 'ar',
      terms: { $all: ['امن', 'صين'] },
      topics: { $in: ['5'] },
      visibility: 'public',
    })
  })

  it('requires quoted phrases word for word', () => {
    const filter = mongoFilter(storeQuery('"التعاون الأمني" الصين'))
    expect(filter.$and).toEqual([
      {
        $or: ['titleTerms', 'summaryTerms', 'bodyTerms'].map((field) => ({
          [field]: { $regex: phraseRegex(['تعا', 'امن']) },
        })),
      },
    ])
    const regex = new RegExp(phraseRegex(['تعا', 'امن']))
    expect(regex.test('وزير تعا امن صين')).toBe(true)
    expect(regex.test('تعا صين امن')).toBe(false)
    expect(regex.test('xتعا امن')).toBe(false)
  })

  it('escapes anything a regular expression would read', () => {
    expect(phraseRegex(['a.b', '(c)'])).toBe('(^| )a\\.b \\(c\\)( |$)')
  })

  it('ranks by title, phrase and weighted shares, then pages', () => {
    const pipeline = mongoPipeline(storeQuery('security protocol', { locale: 'en' }))
    expect(pipeline[0]).toEqual({
      $match: mongoFilter(storeQuery('security protocol', { locale: 'en' })),
    })
    const facet = (pipeline[2] as { $facet: { hits: object[]; total: object[] } }).$facet
    expect(facet.hits.slice(0, 3)).toEqual([
      { $sort: { date: -1, docId: 1, score: -1 } },
      { $skip: 20 },
      { $limit: 10 },
    ])
    // MongoDB sorts by the keys in order: score first.
    expect(Object.keys((facet.hits[0] as { $sort: object }).$sort)).toEqual([
      'score',
      'date',
      'docId',
    ])
    expect(facet.total).toEqual([{ $count: 'count' }])
    const score = JSON.stringify(pipeline[1])
    expect(score).toContain('"$setIsSubset":[["secur","protocol"],"$titleWords"]')
    expect(score).toContain('"regex":"(^| )secur protocol( |$)"')
  })
})
