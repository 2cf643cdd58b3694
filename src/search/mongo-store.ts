import type { Payload, PayloadRequest } from 'payload'

import type { ParsedQuery } from './query'
import type { IndexRow } from './rows'
import {
  PHRASE_BONUS,
  rangeEnd,
  rangeStart,
  type SearchStore,
  type StoreHit,
  type StoreQuery,
  TITLE_BONUS,
} from './store'
import { transactionOf } from '../db/sql-runner'

/** The MongoDB collection of the fallback index (outside Payload's collections). */
export const MONGO_SEARCH_COLLECTION = 'search_docs'

/** A row of the fallback index: the row itself, with its stems as arrays (and as text, for phrases). */
export type MongoSearchDoc = Omit<IndexRow, 'bodyTerms' | 'summaryTerms' | 'titleTerms'> & {
  bodyTerms: string
  summaryTerms: string
  terms: string[]
  titleTerms: string
  titleWords: string[]
}

type Filter = Record<string, unknown>

type MongoCollection = {
  aggregate: (pipeline: Filter[], options?: Filter) => { toArray: () => Promise<Filter[]> }
  createIndex: (keys: Filter, options?: Filter) => Promise<unknown>
  deleteMany: (filter: Filter, options?: Filter) => Promise<unknown>
  insertMany: (docs: Filter[], options?: Filter) => Promise<unknown>
}

const split = (terms: string): string[] => terms.split(' ').filter(Boolean)

export const toMongoDoc = (row: IndexRow): MongoSearchDoc => ({
  ...row,
  terms: [
    ...new Set([...split(row.titleTerms), ...split(row.summaryTerms), ...split(row.bodyTerms)]),
  ],
  titleWords: [...new Set(split(row.titleTerms))],
})

/** Stems are letters, marks and digits, but a regular expression is escaped all the same. */
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** A regular expression matching the stems as consecutive words of a space-separated stem text. */
export const phraseRegex = (stems: string[]): string =>
  `(^| )${stems.map(escapeRegex).join(' ')}( |$)`

const inAnyField = (stems: string[]): Filter => ({
  $or: ['titleTerms', 'summaryTerms', 'bodyTerms'].map((field) => ({
    [field]: { $regex: phraseRegex(stems) },
  })),
})

/** The documents a query finds: every stem (a multikey index on `terms`), every phrase, and the filters. */
export const mongoFilter = (q: StoreQuery): Filter => {
  const filter: Filter = {
    collection: { $in: q.collections },
    locale: q.locale,
    terms: { $all: [...new Set(q.query.terms)] },
    visibility: q.visibility,
  }
  if (q.query.phrases.length) filter.$and = q.query.phrases.map(inAnyField)
  if (q.topics.length) filter.topics = { $in: q.topics }
  if (q.countries.length) filter.countries = { $in: q.countries }
  if (q.from || q.to)
    filter.date = {
      ...(q.from ? { $gte: rangeStart(q.from) } : {}),
      ...(q.to ? { $lte: rangeEnd(q.to) } : {}),
    }
  return filter
}

const matchesPhrase = (query: ParsedQuery, field: string): Filter => ({
  $regexMatch: { input: `$${field}`, regex: phraseRegex(query.terms) },
})

/**
 * The ranking of the fallback, as an aggregation: the share of the query's
 * stems found in title, summary and body (weighted like the SQL indexes), a
 * bonus when the title holds them all, another when some field holds the
 * whole query as a phrase. Then one page, and the total.
 */
export const mongoPipeline = (q: StoreQuery): Filter[] => {
  const stems = [...new Set(q.query.terms)]
  const share = (field: string) => ({
    $divide: [
      { $size: { $setIntersection: [stems, { $split: [`$${field}`, ' '] }] } },
      stems.length,
    ],
  })
  const relevance = {
    $add: [
      { $multiply: [share('titleTerms'), 10] },
      { $multiply: [share('summaryTerms'), 4] },
      share('bodyTerms'),
    ],
  }
  const phrase =
    q.query.terms.length > 1
      ? {
          $cond: [
            {
              $or: ['titleTerms', 'summaryTerms', 'bodyTerms'].map((field) =>
                matchesPhrase(q.query, field),
              ),
            },
            PHRASE_BONUS,
            0,
          ],
        }
      : 0
  return [
    { $match: mongoFilter(q) },
    {
      $addFields: {
        score: {
          $add: [
            { $divide: [relevance, { $add: [relevance, 1] }] },
            { $cond: [{ $setIsSubset: [stems, '$titleWords'] }, TITLE_BONUS, 0] },
            phrase,
          ],
        },
      },
    },
    {
      $facet: {
        hits: [
          { $sort: { score: -1, date: -1, docId: 1 } },
          { $skip: q.offset },
          { $limit: q.limit },
          {
            $project: {
              _id: 0,
              collection: 1,
              content: 1,
              date: 1,
              docId: 1,
              score: 1,
              slug: 1,
              title: 1,
            },
          },
        ],
        total: [{ $count: 'count' }],
      },
    },
  ]
}

/**
 * The fallback index on MongoDB, for installs without Atlas Search: a
 * collection of rows with their stems as arrays, found through a multikey
 * index and ranked by an aggregation. It uses no server-side text search, so
 * it runs on any MongoDB; see docs/search.md for what it does not do.
 */
export const mongoStore = (payload: Payload): SearchStore => {
  const connection = (
    payload.db as unknown as { connection: { collection: (name: string) => MongoCollection } }
  ).connection
  const collection = () => connection.collection(MONGO_SEARCH_COLLECTION)
  let indexed: Promise<unknown> | undefined
  const ready = () =>
    (indexed ??= Promise.all([
      collection().createIndex({ locale: 1, terms: 1, visibility: 1 }),
      collection().createIndex({ collection: 1, docId: 1 }),
    ]))
  const options = async (req?: PayloadRequest): Promise<Filter> => {
    const session = await transactionOf<unknown>(payload, req)
    return session ? { session } : {}
  }
  const insert = async (rows: IndexRow[], req?: PayloadRequest) => {
    await ready()
    if (rows.length) await collection().insertMany(rows.map(toMongoDoc), await options(req))
  }
  return {
    clear: async (req) => {
      await collection().deleteMany({}, await options(req))
    },
    explain: async (q) =>
      JSON.stringify(await collection().aggregate(mongoPipeline(q), { explain: true }).toArray()),
    insert,
    replace: async (name, docId, rows, req) => {
      await collection().deleteMany({ collection: name, docId }, await options(req))
      await insert(rows, req)
    },
    search: async (q) => {
      await ready()
      const [result] = await collection().aggregate(mongoPipeline(q)).toArray()
      const { hits = [], total = [] } = (result ?? {}) as {
        hits?: StoreHit[]
        total?: { count: number }[]
      }
      return { hits, total: total[0]?.count ?? 0 }
    },
    size: async () => 0,
  }
}
