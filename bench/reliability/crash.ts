/**
 * `npm run reliability:crash [-- --db sqlite|postgres --scale 0.02 --kills 3 --bursts 2 --articles 40]`
 *
 * 1. Bulk import: the dataset generator (bench/dataset.ts, in a process of its
 *    own) is killed with SIGKILL `--kills` times, at a random number of
 *    documents written; after each kill the database is inspected (no
 *    document may be partial: each batch is one transaction), then the
 *    import is run again to the end.
 *    At the end every document must be whole (both languages, one latest
 *    version) and the dataset must equal a clean, uninterrupted import of the
 *    same scale: no duplicates, nothing missing.
 * 2. Workflow burst: the production server takes editorial cycles on
 *    `--articles` articles from 8 teams at once and is killed with SIGKILL in
 *    the middle, `--bursts` times; after each restart the workflow history of
 *    every one of those articles must match its state.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'

import { closeDatabase } from '../../src/db/close-database'
import { startServer } from '../../tests/helpers/server'
import { generateDataset, SIZES_AT_SCALE_1, sizesFor } from '../dataset'
import { ensureBuild, serverEnv } from '../production-server'
import { runWrites } from '../writes'
import {
  check,
  type Check,
  type Db,
  flag,
  killTree,
  logFor,
  openPayload,
  publishedArticles,
  report,
  ROOT,
  scratchDatabase,
  sleep,
} from './common'
import { differences, historyProblems, inspectDataset } from './consistency'

const DB = flag('db', 'sqlite') as Db
const SCALE = Number(flag('scale', '0.02'))
const KILLS = Number(flag('kills', '3'))
const BURSTS = Number(flag('bursts', '2'))
const ARTICLES = Number(flag('articles', '40'))
const TEAMS = 8
const log = logFor('crash')

/** A moment "in the middle": `min` to `max` milliseconds from now. */
const randomDelay = (min: number, max: number) => Math.round(min + Math.random() * (max - min))

let opened = 0
/** Payload in this process for a look at the database, closed afterwards. */
const inspect = async <T>(
  databaseUrl: string,
  look: (payload: Payload) => Promise<T>,
): Promise<T> => {
  const payload = await openPayload(databaseUrl, `reliability-crash-${++opened}`)
  try {
    return await look(payload)
  } finally {
    await closeDatabase(payload)
  }
}

const GENERATED = Object.keys(SIZES_AT_SCALE_1) as CollectionSlug[]
const generatedCount = async (payload: Payload) => {
  let total = 0
  for (const collection of GENERATED) total += (await payload.count({ collection })).totalDocs
  return total
}

/**
 * Runs bench/reliability/import.ts to the end, or, with `killAt`, kills it
 * (SIGKILL) as soon as the database holds that many generated documents.
 */
const runImport = async (databaseUrl: string, watcher: Payload, killAt?: number) => {
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['bench/reliability/import.ts', databaseUrl, String(SCALE)],
    { cwd: ROOT },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  if (killAt !== undefined) {
    while (child.exitCode === null && (await generatedCount(watcher)) < killAt) await sleep(100)
    // Anywhere in the writing of the next document, not always just after a create.
    await sleep(Math.random() * 500)
    if (child.exitCode === null) killTree(child.pid!)
  }
  const code = await exited
  if (killAt === undefined && code !== 0)
    throw new Error(`the import exited with ${code}:\n${output}`)
}

