/**
 * `npm run bench:flood`: one client floods the built production server (as
 * `npm start` runs it, 384 MB heap, seeded SQLite) with distinct costly GraphQL
 * queries, some over the read budget and some under it, each with a new comment
 * so that none is a cache hit, while another client reads a cached REST page.
 * Records the cached read's p50/p95/max alone and during the flood, the
 * server's peak RSS, how the flood was answered, and whether the server lived
 * through it; writes bench/results/flood-sqlite.json. Traffic goes to
 * 127.0.0.1 only, for a bounded time (--seconds, default 30) and count.
 *
 *   npm run bench:flood [-- --seconds 30 --attackers 6]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { childEnv, startServer } from '../tests/helpers/server'
import { percentile, round, sampleRss } from './load'
import { ensureBuild, serverEnv } from './production-server'

const ROOT = path.resolve(import.meta.dirname, '..')
const flag = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const SECONDS = flag('seconds', 30)
const ATTACKERS = flag('attackers', 6)
/** No attacker sends more than this, whatever the server's speed. */
const MAX_ATTACK_REQUESTS = 20_000
const log = (line: string) =>
  console.error(`[flood ${new Date().toISOString().slice(11, 19)}] ${line}`)

/** Over the budget: the query of the finding (fifteen aliases of a thousand countries, joins two levels down). */
const overBudget = (tag: string) =>
  `# ${tag}\n{ ${Array.from({ length: 15 }, (_, i) => `c${i}: Countries(limit: 1000) { docs { name events { docs { title subEvents { docs { title } } } } } }`).join(' ')} }`
/** Under the budget, and still costly: every country with its events, twice. */
const underBudget = (tag: string) =>
  `# ${tag}\n{ a: Countries(limit: 1000) { docs { name events(limit: 10) { docs { title } } } } b: Countries(limit: 1000, sort: "code") { docs { code events(limit: 10) { docs { title } } } } }`

const CACHED_READ = '/api/articles?locale=ar&limit=5&depth=1'

type Timings = { count: number; maxMs: number; p50Ms: number; p95Ms: number }
const timings = (values: number[]): Timings => ({
  count: values.length,
  maxMs: round(Math.max(...values)),
  p50Ms: round(percentile(values, 50)),
  p95Ms: round(percentile(values, 95)),
})

/** One client reading the cached page in turn until `until`; the times of its reads. */
const readCached = async (
  url: string,
  until: number,
): Promise<{ statuses: Record<string, number>; times: number[] }> => {
  const times: number[] = []
  const statuses: Record<string, number> = {}
  while (Date.now() < until) {
    const start = performance.now()
    let key: string
    try {
      const response = await fetch(url + CACHED_READ)
      await response.arrayBuffer()
      times.push(performance.now() - start)
      key = `${response.status} ${response.headers.get('x-jusur-cache')}`
    } catch (error) {
      key = `failed: ${(error as Error).cause ?? (error as Error).message}`
    }
    statuses[key] = (statuses[key] ?? 0) + 1
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { statuses, times }
}

const main = async () => {
  ensureBuild('.next', {}, log)
  log('seeding a SQLite database with the demo content')
  fs.mkdirSync(path.join(ROOT, 'bench/.data'), { recursive: true })
  const databaseFile = path.join(ROOT, 'bench/.data', `flood-${process.pid}.db`)
  const removeDatabase = () =>
    ['', '-wal', '-shm'].forEach((suffix) => fs.rmSync(databaseFile + suffix, { force: true }))
  removeDatabase()
  const env = serverEnv(`file:${databaseFile}`)
  const seed = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/scripts/seed.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(env),
    timeout: 600_000,
  })
  if (seed.status !== 0) throw new Error(`seeding failed:\n${seed.stdout}\n${seed.stderr}`)
  // As `npm start` runs it (384 MB heap), with the read benchmarks' rate limits: what is measured is the budget, not the limiter.
  log('starting the production server')
  const server = await startServer(env)
  try {
    const pid = server.child.pid!
    // Warm the cached page.
    for (let i = 0; i < 3; i++) await (await fetch(server.url + CACHED_READ)).arrayBuffer()

    log('the cached read alone for 10 s')
    const alone = await readCached(server.url, Date.now() + 10_000)

    log(`${ATTACKERS} connections flood for ${SECONDS} s while the cached read goes on`)
    const memory = sampleRss(pid)
    const until = Date.now() + SECONDS * 1000
    const answers: Record<string, number> = {}
    let sent = 0
    const attacker = async (id: number) => {
      for (let n = 0; Date.now() < until && sent < MAX_ATTACK_REQUESTS; n++) {
        sent++
        const query = (n % 2 === 0 ? overBudget : underBudget)(`${id}-${n}-${Math.random()}`)
        try {
          const response = await fetch(`${server.url}/api/graphql`, {
            body: JSON.stringify({ query }),
            headers: { 'content-type': 'application/json' },
            method: 'POST',
            signal: AbortSignal.timeout(60_000),
          })
          await response.arrayBuffer()
          const key = `${n % 2 === 0 ? 'over' : 'under'} budget: ${response.status}`
          answers[key] = (answers[key] ?? 0) + 1
        } catch (error) {
          answers[`failed: ${(error as Error).name}`] =
            (answers[`failed: ${(error as Error).name}`] ?? 0) + 1
        }
      }
    }
    const [during] = await Promise.all([
      readCached(server.url, until),
      ...Array.from({ length: ATTACKERS }, (_, id) => attacker(id)),
    ])
    const peakRssMiB = memory.stop()

    const health = await fetch(`${server.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    )
    const survived = server.child.exitCode === null && health === 200
    const result = {
      generatedAt: new Date().toISOString(),
      setup: {
        attackers: ATTACKERS,
        cachedRead: CACHED_READ,
        database: 'sqlite',
        heapLimitMiB: 384,
        seconds: SECONDS,
      },
      cachedReadAlone: timings(alone.times),
      cachedReadDuringFlood: { ...timings(during.times), statuses: during.statuses },
      flood: { answers, sent },
      peakRssMiB,
      survived,
      serverExitCode: server.child.exitCode,
    }
    if (!survived) log(server.output().slice(-3000))
    log(JSON.stringify(result, null, 2))
    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    fs.writeFileSync(
      path.join(ROOT, 'bench/results/flood-sqlite.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    )
    process.exitCode = survived && result.cachedReadDuringFlood.p95Ms < 100 ? 0 : 1
  } finally {
    await server.stop()
    removeDatabase()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
