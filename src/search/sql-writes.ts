import type { Payload, PayloadRequest } from 'payload'

import type { sql as sqlTag } from '@payloadcms/db-sqlite'

import type { IndexRow } from './rows'
import { type SearchStore, transactionOf } from './store'

type Sql = typeof sqlTag
export type SQL = ReturnType<Sql>
export type Run = (query: SQL, req?: PayloadRequest) => Promise<Record<string, unknown>[]>

const BATCH = 500

/**
 * Runs SQL on the request's transaction where Payload opened one, otherwise on
 * the adapter's connection. `method` is how the dialect's drizzle runs a
 * statement and returns rows (`run` on libsql, `execute` on node-postgres).
 */
export const runnerFor = (payload: Payload, method: 'execute' | 'run'): Run => {
  type Drizzle = Record<typeof method, (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>>
  const base = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  return async (query, req) => {
    const db = (await transactionOf<{ db: Drizzle }>(payload, req))?.db ?? base
    return (await db[method](query)).rows
  }
}

/**
 * The writes both SQL indexes share: the same `search_docs` table and
 * columns; only how a list of ids and a date are written differs.
 */
export const sqlWrites = (
  sql: Sql,
  run: Run,
  encode: { date: (value: string | null) => SQL; list: (values: string[]) => SQL },
): Pick<SearchStore, 'clear' | 'insert' | 'replace'> => {
  const insert = async (rows: IndexRow[], req?: PayloadRequest) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows.slice(i, i + BATCH).map(
        (row) =>
          sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.visibility}, ${row.slug}, ${row.title}, ${row.content}, ${row.titleTerms}, ${row.summaryTerms}, ${row.bodyTerms}, ${encode.list(row.topics)}, ${encode.list(row.countries)}, ${encode.date(row.date)})`,
      )
      await run(
        sql`INSERT INTO search_docs (collection, doc_id, locale, visibility, slug, title, content, title_terms, summary_terms, body_terms, topics, countries, date) VALUES ${sql.join(values, sql`, `)}`,
        req,
      )
    }
  }
  return {
    clear: async (req) => {
      await run(sql`DELETE FROM search_docs`, req)
    },
    insert,
    replace: async (collection, docId, rows, req) => {
      await run(sql`DELETE FROM search_docs WHERE collection = ${collection} AND doc_id = ${docId}`, req)
      await insert(rows, req)
    },
  }
}
