/**
 * `npm run bench:release [-- --db sqlite,postgres --runs 5 --articles 10 --profile <file>]`
 *
 * What publishing a release costs the editor-in-chief. For each database, in
 * a fresh one (SQLite in a temporary folder; PostgreSQL at POSTGRES_ADMIN_URL
 * / TEST_POSTGRES_URL, a scratch database dropped afterwards), migrated: the
 * author writes `--articles` bilingual articles, each linking two events (by
 * relation) and two delegations (one of them inline in its body), so 5 items
 * per article (50 by default), puts them in one release and submits it; the
 * reviewer approves it; then the editor's publish of the release, through
 * REST (Payload's route handlers, in process), is measured: wall time, SQL
 * statements (and the tables they name first), and memory (RSS sampled
 * every 5 ms, heap at its peaks: before each garbage collection). Each run
 * takes a fresh release, after one warm-up run. For comparison, the same
 * items published the old way: each submitted and approved alone, then
 * published one by one (events and delegations first, so that no article
 * links to an unpublished document). Writes bench/results/release-<db>.json and prints a table.
 */
import fs from 'node:fs'
import inspector from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import { getPayload, type Payload } from 'payload'

import { jusurConfig } from '../src/config/jusur-config'
import { closeDatabase } from '../src/db/close-database'
import { applyMigrations } from '../src/db/migrations'
import {
  createDatabase,
  dropDatabase,
  postgresAdminUrl,
  withDatabaseName,
} from '../src/db/postgres-admin'
import { paragraphsToLexical } from '../src/seed/lexical'
import { apiClient } from '../tests/helpers/api'
import { recordStatements, type Statement } from '../tests/helpers/sql-statements'
import { type Db, arg } from './command-line'
import { percentile, round } from './load'
import { machineFacts, writeResult } from './results-file'

type Json = Record<string, any>
type Item = { collection: 'articles' | 'delegations' | 'events'; id: number | string }
type Role = 'author' | 'editor' | 'reviewer'

const ROOT = path.resolve(import.meta.dirname, '..')
const DATABASES = arg('db', 'sqlite,postgres').split(',') as Db[]
const RUNS = Number(arg('runs', '5'))
const ARTICLES = Number(arg('articles', '10'))
const WARMUP = 1
/** `--profile <file>`: writes a CPU profile of the releases' publish (the last run's), in a run of its own: profiling slows it. */
const PROFILE = arg('profile', '')
const ROLES: Role[] = ['author', 'reviewer', 'editor']
const PASSWORD = 'bench-password-not-for-production'

v8.setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const log = (line: string) =>
  console.error(`[bench:release ${new Date().toISOString().slice(11, 19)}] ${line}`)
const mib = (bytes: number) => round(bytes / 2 ** 20, 1)

type Memory = {
  heapBeforeMiB: number
  heapPeakMiB: number
  rssBeforeMiB: number
  rssPeakMiB: number
}
/** Runs `work` under the CPU profiler when `--profile` asks for it. */
const profiled = async (work: () => Promise<unknown>) => {
  if (!PROFILE) return work()
  const session = new inspector.Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    fs.writeFileSync(PROFILE, JSON.stringify(profile))
    session.disconnect()
  }
}

type Measure = {
  /** The machine's load average over the last minute as the work started: other work skews the time. */
  load: number
  memory: Memory
  ms: number
  statements: number
  tables: Record<string, number>
}

/** The table a statement is mainly about (the first after FROM, INTO or UPDATE), or its verb. */
const tableOf = (statement: Statement) =>
  /\b(?:from|into|update)\s+"?([\w]+)"?/i.exec(statement.sql)?.[1] ??
  statement.sql.trim().split(/\s+/)[0]!.toUpperCase()

/** How many statements name each table first, most first (the first ten, then the rest together). */
const byTable = (statements: Statement[]): Record<string, number> => {
  const counts = new Map<string, number>()
  for (const statement of statements)
    counts.set(tableOf(statement), (counts.get(tableOf(statement)) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) => b[1] - a[1])
  const rest = sorted.slice(10).reduce((sum, [, count]) => sum + count, 0)
  return Object.fromEntries([...sorted.slice(0, 10), ...(rest > 0 ? [['(others)', rest]] : [])])
}

/**
 * Runs `work` once and measures it: wall time, the SQL statements it sends,
 * resident memory (sampled every 5 ms the event loop allows, and at
 * the end) and the heap's peak (its size before each garbage collection
 * during the work, or at the end), each beside its value just before.
 */
