import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { runnerFor, type SQL } from '../db/sql-runner'
import { keysOf, longPhrasePatterns, queryKeys, scopeKey } from './keys'
import { phraseInFields, sqlWrites } from './sql-writes'
import { SEARCH_COLLECTIONS } from './sources'
import { rangeEnd, rangeStart, type SearchStore, type StoreHit, type StoreQuery } from './store'
import { pageOfTiers, type Tier, tiersOf } from './tiers'

/** FTS5 quoting: a key or stem is one token (letters, marks, digits, `_`), quoted so nothing reads as an operator. */
const token = (value: string) => `"${value.replaceAll('"', '""')}"`
const every = (values: string[]) => `(${values.map(token).join(' AND ')})`

/** The row's scope: its language and audience, in one of the collections asked for. */
const scope = (q: StoreQuery): string =>
  q.collections.length === SEARCH_COLLECTIONS.length
    ? token(scopeKey(q.locale, q.visibility))
    : `(${q.collections.map((c) => token(scopeKey(q.locale, q.visibility, c))).join(' OR ')})`

/** The matches of one tier (or, with no tier, of the whole search) in FTS5 syntax. */
export const fts5Query = (q: StoreQuery, tier: Pick<Tier, 'has' | 'lacks'>): string =>
  [[every(tier.has), scope(q)].join(' AND '), ...tier.lacks.map((keys) => every(keys))].join(
    ' NOT ',
  )

/**
 * The index on SQLite: `search_docs` holds a row per document, language and
 * audience; `search_fts`, an FTS5 table over its keys (see keys.ts), whose rowid is the row's `sort_key`, newest first (external
 * content, kept in step by triggers; see migrations/sqlite/*_search_index.ts
 * and *_search_speed.ts).
 *
 * A search counts its matches in the index, then reads the ranking tiers in
 * order (tiers.ts), each in rowid order, newest first, stopping at the page:
 * the index alone answers, and `search_docs` is read for the page's rows only.
 */
export const sqliteStore = (payload: Payload): SearchStore => {
  const run = runnerFor(payload, 'run')
  const writes = sqlWrites(sql, run, {
    date: (value) => sql`${value}`,
    keys: (row) => sql`${keysOf(row).join(' ')}`,
    list: (values) => sql`${JSON.stringify(values)}`,
  })

  /** Filters the index cannot answer: long phrases, topics, countries, dates (on the joined `search_docs`). */
  const filters = (q: StoreQuery): SQL[] => {
    const conditions = longPhrasePatterns(q.query).map((pattern) => phraseInFields(sql, pattern))
    const list = (values: string[]) =>
      sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )
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
    return conditions
  }
  const and = (conditions: SQL[]): SQL =>
    conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``

  const tierSql = (q: StoreQuery, tier: Tier, n: number): SQL => sql`
    SELECT d.collection, d.doc_id AS "docId", d.title, d.slug, d.content, d.date
    FROM search_fts JOIN search_docs d ON d.sort_key = search_fts.rowid
    WHERE search_fts MATCH ${fts5Query(q, tier)}${and(filters(q))}
    ORDER BY search_fts.rowid DESC
    LIMIT ${n}`

  /** Every match: counted in the index alone, unless a filter needs `search_docs`. */
  const countSql = (q: StoreQuery): SQL => {
    const match = fts5Query(q, { has: queryKeys(q.query).match, lacks: [] })
    const conditions = filters(q)
    return conditions.length
      ? sql`SELECT COUNT(*) AS total FROM search_fts JOIN search_docs d ON d.sort_key = search_fts.rowid WHERE search_fts MATCH ${match}${and(conditions)}`
      : sql`SELECT COUNT(*) AS total FROM search_fts WHERE search_fts MATCH ${match}`
  }

  return {
    ...writes,
    explain: async (q) => {
      const [first] = tiersOf(q.query)
      return (await run(sql`EXPLAIN QUERY PLAN ${tierSql(q, first!, q.offset + q.limit)}`))
        .map((row) => String(row.detail))
        .join('\n')
    },
    optimize: async (req) => {
      await run(sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`, req)
    },
    search: async (q) => {
      const [[count], hits] = await Promise.all([
        run(countSql(q)),
        pageOfTiers(tiersOf(q.query), q.offset, q.limit, async (tier, n) =>
          ((await run(tierSql(q, tier, n))) as unknown as StoreHit[]).map((hit) => ({
            ...hit,
            score: tier.bonus,
          })),
        ),
      ])
      return { hits, total: Number(count?.total ?? 0) }
    },
    size: async () => {
      const [row] = await run(
        sql`SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\' OR name LIKE 'sqlite_autoindex_search\\_%' ESCAPE '\\'`,
      )
      return Number(row?.bytes ?? 0)
    },
  }
}
