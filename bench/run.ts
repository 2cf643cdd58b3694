/**
 * `npm run bench [-- --db sqlite,postgres --scale 1 --seconds 20 --cycles 20 --generate-only | --tables]`
 *
 * For each database: makes (or completes) the benchmark dataset
 * (bench/dataset.ts, kept in bench/.data or the PostgreSQL database
 * jusur_bench_scale_<scale> for the next run), counts the SQL statements of a
 * list page, times the hand-written SQL floor, then starts in turn the built
 * production server (express + Next) with the read cache off, the bare Payload
 * build of the same collections (bench/bare.config.ts), and the production
 * server as deployed (read cache on), and loads each with autocannon: the
 * public GraphQL page of 20 articles, an article by id and by slug, and search, at 1 and
 * 20 connections. Last, the editorial write path at 1 and 5 teams.
 * Writes bench/results/api-<db>.json and prints the tables of BENCHMARKS.md.
 *
 * `npm run bench -- --newsroom [--minutes 5 --readers 20 --authors 3
 * --draft-every 2 --publish-every 30 --read-only-seconds 60]`: instead, the
 * newsroom day (bench/newsroom.ts) on the production server as deployed,
 * written to bench/results/newsroom-<db>.json.
 */
import fs from 'node:fs'
import path from 'node:path'
import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import { flattenAllFields, getPayload, type Payload } from 'payload'

import { graphqlHandler } from '../src/api/route-handlers'
import { jusurConfig } from '../src/config/jusur-config'
import { applyMigrations } from '../src/db/migrations'
import { createDatabase, postgresAdminUrl, withDatabaseName } from '../src/db/postgres-admin'
import { startServer, type RunningServer } from '../tests/helpers/server'
import { countStatements } from '../tests/helpers/sql-statements'
import { type Db, arg, datasetName } from './command-line'
import { generateDataset } from './dataset'
import { closeDefaultPayload } from './default-payload'
import { articlePageSql } from './floor'
import { ensureBuild, serverEnv } from './production-server'
import { type LoadRequest, type LoadResult, percentile, round, runLoad } from './load'
import {
  NEWSROOM_TARGETS,
  type NewsroomResult,
  runNewsroom,
  runWebsiteThroughLimits,
} from './newsroom'
import { machineFacts, writeResult } from './results-file'
import {
  ARTICLE_BY_ID,
  ARTICLE_BY_SLUG,
  articlePageQuery,
  graphqlRequest,
  SEARCH,
  SEARCH_TERMS,
} from './queries'
import { runWrites, type WriteResult } from './writes'

const ROOT = path.resolve(import.meta.dirname, '..')
const DATABASES = arg('db', 'sqlite,postgres').split(',') as Db[]
const SCALE = Number(arg('scale', '1'))
const SECONDS = Number(arg('seconds', '20'))
const CYCLES = Number(arg('cycles', '20'))
/** `--generate-only`: make (or complete) the datasets and stop. */
const GENERATE_ONLY = process.argv.includes('--generate-only')
/** `--newsroom`: the newsroom day instead of the API benchmark. */
const NEWSROOM = process.argv.includes('--newsroom')
const NEWSROOM_SETTINGS = {
  authors: Number(arg('authors', '3')),
  draftEverySeconds: Number(arg('draft-every', '2')),
  publishEverySeconds: Number(arg('publish-every', '30')),
  readers: Number(arg('readers', '20')),
  seconds: Math.round(Number(arg('minutes', '5')) * 60),
}
const READ_ONLY_SECONDS = Number(arg('read-only-seconds', '60'))
const READ_CONNECTIONS = [1, 20]
const WRITE_TEAMS = [1, 5]
const FLOOR_RUNS = 200

