import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { fts5InColumn, fts5Match, fts5Phrase } from './query'
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

/** bm25 weights of the FTS5 columns title_terms, summary_terms, body_terms. */
const WEIGHTS = sql.raw('10.0, 4.0, 1.0')

/**
 * The index on SQLite: `search_docs` holds a row per document, language and
 * audience, and `search_fts`, an FTS5 table over its stems (external content,
 * kept in step by triggers; see migrations/sqlite/*_search_index.ts).
 */
export const sqliteStore = (payload: Payload): SearchStore => {
  const run = runnerFor(payload, 'run')
  const writes = sqlWrites(sql, run, {
    date: (value) => sql`${value}`,
    list: (values) => sql`${JSON.stringify(values)}`,
  })

  const filters = (q: StoreQuery): SQL => {
    const conditions = [sql`d.locale = ${q.locale}`, sql`d.visibility = ${q.visibility}`]
    const list = (values: string[]) =>
      sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )
    conditions.push(sql`d.collection IN (${list(q.collections)})`)
    if (q.topics.length)
      conditions.push(
        sql`EXISTS (SELECT 1 FROM json_each(d.topics) t WHERE t.value IN (${list(q.topics)}))`,
      )
    if (q.countries.length)
      conditions.push(
        sql`EXISTS (SELECT 1 FROM json_each(d.countries) c WHERE c.value IN (${list(q.countries)}))`,
      )
    if (q.from) conditions.push(sql`d.date >= ${rangeStart(q.from)}`)
    if (q.to) conditions.push(sql`d.date <= ${rangeEnd(q.to)}`)
    return sql.join(conditions, sql` AND `)
  }

  const matching = (q: StoreQuery, expression: string): SQL =>
    sql`d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${expression})`

  const searchSql = (q: StoreQuery): SQL => sql`
    WITH matched AS (
      SELECT rowid AS id, -bm25(search_fts, ${WEIGHTS}) AS relevance FROM search_fts WHERE search_fts MATCH ${fts5Match(q.query)}
    )
    SELECT d.collection, d.doc_id AS "docId", d.title, d.slug, d.content, d.date,
      m.relevance / (1.0 + m.relevance)
        + ${sql.raw(String(TITLE_BONUS))} * (${matching(q, fts5InColumn(q.query, 'title_terms'))})
        + ${q.query.terms.length > 1 ? sql`${sql.raw(String(PHRASE_BONUS))} * (${matching(q, fts5Phrase(q.query))})` : sql`0`} AS score
    FROM matched m JOIN search_docs d ON d.id = m.id
    WHERE ${filters(q)}
    ORDER BY score DESC, d.date DESC, d.id
    LIMIT ${q.limit} OFFSET ${q.offset}`

  return {
    ...writes,
    explain: async (q) =>
      (await run(sql`EXPLAIN QUERY PLAN ${searchSql(q)}`))
        .map((row) => String(row.detail))
        .join('\n'),
    search: async (q) => {
      const hits = (await run(searchSql(q))) as unknown as StoreHit[]
      const [count] = await run(sql`
        SELECT COUNT(*) AS total FROM search_fts f JOIN search_docs d ON d.id = f.rowid
        WHERE search_fts MATCH ${fts5Match(q.query)} AND ${filters(q)}`)
      return {
        hits: hits.map((hit) => ({ ...hit, score: Number(hit.score) })),
        total: Number(count?.total ?? 0),
      }
    },
    size: async () => {
      const [row] = await run(
        sql`SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\' OR name LIKE 'sqlite_autoindex_search\\_%' ESCAPE '\\'`,
      )
      return Number(row?.bytes ?? 0)
    },
  }
}