const crashTheImport = async (databaseUrl: string, checks: Check[]) => {
  log(`a clean import at scale ${SCALE}, for comparison`)
  const reference = await scratchDatabase(DB, 'crash_reference')
  const expected = await inspect(reference.url, async (payload) => {
    await generateDataset(payload, SCALE, log)
    return (await inspectDataset(payload)).rows
  })
  await reference.drop()
  const total = Object.values(sizesFor(SCALE)).reduce((sum, size) => sum + size, 0)

  const kills = []
  const watcher = await openPayload(databaseUrl, 'reliability-crash-watcher')
  try {
    for (let k = 0; k < KILLS; k++) {
      // Spread the kills over what is left to write.
      const stored = await generatedCount(watcher)
      const killAt =
        stored +
        Math.max(1, Math.round(((total - stored) / (KILLS - k + 1)) * (0.5 + Math.random())))
      await runImport(databaseUrl, watcher, killAt)
      const found = await inspectDataset(watcher)
      const documents = Object.values(found.rows).reduce((sum, rows) => sum + rows.length, 0)
      const partial = [...new Set(found.problems.map((problem) => problem.document))]
      log(
        `import killed at ${documents}/${total} documents; partial: ${partial.join(', ') || 'none'}`,
      )
      kills.push({ documents, partial: found.problems })
    }
    log('the import again, to the end')
    await runImport(databaseUrl, watcher)
    const final = await inspectDataset(watcher)
    const mismatches = differences(final.rows, expected)

    // Each batch of documents is written in one transaction, on both databases.
    checks.push(
      check(
        'import: no document partial after a kill',
        kills.every((kill) => kill.partial.length === 0),
        kills
          .map(
            (kill) =>
              `${kill.documents} docs, ${new Set(kill.partial.map((p) => p.document)).size} partial`,
          )
          .join('; '),
      ),
    )
    checks.push(
      check(
        'import: every document whole after re-running',
        final.problems.length === 0,
        final.problems
          .slice(0, 5)
          .map((p) => `${p.document}: ${p.what}`)
          .join('; ') || 'all whole, one latest version each',
      ),
    )
    checks.push(
      check(
        'import: same documents as a clean import (no duplicates, none missing)',
        mismatches.length === 0,
        mismatches.join('; ') || `${total} documents match`,
      ),
    )
  } finally {
    await closeDatabase(watcher)
  }
  return { kills, scale: SCALE, total }
}

const crashTheWorkflow = async (databaseUrl: string, checks: Check[]) => {
  const articleIds = (await inspect(databaseUrl, (payload) => publishedArticles(payload, ARTICLES)))
    .ids
  const bursts = []
  let server = await startServer(serverEnv(databaseUrl))
  for (let b = 0; b < BURSTS; b++) {
    const delayMs = randomDelay(1500, 6000)
    const writes = runWrites({ articleIds, baseUrl: server.url, concurrency: TEAMS })
    await sleep(delayMs)
    killTree(server.child.pid!)
    const result = await writes
    server = await startServer(serverEnv(databaseUrl))
    const problems = await inspect(databaseUrl, (payload) =>
      historyProblems(payload, 'articles', articleIds),
    )
    log(
      `server killed ${delayMs} ms into a burst (${result.cycles} cycles attempted); restarted; ${problems.length} history problems`,
    )
    bursts.push({ cyclesAttempted: result.cycles, delayMs, problems })
  }
  await server.stop()
  checks.push(
    check(
      'workflow: history matches every state after kill -9 and restart',
      bursts.every((burst) => burst.problems.length === 0),
      bursts
        .flatMap((burst) => burst.problems)
        .slice(0, 5)
        .join('; ') || `${articleIds.length} articles × ${BURSTS} bursts consistent`,
    ),
  )
  return { articles: articleIds.length, bursts, teams: TEAMS }
}

const main = async () => {
  ensureBuild('.next', {}, log)
  const database = await scratchDatabase(DB, 'crash')
  const checks: Check[] = []
  let status: number
  try {
    const importRun = await crashTheImport(database.url, checks)
    const workflowRun = await crashTheWorkflow(database.url, checks)
    status = report(DB === 'sqlite' ? 'crash' : 'crash-postgres', checks, {
      database: DB,
      import: importRun,
      workflow: workflowRun,
    })
  } finally {
    await database.drop()
  }
  process.exit(status)
}

main().catch((error: unknown) => {
  console.error('crash run failed:', error)
  process.exit(1)
})