const log = (line: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`)

const databaseUrlFor = async (db: Db): Promise<string> => {
  const name = datasetName(SCALE)
  if (db === 'sqlite') {
    fs.mkdirSync(path.join(ROOT, 'bench/.data'), { recursive: true })
    return `file:${path.join(ROOT, 'bench/.data', `${name}.db`)}`
  }
  const admin = postgresAdminUrl()
  await createDatabase(admin, name).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error // 42P04: it exists, from an earlier run
  })
  return withDatabaseName(admin, name)
}

/**
 * The dataset's people, topics and organizations are drafts, and the workflow
 * refuses to publish an article that links to a draft: what the articles the
 * benchmark publishes link to is published first (as an import), as it would
 * be in a newsroom.
 */
const publishLinksOf = async (payload: Payload, ids: (number | string)[]) => {
  const relations = flattenAllFields({
    fields: payload.collections.articles.config.fields,
  }).flatMap((field) =>
    field.type === 'relationship' && typeof field.relationTo === 'string'
      ? [{ collection: field.relationTo, name: field.name }]
      : [],
  )
  const { docs } = await payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  const links = new Map<string, { collection: string; id: number | string }>()
  for (const doc of docs as unknown as Record<string, unknown>[])
    for (const { collection, name } of relations)
      for (const id of [doc[name]].flat())
        if (typeof id === 'number' || typeof id === 'string')
          links.set(`${collection}:${id}`, { collection, id })
  for (const { collection, id } of links.values()) {
    const linked = await payload.findByID({ collection: collection as 'people', draft: true, id })
    if (linked._status === 'published') continue
    await payload.update({
      collection: collection as 'people',
      context: { [WORKFLOW_IMPORT]: true },
      data: { _status: 'published', workflowState: 'published' } as never,
      id,
    })
  }
}

/** What the in-process part measures, with the inputs the load runs need. */
type Prepared = {
  articleIdsForWrites: (number | string)[]
  floor: { p50Ms: number; p95Ms: number }
  generator: { documents: number; perSecond: number; seconds: number }
  published: { id: number; slug: string; slugEn: null | string }[]
  statements: {
    byId: number
    bySlug: number
    page100: number
    page20: number
    page20Hit: number
    page20Miss: number
  }
  totals: Record<string, number>
  version: string
}

const anonymousGraphQL = (payload: Payload, cached = false) => {
  const handler = graphqlHandler(payload.config, { cache: cached })
  return async (query: string, variables?: Record<string, unknown>) => {
    const response = await handler(
      new Request('http://localhost/api/graphql', {
        body: JSON.stringify({ query, variables }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    const body = (await response.json()) as {
      data?: Record<string, { docs?: unknown[] }>
      errors?: { message: string }[]
    }
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0]!.message}`)
    return body.data!
  }
}

