import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { apiClient } from '../helpers/api'
import { AS_IMPORT, plainBody } from '../helpers/content'
import { recordStatements, type Statement } from '../helpers/sql-statements'
import {
  databaseUnderTest,
  describeIntegration,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/**
 * Every statement the public read paths send (a page of articles with their
 * relations two levels deep, an article by slug, an event with its joins,
 * search) is explained by the database itself, and none may read the whole of
 * a table that grows with content. SQLite: `EXPLAIN QUERY PLAN`, where a plain
 * `SCAN t` reads every row (`SCAN t USING INDEX` walks an index in order and
 * stops at the LIMIT), and so does a `SEARCH` keyed only on few-valued
 * columns (all Arabic rows). PostgreSQL: `EXPLAIN` with sequential scans priced
 * out (`enable_seqscan = off`), so a `Seq Scan` left in the plan means no index
 * can serve it, whatever the table's size today (which index the planner picks
 * on a handful of rows says nothing, so only that is checked there).
 */

/**
 * Columns with a handful of values: an index lookup on these alone (all Arabic rows, all published
 * rows, every row of one relationship path) still reads a share of the table that grows with it.
 */
const FEW_VALUES = new Set([
  '_locale',
  '_status',
  'path',
  'latest',
  'locale',
  'visibility',
  'collection',
  'version__status',
])

/** Tables that grow with what the newsroom publishes; countries, topics and settings stay small. */
const GROWING =
  /^_?(articles|events|delegations|agreements|people|organizations|media|search_docs|workflow_events)(_v)?(_|$)/

const PAGE = `{
  Articles(limit: 20, sort: "-publishedAt", locale: ar) {
    docs {
      title slug
      people { name country { name } }
      agreements { title parties { country { name } signatory { name } } }
      delegations { name representedCountry { name } }
      events { title participants { name } delegations { name } agreements { title } location { country { name } } }
    }
  }
}`

describeIntegration('query plans of the public read paths', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let eventId: number | string

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    const create = async (
      collection: 'agreements' | 'articles' | 'delegations' | 'events' | 'people',
      data: Record<string, unknown>,
    ) =>
      (
        await ctx.payload.create({
          collection,
          context: AS_IMPORT,
          data: data as never,
          locale: 'ar',
        })
      ).id
    const country = (
      await ctx.payload.create({
        collection: 'countries',
        data: { code: 'EG', name: 'مصر' } as never,
      })
    ).id
    const partner = (
      await ctx.payload.create({
        collection: 'countries',
        data: { code: 'CN', name: 'الصين' } as never,
      })
    ).id
    const person = await create('people', { country, name: 'محمد حسن' })
    const delegation = await create('delegations', {
      _status: 'published',
      direction: 'incoming',
      head: { person },
      members: [person],
      name: 'وفد',
      representedCountry: country,
    })
    const agreement = await create('agreements', {
      _status: 'published',
      kind: 'protocol',
      parties: [{ country, signatory: person }, { country: partner }],
      status: 'signed',
      title: 'بروتوكول',
    })
    eventId = await create('events', {
      _status: 'published',
      agreements: [agreement],
      delegations: [delegation],
      kind: 'talks',
      location: { country },
      participants: [person],
      title: 'مباحثات',
    })
    for (let n = 0; n < 3; n++) {
      await create('articles', {
        _status: 'published',
        agreements: [agreement],
        body: plainBody(`تعاون أمني ${n}`),
        delegations: [delegation],
        events: [eventId],
        people: [person],
        publishedAt: `2026-0${n + 1}-01T00:00:00.000Z`,
        title: `مقال التعاون الأمني ${n}`,
      })
    }
  })
  afterAll(() => ctx?.stop())

  const readPaths: [string, () => Promise<unknown>][] = [
    ['GraphQL page of 20 articles, depth 2', () => api.graphql(PAGE)],
    [
      'GraphQL article by slug',
      async () => {
        const slug = (await ctx.payload.find({ collection: 'articles', limit: 1, locale: 'ar' }))
          .docs[0]!.slug
        return api.graphql(
          `query ($slug: String!) { Articles(where: { slug: { equals: $slug } }, limit: 1, locale: ar) { docs { title events { title } } } }`,
          { variables: { slug } },
        )
      },
    ],
    [
      'REST article list, depth 1',
      () => api.request('GET', '/articles?limit=20&sort=-publishedAt&locale=ar&depth=1'),
    ],
    ['REST event with its joins', () => api.request('GET', `/events/${eventId}?depth=1&locale=ar`)],
    ['search', () => api.request('GET', '/search?q=التعاون%20الأمني&locale=ar')],
  ]

  it.each(readPaths)('%s reads no growing table in full', async (_name, read) => {
    // The read cache would answer repeats without SQL: each path is read once, fresh.
    // Counts (Payload's totalDocs) read every matching row whatever the index: a cost of
    // pagination, not of the schema, left out here.
    const statements = (await recordStatements(ctx.payload, read)).filter(
      (statement) =>
        /^\s*(select|with)\b/i.test(statement.sql) && !/^\s*select count\(/i.test(statement.sql),
    )
    expect(statements.length).toBeGreaterThan(0)
    const fullScans: string[] = []
    for (const statement of statements) {
      for (const step of await fullScansOf(ctx.payload, statement)) {
        if (GROWING.test(step.split(':')[0]!))
          fullScans.push(`${step} in: ${statement.sql.slice(0, 300)}`)
      }
    }
    expect(fullScans).toEqual([])
  })
})