const measure = async (payload: Payload, work: () => Promise<void>): Promise<Measure> => {
  const load = round(os.loadavg()[0]!, 2)
  gc()
  const before = process.memoryUsage()
  let rssPeak = before.rss
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
  }, 5)
  const collections = new v8.GCProfiler()
  collections.start()
  let ms = 0
  const statements = await recordStatements(payload, async () => {
    const started = performance.now()
    await work()
    ms = performance.now() - started
  }).finally(() => clearInterval(sampler))
  const after = process.memoryUsage()
  const profile = collections.stop() as {
    statistics: { beforeGC: { heapStatistics: { usedHeapSize: number } } }[]
  }
  const heapPeak = Math.max(
    after.heapUsed,
    ...profile.statistics.map((entry) => entry.beforeGC.heapStatistics.usedHeapSize),
  )
  return {
    memory: {
      heapBeforeMiB: mib(before.heapUsed),
      heapPeakMiB: mib(heapPeak),
      rssBeforeMiB: mib(before.rss),
      rssPeakMiB: mib(Math.max(rssPeak, after.rss)),
    },
    load,
    ms: round(ms, 1),
    statements: statements.length,
    tables: byTable(statements),
  }
}

const summary = (values: number[]) => ({
  max: round(Math.max(...values), 1),
  median: round(percentile(values, 50), 1),
  min: round(Math.min(...values), 1),
})

/** The staff, through REST as the admin would drive it. */
const benchTeam = (payload: Payload, api: ReturnType<typeof apiClient>) => {
  const tokens = {} as Record<Role, string>
  const call = async (role: Role, method: 'PATCH' | 'POST', pathname: string, body: Json) => {
    const response = await api.request(method, pathname, { body, token: tokens[role] })
    const reply = (await response.json()) as Json
    if (!response.ok)
      throw new Error(`${role} ${method} ${pathname}: ${response.status} ${JSON.stringify(reply)}`)
    return reply
  }
  const login = async () => {
    for (const role of ROLES) {
      const email = `bench-${role}@jusur.bench`
      await payload.create({
        collection: 'users',
        data: { email, name: role, password: PASSWORD, roles: [role] },
      })
      tokens[role] = await api.login(email, PASSWORD)
    }
  }
  /** A document the author writes in Arabic, then in English. */
  const draft = async (collection: string, ar: Json, en: Json) => {
    const created = await call('author', 'POST', `/${collection}?draft=true&locale=ar`, ar)
    const id = created.doc.id as number | string
    await call('author', 'PATCH', `/${collection}/${id}?draft=true&locale=en`, en)
    return id
  }
  const transition = (role: Role, item: { collection: string; id: unknown }, name: string) =>
    call(role, 'POST', `/${item.collection}/${item.id}/workflow`, { transition: name })
  return { draft, login, transition }
}

type Team = ReturnType<typeof benchTeam>

/** `ARTICLES` articles, each with two events and two delegations: the items of one release. */
const writeItems = async (team: Team, run: string): Promise<Item[]> => {
  const items: Item[] = []
  for (let a = 0; a < ARTICLES; a++) {
    const key = `${run}-${a}`
    const events: (number | string)[] = []
    const delegations: (number | string)[] = []
    for (let i = 0; i < 2; i++) {
      events.push(
        await team.draft(
          'events',
          { kind: 'official_visit', title: `زيارة رسمية ${key}-${i}` },
          { title: `Official visit ${key}-${i}` },
        ),
      )
      delegations.push(
        await team.draft(
          'delegations',
          { direction: 'incoming', name: `وفد أمني ${key}-${i}` },
          { name: `Security delegation ${key}-${i}` },
        ),
      )
    }
    const resolve = () => ({ relationTo: 'delegations', value: delegations[0]! })
    const body = (text: string, direction: 'ltr' | 'rtl') =>
      paragraphsToLexical([text], direction, resolve)
    const article = await team.draft(
      'articles',
      {
        body: body(
          `استقبلت الوزارة [[الوفد|delegations:first]] في إطار التعاون الأمني ${key}.`,
          'rtl',
        ),
        delegations,
        events,
        summary: `ملخص التقرير ${key}`,
        title: `تقرير التعاون الأمني ${key}`,
      },
      {
        body: body(`The ministry received [[the delegation|delegations:first]] (${key}).`, 'ltr'),
        summary: `Summary of report ${key}`,
        title: `Security cooperation report ${key}`,
      },
    )
    items.push(
      { collection: 'articles', id: article },
      ...events.map((id) => ({ collection: 'events' as const, id })),
      ...delegations.map((id) => ({ collection: 'delegations' as const, id })),
    )
  }
  return items
}

/** One release of fresh items, submitted and approved: the editor's publish is measured. */
const releaseRun = async (payload: Payload, team: Team, run: string): Promise<Measure> => {
  const items = await writeItems(team, run)
  const release = { collection: 'releases', id: undefined as unknown }
  release.id = await team.draft(
    'releases',
    {
      items: items.map(({ collection, id }) => ({ relationTo: collection, value: id })),
      title: `إصدار ${run}`,
    },
    { title: `Release ${run}` },
  )
  await team.transition('author', release, 'submit')
  await team.transition('reviewer', release, 'approve')
  return measure(payload, async () => {
    await profiled(() => team.transition('editor', release, 'publish'))
  })
}