const prepare = async (db: Db, databaseUrl: string): Promise<Prepared | undefined> => {
  // The default key: the GraphQL route handler looks Payload up by its config and must find this instance.
  const payload = await getPayload({ config: await jusurConfig({ databaseUrl, rootDir: ROOT }) })
  try {
    await applyMigrations(payload)
    log(`${db}: dataset at scale ${SCALE}`)
    const generator = await generateDataset(payload, SCALE, (line) => log(`${db}: ${line}`))
    if (GENERATE_ONLY) return undefined
    const execute = sqlRunner(payload)
    if (db === 'postgres') await execute('ANALYZE')

    const graphql = anonymousGraphQL(payload)
    const page = (limit: number) => graphql(articlePageQuery(limit))
    const publishedAr = (
      await payload.find({
        collection: 'articles',
        depth: 0,
        limit: 50,
        locale: 'ar',
        overrideAccess: false,
        select: { slug: true },
      })
    ).docs.map(({ id, slug }) => ({ id: Number(id), slug: slug as string }))
    const englishSlugs = new Map(
      (
        await payload.find({
          collection: 'articles',
          depth: 0,
          limit: 0,
          locale: 'en',
          overrideAccess: false,
          pagination: false,
          select: { slug: true },
          where: { id: { in: publishedAr.map(({ id }) => id) } },
        })
      ).docs.map(({ id, slug }) => [Number(id), (slug as null | string) ?? null]),
    )
    const published = publishedAr.map((article) => ({
      ...article,
      slugEn: englishSlugs.get(article.id) ?? null,
    }))
    await page(20) // warm
    const cachedGraphQL = anonymousGraphQL(payload, true)
    await cachedGraphQL(articlePageQuery(20)) // the miss that fills the cache
    const statements = {
      byId: await countStatements(payload, () => graphql(ARTICLE_BY_ID, { id: published[0]!.id })),
      bySlug: await countStatements(payload, () =>
        graphql(ARTICLE_BY_SLUG, { slug: published[0]!.slug }),
      ),
      page100: await countStatements(payload, () => page(100)),
      page20: await countStatements(payload, () => page(20)),
      page20Hit: await countStatements(payload, () => cachedGraphQL(articlePageQuery(20))),
      page20Miss: await countStatements(payload, () =>
        cachedGraphQL(articlePageQuery(20, 'unseen')),
      ),
    }

    const sql = articlePageSql(db, 20)
    const floorTimes: number[] = []
    for (let i = 0; i < FLOOR_RUNS + 10; i++) {
      const started = performance.now()
      await execute(sql)
      if (i >= 10) floorTimes.push(performance.now() - started)
    }

    // Published articles without a newer draft in review (read as their latest versions).
    const forWrites = (
      await payload.find({
        collection: 'articles',
        depth: 0,
        draft: true,
        limit: CYCLES * WRITE_TEAMS.length,
        select: {},
        sort: 'id',
        where: { workflowState: { equals: 'published' } },
      })
    ).docs
    await publishLinksOf(
      payload,
      forWrites.map((doc) => doc.id),
    )
    const totals: Record<string, number> = {}
    for (const collection of [
      'articles',
      'events',
      'delegations',
      'agreements',
      'people',
      'organizations',
      'countries',
    ]) {
      totals[collection] = (await payload.count({ collection: collection as 'articles' })).totalDocs
    }
    const versionRow = await execute(
      db === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SHOW server_version',
    )
    return {
      articleIdsForWrites: forWrites.map((doc) => doc.id),
      floor: {
        p50Ms: round(percentile(floorTimes, 50), 3),
        p95Ms: round(percentile(floorTimes, 95), 3),
      },
      generator: {
        ...generator,
        perSecond: round(generator.perSecond, 1),
        seconds: round(generator.seconds, 1),
      },
      published,
      statements,
      totals,
      version: String(Object.values(versionRow[0] ?? {})[0]),
    }
  } finally {
    await closeDefaultPayload(payload)
  }
}

