import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ParsedQuery } from './query'
import type { IndexRow } from './rows'
import { PHRASE_BONUS, rangeEnd, rangeStart, type SearchStore, type StoreHit, type StoreQuery, TITLE_BONUS, transactionOf } from './store'

type SQL = ReturnType<typeof sql>

type Drizzle = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

const BATCH = 500

/** ts_rank's weights for D, C (body), B (summary) and A (title) lexemes. */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}'

/**
 * The query as a tsquery, built only from bound parameters: every stem must
 * be there (plainto_tsquery ANDs them), every quoted phrase word for word.
 * The `simple` configuration adds nothing: the text is already normalized and stemmed.
 */
const tsquery = ({ phrases, terms }: ParsedQuery): SQL =>
  sql.join(
    [sql`plainto_tsquery('simple', ${terms.join(' ')})`, ...phrases.map((phrase) => sql`phraseto_tsquery('simple', ${phrase.join(' ')})`)],
    sql` && `,
  )

const textArray = (values: string[]): SQL => sql`ARRAY[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`

/**
 * The index on PostgreSQL: `search_docs`, a row per document, language and
 * audience, whose generated tsvector `terms` weighs title (A), summary (B) and
 * body (C) stems and has a GIN index (see migrations/postgres/*_search_index.ts).
 */
export const postgresStore = (payload: Payload): SearchStore => {
  const base = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const dbFor = async (req?: PayloadRequest): Promise<Drizzle> => (await transactionOf<{ db: Drizzle }>(payload, req))?.db ?? base
  const run = async (query: SQL, req?: PayloadRequest) => (await (await dbFor(req)).execute(query)).rows

  const insert = async (rows: IndexRow[], req?: PayloadRequest) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows.slice(i, i + BATCH).map(
        (row) =>
          sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.visibility}, ${row.slug}, ${row.title}, ${row.content}, ${row.titleTerms}, ${row.summaryTerms}, ${row.bodyTerms}, ${textArray(row.topics)}, ${textArray(row.countries)}, ${row.date}::timestamptz)`,
      )
      await run(
        sql`INSERT INTO search_docs (collection, doc_id, locale, visibility, slug, title, content, title_terms, summary_terms, body_terms, topics, countries, date) VALUES ${sql.join(values, sql`, `)}`,
        req,
      )
    }
  }

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
    clear: async (req) => {
      await run(sql`DELETE FROM search_docs`, req)
    },
    explain: async (q) => (await run(sql`EXPLAIN ${searchSql(q)}`)).map((row) => String(row['QUERY PLAN'])).join('\n'),
    insert,
    replace: async (collection, docId, rows, req) => {
      await run(sql`DELETE FROM search_docs WHERE collection = ${collection} AND doc_id = ${docId}`, req)
      await insert(rows, req)
    },
    search: async (q) => {
      const hits = (await run(searchSql(q))) as unknown as StoreHit[]
      const [count] = await run(sql`SELECT COUNT(*) AS total FROM search_docs d WHERE ${where(q)}`)
      return {
        hits: hits.map((hit) => ({ ...hit, date: hit.date ? new Date(hit.date).toISOString() : null, score: Number(hit.score) })),
        total: Number(count?.total ?? 0),
      }
    },
    size: async () => {
      const [row] = await run(sql`SELECT pg_total_relation_size('search_docs') AS bytes`)
      return Number(row?.bytes ?? 0)
    },
  }
}