/** The plan steps ("table: step") that read a table in full, by the database's own plan. */
const fullScansOf = async (payload: Payload, statement: Statement): Promise<string[]> => {
  if (databaseUnderTest() === 'sqlite') {
    const client = (
      payload.db as unknown as {
        client: {
          execute: (s: {
            args: unknown[]
            sql: string
          }) => Promise<{ rows: { detail: string; parent: number }[] }>
        }
      }
    ).client
    const plan = await client.execute({
      args: statement.args,
      sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
    })
    // "SCAN <table or alias>", without "USING (COVERING) INDEX": every row is read; unless the
    // name is a subquery's result (a CO-ROUTINE or MATERIALIZE step), already cut to size.
    // A SEARCH on such columns alone, e.g. "SEARCH t USING INDEX i (_locale=?)", reads as much,
    // unless that index also gives the ORDER BY (no sort step), so that the LIMIT stops the walk.
    const details = plan.rows.map((row) => String(row.detail))
    const sortsAtTop = plan.rows.some(
      (row) => Number(row.parent) === 0 && String(row.detail).includes('TEMP B-TREE FOR ORDER BY'),
    )
    const limitStopsWalk = /\border by\b[\s\S]*\blimit\b/i.test(statement.sql) && !sortsAtTop
    const subqueries = new Set(
      details
        .filter((detail) => /^(CO-ROUTINE|MATERIALIZE) /.test(detail))
        .map((detail) => detail.split(' ')[1]),
    )
    return details.flatMap((detail) => {
      const [verb, name, ...rest] = detail.split(' ')
      if (!name || subqueries.has(name)) return []
      if (verb === 'SCAN' && !rest.includes('INDEX')) return [`${name}: ${detail}`]
      const keys = /\(([^)]*)\)$/.exec(detail)?.[1]
      return verb === 'SEARCH' && keys && onlyFewValues(keys) && !limitStopsWalk
        ? [`${name}: ${detail}`]
        : []
    })
  }
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<PgClient> } }).pool
  const client = await pool.connect()
  try {
    await client.query('SET enable_seqscan = off')
    const result = await client.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.args)
    return seqScans(
      (result.rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]!.Plan,
    )
  } finally {
    await client.query('RESET enable_seqscan')
    client.release()
  }
}

type PgClient = {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: unknown[] }>
  release: () => void
}
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] }

const seqScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' && node['Relation Name']
    ? [`${node['Relation Name']}: Seq Scan`]
    : []),
  ...(node.Plans ?? []).flatMap(seqScans),
]

/** Whether a lookup's keys ("_locale=? AND _parent_id=?") name only few-valued columns. */
const onlyFewValues = (keys: string): boolean => {
  const columns = [...keys.matchAll(/([a-z_]+)\s*[=<>]/gi)].map((match) => match[1]!.toLowerCase())
  return columns.length > 0 && columns.every((column) => FEW_VALUES.has(column))
}