/** Plain SQL through the adapter's own driver (libsql or node-postgres). */
const sqlRunner = (payload: Payload) => {
  const db = payload.db as unknown as {
    client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  return async (sql: string) =>
    db.client ? (await db.client.execute(sql)).rows : (await db.pool!.query(sql)).rows
}

const READS = (prepared: Prepared): Record<string, LoadRequest[]> => ({
  page20: [graphqlRequest(articlePageQuery(20))],
  byId: prepared.published.map(({ id }) => graphqlRequest(ARTICLE_BY_ID, { id })),
  bySlug: prepared.published.map(({ slug }) => graphqlRequest(ARTICLE_BY_SLUG, { slug })),
  search: SEARCH_TERMS.map((q) => graphqlRequest(SEARCH, { q })),
})

const loadAll = async (
  server: RunningServer,
  reads: Record<string, LoadRequest[]>,
): Promise<Record<string, LoadResult[]>> => {
  const results: Record<string, LoadResult[]> = {}
  for (const [name, requests] of Object.entries(reads)) {
    // Warm: the first requests load the routes and fill the database's caches.
    await runLoad({
      baseUrl: server.url,
      connections: 4,
      requests,
      seconds: 3,
      serverPid: server.child.pid!,
    })
    results[name] = []
    for (const connections of READ_CONNECTIONS) {
      const result = await runLoad({
        baseUrl: server.url,
        connections,
        requests,
        seconds: SECONDS,
        serverPid: server.child.pid!,
      })
      log(
        `  ${name} c=${connections}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.requestsPerSecond} req/s, errors ${result.errors}, peak RSS ${result.peakRssMiB} MiB`,
      )
      results[name].push(result)
    }
  }
  return results
}

/**
 * The page of 20 on the cached server, each request one the answer cache has
 * not seen (the same page under a new name), while nothing changes: what a
 * miss costs once the documents it shows have been read by other answers.
 */
const loadMisses = async (server: RunningServer): Promise<LoadResult[]> => {
  const unseen = (run: string) =>
    Array.from({ length: 20_000 }, (_, i) => graphqlRequest(articlePageQuery(20, `${run}${i}`)))
  await runLoad({
    baseUrl: server.url,
    connections: 4,
    requests: unseen('warm'),
    seconds: 3,
    serverPid: server.child.pid!,
  })
  const results: LoadResult[] = []
  for (const connections of READ_CONNECTIONS) {
    const result = await runLoad({
      baseUrl: server.url,
      connections,
      requests: unseen(`c${connections}_`),
      seconds: SECONDS,
      serverPid: server.child.pid!,
    })
    log(
      `  page20 miss c=${connections}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.requestsPerSecond} req/s, errors ${result.errors}, misses ${result.requests <= 20_000 ? 'all' : 'not all'}`,
    )
    results.push(result)
  }
  return results
}

const withServer = async <T>(
  env: Record<string, string>,
  work: (server: RunningServer) => Promise<T>,
): Promise<T> => {
  const server = await startServer(env)
  try {
    return await work(server)
  } finally {
    await server.stop()
  }
}

const benchmark = async (db: Db) => {
  const databaseUrl = await databaseUrlFor(db)
  const prepared = await prepare(db, databaseUrl)
  if (!prepared) return undefined
  log(
    `${db}: statements ${JSON.stringify(prepared.statements)}, floor p50 ${prepared.floor.p50Ms} ms`,
  )

  ensureBuild('.next', {}, log)
  ensureBuild('.next-bare', { JUSUR_BARE_BUILD: '1' }, log, [
    'bench/bare.config.ts',
    'bench/tsconfig.bare.json',
  ])
  const reads = READS(prepared)

  // Jusur and bare Payload without the read cache: what the machinery costs a reader on every miss.
  log(`${db}: Jusur, read cache off`)
  const jusurReads = await withServer({ ...serverEnv(databaseUrl), READ_CACHE: 'off' }, (server) =>
    loadAll(server, reads),
  )
  log(`${db}: bare Payload`)
  const { search: _search, ...shared } = reads
  const bareReads = await withServer(
    { ...serverEnv(databaseUrl), JUSUR_BARE_BUILD: '1', READ_CACHE: 'off' },
    (server) => loadAll(server, shared),
  )
  // As deployed: the read cache on (repeated reads are hits), and the editorial write path.
  log(`${db}: Jusur, read cache on`)
  const { cachedMisses, cachedReads, writes } = await withServer(
    serverEnv(databaseUrl),
    async (server) => {
      const cached = await loadAll(server, reads)
      const misses = await loadMisses(server)
      const results: WriteResult[] = []
      for (const [i, concurrency] of WRITE_TEAMS.entries()) {
        const result = await runWrites({
          articleIds: prepared.articleIdsForWrites.slice(i * CYCLES, (i + 1) * CYCLES),
          baseUrl: server.url,
          concurrency,
        })
        log(
          `  writes with ${concurrency} team(s): ${JSON.stringify(result.steps)} errors ${result.errors} ${result.firstError ?? ''}`,
        )
        results.push(result)
      }
      return { cachedMisses: misses, cachedReads: cached, writes: results }
    },
  )

  const result = {
    benchmark: 'api',
    database: db,
    databaseVersion: prepared.version,
    generatedAt: new Date().toISOString(),
    scale: SCALE,
    documents: prepared.totals,
    generator: prepared.generator,
    statements: prepared.statements,
    floor: {
      ...prepared.floor,
      what: 'the page of 20 articles (depth 2, ar) as one hand-written SQL query building the JSON, through the same driver, in process',
    },
    reads: {
      bare: bareReads,
      jusur: jusurReads,
      jusurCached: cachedReads,
      jusurCachedMiss: { page20: cachedMisses },
    },
    writes,
    settings: {
      cycles: CYCLES,
      readConnections: READ_CONNECTIONS,
      secondsPerRun: SECONDS,
      writeTeams: WRITE_TEAMS,
    },
    machine: machineFacts(),
  }
  writeResult(ROOT, `api-${db}`, result)
  return result
}

/** The newsroom day on one database (bench/newsroom.ts), on the production server as deployed. */
const newsroomBenchmark = async (db: Db) => {
  const databaseUrl = await databaseUrlFor(db)
  const prepared = await prepare(db, databaseUrl)
  if (!prepared) return undefined
  ensureBuild('.next', {}, log)
  log(
    `${db}: newsroom day, ${NEWSROOM_SETTINGS.seconds} s, ${NEWSROOM_SETTINGS.readers} readers, ${NEWSROOM_SETTINGS.authors} authors`,
  )
  const run: NewsroomResult = await withServer(serverEnv(databaseUrl), (server) =>
    runNewsroom({
      articleIdsForWrites: prepared.articleIdsForWrites,
      articles: prepared.published.map(({ id, slug, slugEn }) => ({ id, slugAr: slug, slugEn })),
      baseUrl: server.url,
      log,
      readOnlySeconds: READ_ONLY_SECONDS,
      serverPid: server.child.pid!,
      settings: NEWSROOM_SETTINGS,
    }),
  )
  log(`${db}: one website's address through the default limits`)
  const { RATE_LIMIT_READS: _unlimited, ...asDeployed } = serverEnv(databaseUrl)
  const website = await withServer(asDeployed, (server) =>
    runWebsiteThroughLimits({
      articles: prepared.published.map(({ id, slug, slugEn }) => ({ id, slugAr: slug, slugEn })),
      baseUrl: server.url,
      serverPid: server.child.pid!,
    }),
  )
  log(
    `  website: ${website.requests} answers in ${website.seconds} s, ${website.refused} × 429, hits ${website.cache.HIT ?? 0}`,
  )
  const result = {
    benchmark: 'newsroom',
    database: db,
    databaseVersion: prepared.version,
    generatedAt: new Date().toISOString(),
    scale: SCALE,
    documents: prepared.totals,
    // The issue's run is 5 minutes; anything shorter is said so.
    shortened: NEWSROOM_SETTINGS.seconds < 300,
    ...run,
    website: { ...website, target: 'no 429 at 600 cached answers a minute from one address' },
    verdict: { ...run.verdict, websiteWithout429: website.refused === 0 },
    machine: machineFacts(),
  }
  writeResult(ROOT, `newsroom-${db}`, result)
  return result
}

type NewsroomBenchmark = NonNullable<Awaited<ReturnType<typeof newsroomBenchmark>>>

/** The Markdown table of the newsroom day. */
const newsroomTable = (results: NewsroomBenchmark[]): string => {
  const lines = [
    '| database | run | seconds | readers | hit ratio | p50 / p95 / p99 ms | req/s | errors | peak RSS MiB | drafts / publications |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of results) {
    for (const [name, run] of [
      ['read only (all hits)', r.readOnly],
      ['newsroom day', r.newsroom],
    ] as const) {
      lines.push(
        `| ${r.database} | ${name}${r.shortened && name === 'newsroom day' ? ' (shortened)' : ''} | ${run.seconds} | ${run.connections} | ${round(run.hitRatio * 100, 1)} % | ${run.p50Ms} / ${run.p95Ms} / ${run.p99Ms} | ${run.requestsPerSecond} | ${run.errors + run.writes.errors} | ${run.peakRssMiB} | ${run.writes.drafts} / ${run.writes.publications} |`,
      )
    }
    const verdict = Object.entries(r.verdict)
      .map(([target, met]) => `${target} ${met ? 'met' : 'MISSED'}`)
      .join(', ')
    lines.push(
      `| ${r.database} | targets (${JSON.stringify(NEWSROOM_TARGETS)}) | | | | | | | | ${verdict} |`,
    )
  }
  return lines.join('\n')
}

const main = async () => {
  if (NEWSROOM) {
    const results = []
    for (const db of DATABASES) {
      const result = await newsroomBenchmark(db)
      if (result) results.push(result)
    }
    if (results.length > 0) console.log(newsroomTable(results))
    process.exit(0)
  }
  if (process.argv.includes('--tables')) {
    // The tables of the last runs, from their result files.
    const files = DATABASES.map((db) => path.join(ROOT, `bench/results/api-${db}.json`)).filter(
      (file) => fs.existsSync(file),
    )
    console.log(
      summaryTables(files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Result)),
    )
    process.exit(0)
  }
  const results = []
  for (const db of DATABASES) {
    const result = await benchmark(db)
    if (result) results.push(result)
  }
  if (results.length > 0) console.log(summaryTables(results))
  process.exit(0)
}

