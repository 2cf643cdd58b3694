import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { runnerFor, type SQL } from '../db/sql-runner'
import { keysOf, longPhrasePatterns, queryKeys } from './keys'
import { phraseInFields, sqlWrites } from './sql-writes'
import { SEARCH_COLLECTIONS } from './sources'
import { rangeEnd, rangeStart, type SearchStore, type StoreHit, type StoreQuery } from './store'
import { pageOfTiers, type Tier, tiersOf } from './tiers'

/** A tsquery in text form, every lexeme quoted: nothing typed can be read as an operator. */
const lexeme = (key: string) => `'${key.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`
const every = (keys: string[]) => `(${keys.map(lexeme).join(' & ')})`

/**
 * The words of one tier (or, with no tier, of the whole search) as a tsquery.
 * The scope is asked of the columns instead (the planner knows how many rows
 * a language and audience have, and the (locale, visibility, sort_key) index
 * serves them).
 */
export const tsqueryOf = (tier: Pick<Tier, 'has' | 'lacks'>): string =>
  [every(tier.has), ...tier.lacks.map((keys) => `!${every(keys)}`)].join(' & ')

const textArray = (values: string[]): SQL =>
  sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`

/**
 * The index on PostgreSQL: `search_docs`, a row per document, language and
 * audience, with its keys (see keys.ts) as a tsvector under a GIN index (see
 * migrations/postgres/*_search_index.ts and *_search_speed.ts).
 *
 * A search counts its matches through the GIN index, then reads the ranking
 * tiers in order (tiers.ts), newest first (sort_key: see keys.ts), stopping
 * at the page: a tier of thousands is read in order from the (locale,
 * visibility, sort_key) index, a small one from the GIN index.
 * The long texts of a row are kept out of line (toast_tuple_target), so the
 * rows a search reads are small.
 */
export const postgresStore = (payload: Payload): SearchStore => {
  const run = runnerFor(payload, 'execute')
  const writes = sqlWrites(sql, run, {
    date: (value) => sql`${value}::timestamptz`,
    // One parameter, not one per key: a batch of rows would pass PostgreSQL's limit of parameters.
    keys: (row) => sql`array_to_tsvector(string_to_array(${keysOf(row).join(' ')}, ' '))`,
    list: textArray,
  })

  const where = (q: StoreQuery, tier: Pick<Tier, 'has' | 'lacks'>): SQL => {
    const conditions = [
      sql`d.keys @@ ${tsqueryOf(tier)}::tsquery`,
      sql`d.locale = ${q.locale}`,
      sql`d.visibility = ${q.visibility}`,
      ...longPhrasePatterns(q.query).map((pattern) => phraseInFields(sql, pattern)),
    ]
    if (q.collections.length < SEARCH_COLLECTIONS.length)
      conditions.push(sql`d.collection = ANY(${textArray(q.collections)})`)
    if (q.topics.length) conditions.push(sql`d.topics && ${textArray(q.topics)}`)
    if (q.countries.length) conditions.push(sql`d.countries && ${textArray(q.countries)}`)
    if (q.from) conditions.push(sql`d.date >= ${rangeStart(q.from)}::timestamptz`)
    if (q.to) conditions.push(sql`d.date <= ${rangeEnd(q.to)}::timestamptz`)
    return sql.join(conditions, sql` AND `)
  }

  const tierSql = (q: StoreQuery, tier: Tier, n: number): SQL => sql`
    SELECT d.collection, d.doc_id AS "docId", d.title, d.slug, d.content, d.date
    FROM search_docs d
    WHERE ${where(q, tier)}
    ORDER BY d.sort_key DESC
    LIMIT ${n}`

  return {
    ...writes,
    explain: async (q) => {
      const [first] = tiersOf(q.query)
      return (await run(sql`EXPLAIN ${tierSql(q, first!, q.offset + q.limit)}`))
        .map((row) => String(row['QUERY PLAN']))
        .join('\n')
    },
    optimize: async (req) => {
      await run(sql`ANALYZE search_docs`, req)
    },
    search: async (q) => {
      const match = { has: queryKeys(q.query).match, lacks: [] }
      // Two connections of the pool: the count runs beside the tiers.
      const [[count], hits] = await Promise.all([
        run(sql`SELECT COUNT(*) AS total FROM search_docs d WHERE ${where(q, match)}`),
        pageOfTiers(tiersOf(q.query), q.offset, q.limit, async (tier, n) =>
          ((await run(tierSql(q, tier, n))) as unknown as StoreHit[]).map((hit) => ({
            ...hit,
            date: hit.date ? new Date(hit.date).toISOString() : null,
            score: tier.bonus,
          })),
        ),
      ])
      return { hits, total: Number(count?.total ?? 0) }
    },
    size: async () => {
      const [row] = await run(sql`SELECT pg_total_relation_size('search_docs') AS bytes`)
      return Number(row?.bytes ?? 0)
    },
  }
}
