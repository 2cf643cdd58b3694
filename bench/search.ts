/**
 * `npm run bench:search [-- --docs 10000 --runs 20 --db sqlite,postgres]`
 *
 * Generates bilingual articles in a fresh database of each kind (SQLite in a
 * temporary folder; PostgreSQL at POSTGRES_ADMIN_URL / TEST_POSTGRES_URL, a
 * scratch database dropped afterwards), builds the search index with the real
 * indexing code, then times realistic Arabic and English searches against a
 * plain Payload `contains` query on the same data. Writes
 * bench/results/search-<db>.json and prints a table for the README.
 *
 * Fast path: a sample of articles goes through the Local API (hooks and all);
 * the rest are written with plain SQL INSERTs into Payload's tables (current
 * row and latest version, both languages), then `rebuildSearchIndex` indexes
 * everything, as `npm run search:reindex` would.
 */
import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, getPayload, type Payload } from 'payload'

import { jusurConfig } from '../src/config/jusur-config'
import { closeDatabase } from '../src/db/close-database'
import { applyMigrations } from '../src/db/migrations'
import {
  createDatabase,
  dropDatabase,
  postgresAdminUrl,
  withDatabaseName,
} from '../src/db/postgres-admin'
import { rebuildSearchIndex, searchStoreFor } from '../src/search/indexer'
import { parseSearchQuery } from '../src/search/query'
import { search } from '../src/search/service'
import { paragraphsToLexical } from '../src/seed/lexical'
import { type Db, arg } from './command-line'
import { type GeneratedArticle, generateArticle, QUERIES } from './generate'

const ROOT = path.resolve(import.meta.dirname, '..')
const DOCS = Number(arg('docs', '10000'))
const RUNS = Number(arg('runs', '20'))
const DATABASES = arg('db', 'sqlite,postgres').split(',') as Db[]
/** Articles created through the Local API, the rest by SQL. */
const SAMPLE = Math.min(200, DOCS)
const BATCH = 200
const WARMUP = 3

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const round = (ms: number) => Math.round(ms * 100) / 100
const time = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
  const start = performance.now()
  const result = await work()
  return [performance.now() - start, result]
}