type Result = NonNullable<Awaited<ReturnType<typeof benchmark>>>

/** The Markdown tables of BENCHMARKS.md. */
const summaryTables = (results: Result[]): string => {
  const lines: string[] = []
  const ratio = (a: number, b: number) => `${round(a / b, 2)}×`
  lines.push(
    '| database | read | clients | Jusur p50 / p95 / p99 ms | req/s | bare Payload p50 / p95 / p99 ms | req/s | p95 Jusur ÷ bare | p50 ÷ SQL floor | Jusur cached p50 / p95 ms | req/s | cached p50 ÷ floor | errors | peak RSS MiB |',
  )
  lines.push(
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const r of results) {
    for (const [name, runs] of Object.entries(r.reads.jusur)) {
      runs.forEach((run, i) => {
        const bare = r.reads.bare[name]?.[i]
        const cached = r.reads.jusurCached[name]![i]!
        const floor = (p50: number) => (name === 'page20' ? ratio(p50, r.floor.p50Ms) : 'n/a')
        lines.push(
          `| ${r.database} | ${name} | ${run.connections} | ${run.p50Ms} / ${run.p95Ms} / ${run.p99Ms} | ${run.requestsPerSecond} | ${bare ? `${bare.p50Ms} / ${bare.p95Ms} / ${bare.p99Ms}` : 'n/a'} | ${bare?.requestsPerSecond ?? 'n/a'} | ${bare ? ratio(run.p95Ms, bare.p95Ms) : 'n/a'} | ${floor(run.p50Ms)} | ${cached.p50Ms} / ${cached.p95Ms} | ${cached.requestsPerSecond} | ${floor(cached.p50Ms)} | ${run.errors} / ${bare?.errors ?? '–'} / ${cached.errors} | ${run.peakRssMiB} / ${bare?.peakRssMiB ?? '–'} / ${cached.peakRssMiB} |`,
        )
      })
    }
  }
  lines.push('')
  lines.push(
    '| database | clients | cache miss, page of 20: p50 / p95 / p99 ms | req/s | miss p50 ÷ bare p50 | errors | peak RSS MiB |',
  )
  lines.push('| --- | --- | --- | --- | --- | --- | --- |')
  for (const r of results) {
    ;(r.reads.jusurCachedMiss?.page20 ?? []).forEach((run, i) => {
      const bare = r.reads.bare.page20![i]!
      lines.push(
        `| ${r.database} | ${run.connections} | ${run.p50Ms} / ${run.p95Ms} / ${run.p99Ms} | ${run.requestsPerSecond} | ${ratio(run.p50Ms, bare.p50Ms)} | ${run.errors} | ${run.peakRssMiB} |`,
      )
    })
  }
  lines.push('')
  lines.push(
    '| database | teams | save draft p50 / p95 ms | confirm translation | submit | approve | publish | errors |',
  )
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const r of results) {
    for (const w of r.writes) {
      const s = w.steps
      const cell = (step: keyof typeof s) => `${s[step].p50Ms} / ${s[step].p95Ms}`
      lines.push(
        `| ${r.database} | ${w.concurrency} | ${cell('saveDraft')} | ${cell('confirm_translation')} | ${cell('submit')} | ${cell('approve')} | ${cell('publish')} | ${w.errors} |`,
      )
    }
  }
  lines.push('')
  lines.push(
    '| database | documents | generator docs/s | statements: page of 20 / of 100 / by id / by slug / cached page / cache miss | SQL floor p50 / p95 ms |',
  )
  lines.push('| --- | --- | --- | --- | --- |')
  for (const r of results) {
    lines.push(
      `| ${r.database} ${r.databaseVersion} | ${Object.entries(r.documents)
        .map(([name, count]) => `${count} ${name}`)
        .join(
          ', ',
        )} | ${r.generator.perSecond} (${r.generator.documents} this run) | ${r.statements.page20} / ${r.statements.page100} / ${r.statements.byId ?? 'n/a'} / ${r.statements.bySlug} / ${r.statements.page20Hit} / ${r.statements.page20Miss ?? 'n/a'} | ${r.floor.p50Ms} / ${r.floor.p95Ms} |`,
    )
  }
  return lines.join('\n')
}

main().catch((error: unknown) => {
  console.error('bench failed:', error)
  process.exit(1)
})
