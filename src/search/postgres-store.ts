import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ParsedQuery } from './query'
import { runnerFor, type SQL } from '../db/sql-runner'
import { sqlWrites } from './sql-writes'
import {
  PHRASE_BONUS,
  rangeEnd,
  rangeStart,
  type SearchStore,
  type StoreHit,
  type StoreQuery,
  TITLE_BONUS,
} from './store'

/** ts_rank's weights for D, C (body), B (summary) and A (title) lexemes. */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}'

/**
 * The query as a tsquery, built only from bound parameters: every stem must
 * be there (plainto_tsquery ANDs them), every quoted phrase word for word.
 * The `simple` configuration adds nothing: the text is already normalized and stemmed.
 */
const tsquery = ({ phrases, terms }: ParsedQuery): SQL =>
  sql.join(
    [
      sql`plainto_tsquery('simple', ${terms.join(' ')})`,
      ...phrases.map((phrase) => sql`phraseto_tsquery('simple', ${phrase.join(' ')})`),
    ],
    sql` && `,
  )

const textArray = (values: string[]): SQL =>
  sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`

/**
 * The index on PostgreSQL: `search_docs`, a row per document, language and
 * audience, whose generated tsvector `terms` weighs title (A), summary (B) and
 * body (C) stems and has a GIN index (see migrations/postgres/*_search_index.ts).
 */
export const postgresStore = (payload: Payload): SearchStore => {
  const run = runnerFor(payload, 'execute')
  const writes = sqlWrites(sql, run, {
    date: (value) => sql`${value}::timestamptz`,
    list: textArray,
  })

  const where = (q: StoreQuery): SQL => {
    const conditions = [
      sql`d.terms @@ (${tsquery(q.query)})`,
      sql`d.locale = ${q.locale}`,
      sql`d.visibility = ${q.visibility}`,
      sql`d.collection = ANY(${textArray(q.collections)})`,
    ]
    if (q.topics.length) conditions.push(sql`d.topics && ${textArray(q.topics)}`)
    if (q.countries.length) conditions.push(sql`d.countries && ${textArray(q.countries)}`)
    if (q.from) conditions.push(sql`d.date >= ${rangeStart(q.from)}::timestamptz`)
    if (q.to) conditions.push(sql`d.date <= ${rangeEnd(q.to)}::timestamptz`)
    return sql.join(conditions, sql` AND `)
  }

  const searchSql = (q: StoreQuery): SQL => sql`
    SELECT d.collection, d.doc_id AS "docId", d.title, d.slug, d.content, d.date,
      ts_rank(${RANK_WEIGHTS}::float4[], d.terms, ${tsquery(q.query)}, 32)
        + ${sql.raw(String(TITLE_BONUS))} * (d.title_vector @@ (${tsquery(q.query)}))::int
        + ${q.query.terms.length > 1 ? sql`${sql.raw(String(PHRASE_BONUS))} * (d.terms @@ phraseto_tsquery('simple', ${q.query.terms.join(' ')}))::int` : sql`0`} AS score
    FROM search_docs d
    WHERE ${where(q)}
    ORDER BY score DESC, d.date DESC NULLS LAST, d.id
    LIMIT ${q.limit} OFFSET ${q.offset}`

  return {
    ...writes,
    explain: async (q) =>
      (await run(sql`EXPLAIN ${searchSql(q)}`)).map((row) => String(row['QUERY PLAN'])).join('\n'),
    search: async (q) => {
      const hits = (await run(searchSql(q))) as unknown as StoreHit[]
      const [count] = await run(sql`SELECT COUNT(*) AS total FROM search_docs d WHERE ${where(q)}`)
      return {
        hits: hits.map((hit) => ({
          ...hit,
          date: hit.date ? new Date(hit.date).toISOString() : null,
          score: Number(hit.score),
        })),
        total: Number(count?.total ?? 0),
      }
    },
    size: async () => {
      const [row] = await run(sql`SELECT pg_total_relation_size('search_docs') AS bytes`)
      return Number(row?.bytes ?? 0)
    },
  }
}
