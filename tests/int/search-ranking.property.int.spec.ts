import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { searchStoreFor } from '../../src/search/indexer'
import { parseSearchQuery } from '../../src/search/query'
import { type IndexRow, termsOf } from '../../src/search/rows'
import type { SearchCollection } from '../../src/search/sources'
import type { StoreQuery } from '../../src/search/store'
import { HEAD_BONUS } from '../../src/search/tiers'
import { PHRASE_BONUS, TITLE_BONUS } from '../../src/search/store'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Property: the fast path (ranking tiers read in order from the index, each
 * only as far as the page) gives the same pages and the same total as the
 * ranking's definition applied to every document at once (`reference`,
 * computed here from the texts, not by the database), over generated corpora
 * where words, titles, phrases, dates and scores collide often.
 * Seeded: FC_SEED, FC_RUNS.
 */
const SEED = Number(process.env.FC_SEED ?? 20261203)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 40)

// A small vocabulary, so that documents share words, phrases and scores.
const WORDS = ['harbor', 'lantern', 'quarry', 'basalt', 'falcon', 'meadow']
const COLLECTIONS: SearchCollection[] = ['articles', 'events', 'people']
const DATES = [
  null,
  '2024-01-01T00:00:00.000Z',
  '2024-06-01T00:00:00.000Z',
  '2025-01-01T00:00:00.000Z',
]

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(' '))

const document: fc.Arbitrary<Doc> = fc.record({
  body: text,
  collection: fc.constantFrom(...COLLECTIONS),
  date: fc.constantFrom<null | string>(...DATES),
  locale: fc.constantFrom<'ar' | 'en'>('en', 'en', 'en', 'ar'),
  summary: text,
  title: text,
  visibility: fc.constantFrom<'public' | 'staff'>('public', 'public', 'public', 'staff'),
})

const search = fc.record({
  collections: fc.subarray(COLLECTIONS, { minLength: 1 }),
  from: fc.constantFrom(undefined, undefined, '2024-06-01'),
  limit: fc.integer({ max: 4, min: 1 }),
  pages: fc.integer({ max: 4, min: 1 }),
  q: fc.oneof(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 3, minLength: 1 }).map((w) => w.join(' ')),
    fc
      .array(fc.constantFrom(...WORDS), { maxLength: 3, minLength: 2 })
      .map((words) => `"${words.join(' ')}"`),
  ),
})

type Doc = {
  body: string
  collection: SearchCollection
  date: null | string
  locale: 'ar' | 'en'
  summary: string
  title: string
  visibility: 'public' | 'staff'
}

const rowOf = (doc: Doc, i: number): IndexRow => ({
  bodyTerms: termsOf(doc.body),
  collection: doc.collection,
  content: `${doc.summary}\n${doc.body}`,
  countries: [],
  date: doc.date,
  docId: String(i + 1),
  locale: doc.locale,
  slug: null,
  summaryTerms: termsOf(doc.summary),
  title: doc.title,
  titleTerms: termsOf(doc.title),
  topics: [],
  visibility: doc.visibility,
})

type Search = { collections: SearchCollection[]; from?: string; q: string }

const stems = (text: string) => termsOf(text).split(' ').filter(Boolean)
const adjacent = (words: string[], [a, b]: string[]) =>
  words.some((word, i) => word === a && words[i + 1] === b)
const pairsOf = (terms: string[]) => terms.slice(1).map((term, i) => [terms[i]!, term])
const inOrder = (words: string[], phrase: string[]) =>
  words.some((_, i) => phrase.every((word, j) => words[i + j] === word))

/**
 * The ranking as docs/search.md defines it: every word, and each quoted
 * phrase, in the document; then title (every word in the title), phrase (each
 * two words typed side by side in the text), title-or-summary; then the
 * newest; then the row indexed last.
 */
const reference = (docs: Doc[], search: Search, terms: string[], phrases: string[][]) => {
  const ranked = docs.flatMap((doc, i) => {
    if (doc.locale !== 'en' || doc.visibility !== 'public') return []
    if (!search.collections.includes(doc.collection)) return []
    if (search.from && (!doc.date || doc.date < `${search.from}T00:00:00.000Z`)) return []
    const fields = [doc.title, doc.summary, doc.body].map(stems)
    const all = fields.flat()
    const pairInText = (pair: string[]) => fields.some((words) => adjacent(words, pair))
    const phraseInText = (phrase: string[]) =>
      phrase.length === 2 ? pairInText(phrase) : fields.some((words) => inOrder(words, phrase))
    if (!terms.every((term) => all.includes(term)) || !phrases.every(phraseInText)) return []
    const title = terms.every((term) => fields[0]!.includes(term))
    const phrase = terms.length > 1 && pairsOf(terms).every(pairInText)
    const head = terms.every((term) => [...fields[0]!, ...fields[1]!].includes(term))
    const score = TITLE_BONUS * +title + PHRASE_BONUS * +phrase + HEAD_BONUS * +head
    return [{ date: doc.date ?? '', i, key: `${doc.collection}:${i + 1}`, score }]
  })
  return ranked.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || b.i - a.i)
}

describeIntegration('search: the fast path pages as the full ranking', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.stop())

  it('gives the first pages and the total of the full ranking', async () => {
    const store = searchStoreFor(ctx.payload)
    await fc.assert(
      fc.asyncProperty(
        fc.array(document, { maxLength: 40, minLength: 1 }),
        fc.array(search, { maxLength: 4, minLength: 1 }),
        async (docs, searches) => {
          await store.clear()
          await store.insert(docs.map(rowOf))
          for (const s of searches) {
            const parsed = parseSearchQuery(s.q) as { query: StoreQuery['query'] }
            const base: StoreQuery = {
              collections: s.collections,
              countries: [],
              from: s.from,
              limit: s.limit,
              locale: 'en',
              offset: 0,
              query: parsed.query,
              topics: [],
              visibility: 'public',
            }
            const expected = reference(docs, s, parsed.query.terms, parsed.query.phrases)
            for (let page = 0; page < s.pages; page++) {
              const offset = page * s.limit
              const fast = await store.search({ ...base, offset })
              expect(fast.total).toBe(expected.length)
              const slice = expected.slice(offset, offset + s.limit)
              expect(fast.hits.map((hit) => [`${hit.collection}:${hit.docId}`, hit.score])).toEqual(
                slice.map((hit) => [hit.key, hit.score]),
              )
            }
          }
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })
})