/** The same items, each submitted and approved alone, then published one by one: the publications are measured. */
const oneByOneRun = async (payload: Payload, team: Team, run: string): Promise<Measure> => {
  const items = await writeItems(team, run)
  for (const item of items) {
    await team.transition('author', item, 'submit')
    await team.transition('reviewer', item, 'approve')
  }
  // What articles link to goes first: an article is not published over unpublished links.
  const ordered = [
    ...items.filter((item) => item.collection !== 'articles'),
    ...items.filter((item) => item.collection === 'articles'),
  ]
  return measure(payload, async () => {
    for (const item of ordered) await team.transition('editor', item, 'publish')
  })
}

const scratchDatabase = async (db: Db) => {
  if (db === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-bench-release-'))
    return {
      drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
      url: `file:${path.join(dir, 'bench.db')}`,
    }
  }
  const admin = postgresAdminUrl()
  const name = `jusur_bench_release_${process.pid}`
  await createDatabase(admin, name)
  return { drop: () => dropDatabase(admin, name), url: withDatabaseName(admin, name) }
}

const runsOf = async (label: string, run: (name: string) => Promise<Measure>) => {
  const measured: Measure[] = []
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const result = await run(`${label}-${i}`)
    const { tables: _tables, ...figures } = result
    log(`  ${label} ${i < WARMUP ? 'warm-up' : `run ${i}`}: ${JSON.stringify(figures)}`)
    if (i >= WARMUP) measured.push(result)
  }
  return {
    heapPeakMiB: summary(measured.map((m) => m.memory.heapPeakMiB)),
    heapGrowthMiB: summary(measured.map((m) => m.memory.heapPeakMiB - m.memory.heapBeforeMiB)),
    ms: summary(measured.map((m) => m.ms)),
    rssPeakMiB: summary(measured.map((m) => m.memory.rssPeakMiB)),
    rssGrowthMiB: summary(measured.map((m) => m.memory.rssPeakMiB - m.memory.rssBeforeMiB)),
    runs: measured.map(({ tables: _tables, ...figures }) => figures),
    statements: summary(measured.map((m) => m.statements)),
    statementsByTableInLastRun: measured.at(-1)!.tables,
  }
}

const benchmark = async (db: Db) => {
  const database = await scratchDatabase(db)
  // The default key: Payload's REST route handlers look the instance up by its config.
  const config = await jusurConfig({ databaseUrl: database.url, rootDir: ROOT })
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    const version = String(
      Object.values(
        (
          await (
            payload.db as unknown as {
              execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Json[] }>
            }
          ).execute({
            drizzle: (payload.db as unknown as { drizzle: unknown }).drizzle,
            raw: db === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SHOW server_version',
          })
        ).rows[0]!,
      )[0],
    )
    const team = benchTeam(payload, apiClient(config))
    await team.login()
    log(`${db}: a release of ${ARTICLES * 5} items, ${WARMUP} warm-up and ${RUNS} runs`)
    const release = await runsOf(`${db} release`, (run) => releaseRun(payload, team, run))
    log(`${db}: the same ${ARTICLES * 5} items one by one`)
    const oneByOne = await runsOf(`${db} one-by-one`, (run) => oneByOneRun(payload, team, run))
    const result = {
      benchmark: 'release',
      database: db,
      databaseVersion: version,
      generatedAt: new Date().toISOString(),
      items: { articles: ARTICLES, delegations: ARTICLES * 2, events: ARTICLES * 2 },
      what: "the editor-in-chief's publish of an approved release of the items (POST /api/releases/:id/workflow), against the same items published one by one (POST /api/{collection}/:id/workflow for each)",
      release,
      oneByOne,
      settings: { runs: RUNS, warmup: WARMUP },
      machine: machineFacts(),
    }
    writeResult(ROOT, `release-${db}`, result)
    return result
  } finally {
    await closeDatabase(payload)
    // getPayload keeps instances by key, and the route handlers ask for the default one:
    // the next database's instance must not be this closed one.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    await database.drop()
  }
}

const main = async () => {
  const results = []
  for (const db of DATABASES) results.push(await benchmark(db))
  const cells = (s: { max: number; median: number; min: number }) =>
    `${s.median} (${s.min}–${s.max})`
  console.log(
    '\n| database | items | way | time ms: median (min–max) | SQL statements | peak heap MiB (growth) | peak RSS MiB (growth) |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const r of results) {
    const items = r.items.articles + r.items.events + r.items.delegations
    for (const [way, m] of [
      ['one release', r.release],
      ['one by one', r.oneByOne],
    ] as const) {
      console.log(
        `| ${r.database} ${r.databaseVersion} | ${items} | ${way} | ${cells(m.ms)} | ${cells(m.statements)} | ${m.heapPeakMiB.median} (${m.heapGrowthMiB.median}) | ${m.rssPeakMiB.median} (${m.rssGrowthMiB.median}) |`,
      )
    }
  }
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error('bench:release failed:', error)
  process.exit(1)
})
