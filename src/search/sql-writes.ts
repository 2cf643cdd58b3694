import type { PayloadRequest } from 'payload'

import type { sql as sqlTag } from '@payloadcms/db-sqlite'

import type { IndexRow } from './rows'
import type { Run, SQL } from '../db/sql-runner'
import type { SearchStore } from './store'

type Sql = typeof sqlTag

const BATCH = 500

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
      const values = rows
        .slice(i, i + BATCH)
        .map(
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
      await run(
        sql`DELETE FROM search_docs WHERE collection = ${collection} AND doc_id = ${docId}`,
        req,
      )
      await insert(rows, req)
    },
  }
}