type Execute = (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>

/** Writes articles straight into Payload's tables: the published row and its latest version, in both languages. */
const insertBulk = async (payload: Payload, db: Db, from: number, to: number) => {
  const { sql } =
    db === 'sqlite'
      ? await import('@payloadcms/db-sqlite')
      : await import('@payloadcms/db-postgres')
  const adapter = payload.db as unknown as {
    drizzle: unknown
    execute: (args: {
      drizzle: unknown
      sql: unknown
    }) => Promise<{ rows: Record<string, unknown>[] }>
  }
  const run: Execute = (query) => adapter.execute({ drizzle: adapter.drizzle, sql: query })
  const next = async (table: string) =>
    Number((await run(sql.raw(`SELECT COALESCE(MAX(id), 0) + 1 AS id FROM ${table}`))).rows[0]!.id)
  let articleId = await next('articles')
  let versionId = await next('_articles_v')
  const latest = db === 'sqlite' ? 1 : true
  for (let start = from; start < to; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, to - start) }, (_, i) => ({
      article: generateArticle(start + i),
      n: start + i,
    }))
    const rows = batch.map(({ article, n }) => ({
      article,
      id: articleId++,
      n,
      version: versionId++,
    }))
    const locales = (parent: (row: (typeof rows)[number]) => number) =>
      rows.flatMap((row) =>
        (['ar', 'en'] as const).map((locale) => {
          const text = row.article[locale]
          const body = JSON.stringify(
            paragraphsToLexical(text.body, locale === 'ar' ? 'rtl' : 'ltr'),
          )
          return sql`(${text.title}, ${`bench-${locale}-${row.n}`}, ${text.summary}, ${body}, ${locale}, ${parent(row)})`
        }),
      )
    const now = new Date().toISOString()
    await run(
      sql`INSERT INTO articles (id, published_at, _status, created_at, updated_at) VALUES ${sql.join(
        rows.map(
          (row) => sql`(${row.id}, ${row.article.publishedAt}, 'published', ${now}, ${now})`,
        ),
        sql`, `,
      )}`,
    )
    await run(
      sql`INSERT INTO articles_locales (title, slug, summary, body, _locale, _parent_id) VALUES ${sql.join(
        locales((row) => row.id),
        sql`, `,
      )}`,
    )
    await run(
      sql`INSERT INTO _articles_v (id, parent_id, version_published_at, version__status, version_created_at, version_updated_at, created_at, updated_at, latest) VALUES ${sql.join(
        rows.map(
          (row) =>
            sql`(${row.version}, ${row.id}, ${row.article.publishedAt}, 'published', ${now}, ${now}, ${now}, ${now}, ${latest})`,
        ),
        sql`, `,
      )}`,
    )
    await run(
      sql`INSERT INTO _articles_v_locales (version_title, version_slug, version_summary, version_body, _locale, _parent_id) VALUES ${sql.join(
        locales((row) => row.version),
        sql`, `,
      )}`,
    )
  }
  if (db === 'postgres') {
    for (const table of ['articles', '_articles_v'])
      await run(
        sql.raw(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`,
        ),
      )
  }
}

const createThroughLocalApi = async (payload: Payload, article: GeneratedArticle, n: number) => {
  // Generated content is an import: published directly, not taken through review.
  const doc = await payload.create({
    collection: 'articles',
    context: { [WORKFLOW_IMPORT]: true },
    data: {
      _status: 'published',
      body: paragraphsToLexical(article.ar.body, 'rtl'),
      publishedAt: article.publishedAt,
      slug: `bench-ar-${n}`,
      summary: article.ar.summary,
      title: article.ar.title,
    },
    depth: 0,
    locale: 'ar',
  })
  await payload.update({
    collection: 'articles',
    context: { [WORKFLOW_IMPORT]: true },
    data: {
      _status: 'published',
      body: paragraphsToLexical(article.en.body, 'ltr'),
      slug: `bench-en-${n}`,
      summary: article.en.summary,
      title: article.en.title,
    },
    depth: 0,
    id: doc.id,
    locale: 'en',
  })
}

type Timing = { p50Ms: number; p95Ms: number; meanHits: number }

const summarize = (times: number[], hits: number[]): Timing => ({
  meanHits: Math.round(hits.reduce((a, b) => a + b, 0) / Math.max(1, hits.length)),
  p50Ms: round(percentile(times, 50)),
  p95Ms: round(percentile(times, 95)),
})

const benchmark = async (db: Db) => {
  let url: string
  let drop: () => Promise<void>
  let databaseBytes: () => Promise<number>
  if (db === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-bench-'))
    const file = path.join(dir, 'bench.db')
    url = `file:${file}`
    drop = async () => fs.rmSync(dir, { force: true, recursive: true })
    databaseBytes = async () =>
      fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0)
  } else {
    const admin = postgresAdminUrl()
    const name = `jusur_bench_${process.pid}`
    await createDatabase(admin, name)
    url = withDatabaseName(admin, name)
    drop = () => dropDatabase(admin, name)
    databaseBytes = async () => 0
  }
  const payload = await getPayload({
    config: await jusurConfig({ databaseUrl: url, rootDir: ROOT }),
    key: `bench-${db}`,
  })
  try {
    await applyMigrations(payload)
    const run = (raw: string) =>
      (
        payload.db as unknown as {
          drizzle: unknown
          execute: (args: {
            drizzle: unknown
            raw: string
          }) => Promise<{ rows: Record<string, unknown>[] }>
        }
      ).execute({
        drizzle: (payload.db as unknown as { drizzle: unknown }).drizzle,
        raw,
      })
    if (db === 'postgres')
      databaseBytes = async () =>
        Number((await run('SELECT pg_database_size(current_database()) AS bytes')).rows[0]!.bytes)
    const version = String(
      Object.values(
        (await run(db === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SHOW server_version'))
          .rows[0]!,
      )[0],
    )

    console.log(`[${db}] ${SAMPLE} articles through the Local API (indexed by the hooks)...`)
    const [sampleMs] = await time(async () => {
      for (let n = 0; n < SAMPLE; n++) await createThroughLocalApi(payload, generateArticle(n), n)
    })
    console.log(`[${db}] ${DOCS - SAMPLE} more by SQL...`)
    const [bulkMs] = await time(() => insertBulk(payload, db, SAMPLE, DOCS))
    console.log(`[${db}] rebuilding the search index...`)
    const [indexMs, counts] = await time(() => rebuildSearchIndex(payload))
    if (db === 'postgres') await run('VACUUM ANALYZE search_docs')
    if (db === 'sqlite') await run('PRAGMA wal_checkpoint(TRUNCATE)')

    const req = await createLocalReq({}, payload)
    const byQuery = []
    const all = {
      contains: { hits: [] as number[], times: [] as number[] },
      search: { hits: [] as number[], times: [] as number[] },
    }
    for (const locale of ['ar', 'en'] as const) {
      for (const q of QUERIES[locale]) {
        const plain = q.replace(/"/g, '')
        const searchOnce = () => search(req, { limit: 10, locale, q })
        const containsOnce = () =>
          payload.find({
            collection: 'articles',
            depth: 0,
            limit: 10,
            locale,
            where: {
              and: [
                { _status: { equals: 'published' } },
                { or: [{ title: { contains: plain } }, { summary: { contains: plain } }] },
              ],
            },
          })
        for (let i = 0; i < WARMUP; i++) await Promise.all([searchOnce(), containsOnce()])
        const times = { contains: [] as number[], search: [] as number[] }
        let searchHits = 0
        let containsHits = 0
        for (let i = 0; i < RUNS; i++) {
          const [s, found] = await time(searchOnce)
          const [c, matched] = await time(containsOnce)
          times.search.push(s)
          times.contains.push(c)
          searchHits = found.totalDocs
          containsHits = matched.totalDocs
        }
        all.search.times.push(...times.search)
        all.contains.times.push(...times.contains)
        all.search.hits.push(searchHits)
        all.contains.hits.push(containsHits)
        byQuery.push({
          contains: {
            hits: containsHits,
            p50Ms: round(percentile(times.contains, 50)),
            p95Ms: round(percentile(times.contains, 95)),
          },
          locale,
          q,
          search: {
            hits: searchHits,
            p50Ms: round(percentile(times.search, 50)),
            p95Ms: round(percentile(times.search, 95)),
          },
        })
      }
    }
    const parsed = parseSearchQuery('التعاون الأمني') as { query: never }
    const plan = await searchStoreFor(payload).explain({
      collections: ['articles'],
      countries: [],
      limit: 10,
      locale: 'ar',
      offset: 0,
      query: parsed.query,
      topics: [],
      visibility: 'public',
    })
    const result = {
      benchmark: 'search',
      contains: {
        ...summarize(all.contains.times, all.contains.hits),
        what: 'payload.find where title or summary contains the query (Payload `contains`, case-insensitive LIKE)',
      },
      database: db,
      databaseBytes: await databaseBytes(),
      databaseVersion: version,
      documents: DOCS,
      generatedAt: new Date().toISOString(),
      indexBuildSeconds: round(indexMs / 1000),
      indexBytes: await searchStoreFor(payload).size(),
      indexRows: Object.values(counts).reduce((a, b) => a + b, 0),
      loadSeconds: {
        bulkSql: round(bulkMs / 1000),
        localApiSample: round(sampleMs / 1000),
        sampleSize: SAMPLE,
      },
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        // Other jobs share the machine: its load (1, 5 and 15 minutes) when the timings ended.
        loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        os: `${os.type()} ${os.release()}`,
      },
      plan: plan.split('\n'),
      queries: byQuery,
      runsPerQuery: RUNS,
      search: {
        ...summarize(all.search.times, all.search.hits),
        what: 'GET /api/search as the service runs it: parse, indexed query, count, snippets for 10 hits',
      },
    }
    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    fs.writeFileSync(
      path.join(ROOT, `bench/results/search-${db}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    )
    return result
  } finally {
    await closeDatabase(payload)
    await drop()
  }
}

const main = async () => {
  const results = []
  for (const db of DATABASES) results.push(await benchmark(db))
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
  console.log(
    `\n${DOCS} articles (${DOCS * 2} language versions), ${RUNS} runs of each of ${QUERIES.ar.length + QUERIES.en.length} queries\n`,
  )
  console.log(
    '| database | search p50 | search p95 | `contains` p50 | `contains` p95 | index size | index build | mean hits: search / contains |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const r of results) {
    console.log(
      `| ${r.database} ${r.databaseVersion} | ${r.search.p50Ms} ms | ${r.search.p95Ms} ms | ${r.contains.p50Ms} ms | ${r.contains.p95Ms} ms | ${mb(r.indexBytes)} | ${r.indexBuildSeconds} s | ${r.search.meanHits} / ${r.contains.meanHits} |`,
    )
  }
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error('bench:search failed:', error)
  process.exit(1)
})
