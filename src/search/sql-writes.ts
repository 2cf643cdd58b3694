import type { PayloadRequest } from 'payload'

import type { sql as sqlTag } from '@payloadcms/db-sqlite'

import { sortKeyOf } from './keys'
import type { IndexRow } from './rows'
import type { Run, SQL } from '../db/sql-runner'
import type { SearchStore } from './store'

type Sql = typeof sqlTag

const BATCH = 500

/** The fields of stems in which a long phrase is looked for, word for word (see longPhrasePatterns). */
export const phraseInFields = (sql: Sql, pattern: string): SQL =>
  sql`((' ' || d.title_terms || ' ') LIKE ${pattern} OR (' ' || d.summary_terms || ' ') LIKE ${pattern} OR (' ' || d.body_terms || ' ') LIKE ${pattern})`

/** How a store writes what differs between databases: a list of ids, a date, the keys. */
export type Encoding = {
  date: (value: string | null) => SQL
  list: (values: string[]) => SQL
  /** The row's keys, as the store indexes them (see keys.ts). */
  keys: (row: IndexRow) => SQL
}

/**
 * The writes both SQL indexes share: the same `search_docs` table and
 * columns, and the analyzer version in `search_meta`; only how a list of ids
 * a date and the keys are written differs. The sort key (see keys.ts) goes as
 * a decimal string, which both databases cast to their 64-bit integer.
 */
export const sqlWrites = (
  sql: Sql,
  run: Run,
  encode: Encoding,
): Pick<SearchStore, 'builtWith' | 'clear' | 'insert' | 'replace'> => {
  const insert = async (rows: IndexRow[], req?: PayloadRequest) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows
        .slice(i, i + BATCH)
        .map(
          (row) =>
            sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.visibility}, ${row.slug}, ${row.title}, ${row.content}, ${row.titleTerms}, ${row.summaryTerms}, ${row.bodyTerms}, ${encode.list(row.topics)}, ${encode.list(row.countries)}, ${encode.date(row.date)}, ${encode.keys(row)}, ${sortKeyOf(row)})`,
        )
      await run(
        sql`INSERT INTO search_docs (collection, doc_id, locale, visibility, slug, title, content, title_terms, summary_terms, body_terms, topics, countries, date, keys, sort_key) VALUES ${sql.join(values, sql`, `)}`,
        req,
      )
    }
  }
  return {
    builtWith: {
      read: async () => {
        const [row] = await run(sql`SELECT analyzer FROM search_meta WHERE id = 1`)
        return row ? String(row.analyzer) : null
      },
      write: async (version, req) => {
        await run(
          sql`INSERT INTO search_meta (id, analyzer) VALUES (1, ${version}) ON CONFLICT (id) DO UPDATE SET analyzer = excluded.analyzer`,
          req,
        )
      },
    },
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
