/**
 * `npm run bench:cold [-- --db sqlite,postgres --scale 1 --changes 40]`
 *
 * What a reader pays for the first read after a public change (issue #20:
 * cold reads). On a copy of the API benchmark's dataset (`npm run bench`
 * makes it; the copy is dropped afterwards), in one process with the read
 * cache on, as the server runs it: the GraphQL page of 20 articles at depth 2
 * is read until cached, then `--changes` times one article of the page is
 * changed (its summary, published, as an import writes it: one public change)
 * and the page is read once (the first read after the change) and once more
 * (a hit). Also timed: the same page with the cache off (what bare Payload's
 * path costs). Written to bench/results/cold-reads-<db>.json.
 */
import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

import { graphqlHandler } from '../src/api/route-handlers'
import { jusurConfig } from '../src/config/jusur-config'
import { applyMigrations } from '../src/db/migrations'
import {
  createDatabase,
  dropDatabase,
  postgresAdminUrl,
  withDatabaseName,
} from '../src/db/postgres-admin'
import { type Db, arg, datasetName } from './command-line'
import { closeDefaultPayload } from './default-payload'
import { percentile, round } from './load'
import { articlePageQuery } from './queries'
import { machineFacts, writeResult } from './results-file'

const ROOT = path.resolve(import.meta.dirname, '..')
const DATABASES = arg('db', 'sqlite,postgres').split(',') as Db[]
const SCALE = Number(arg('scale', '1'))
const CHANGES = Number(arg('changes', '40'))
const DATASET = datasetName(SCALE)

const log = (line: string) =>
  console.error(`[bench:cold ${new Date().toISOString().slice(11, 19)}] ${line}`)

/** A copy of the benchmark dataset, and how to drop it. */
const copyOfDataset = async (db: Db): Promise<{ drop: () => Promise<void>; url: string }> => {
  if (db === 'sqlite') {
    const source = path.join(ROOT, 'bench/.data', `${DATASET}.db`)
    if (!fs.existsSync(source)) throw new Error(`${source} is missing: run npm run bench first`)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-cold-'))
    fs.copyFileSync(source, path.join(dir, 'copy.db'))
    return {
      drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
      url: `file:${path.join(dir, 'copy.db')}`,
    }
  }
  const admin = postgresAdminUrl()
  const name = `${DATASET}_cold_${process.pid}`
  await createDatabase(admin, name, DATASET)
  return { drop: () => dropDatabase(admin, name), url: withDatabaseName(admin, name) }
}

const pageReader = (payload: Payload, cache: boolean) => {
  const handler = graphqlHandler(payload.config, { cache })
  return async (): Promise<{ cache: null | string; ids: number[]; ms: number }> => {
    const started = performance.now()
    const response = await handler(
      new Request('http://localhost/api/graphql', {
        body: JSON.stringify({ query: articlePageQuery(20) }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    const body = (await response.json()) as {
      data?: { Articles: { docs: { id: number }[] } }
      errors?: { message: string }[]
    }
    const ms = performance.now() - started
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0]!.message}`)
    return {
      cache: response.headers.get('x-jusur-cache'),
      ids: body.data!.Articles.docs.map(({ id }) => id),
      ms,
    }
  }
}

const summary = (times: number[]) => ({
  p50Ms: round(percentile(times, 50), 2),
  p95Ms: round(percentile(times, 95), 2),
})

const measure = async (db: Db) => {
  const copy = await copyOfDataset(db)
  // The default key: the GraphQL route handler looks Payload up by its config and must find this instance.
  const payload = await getPayload({
    config: await jusurConfig({ databaseUrl: copy.url, rootDir: ROOT }),
  })
  try {
    await applyMigrations(payload)
    const cached = pageReader(payload, true)
    const uncached = pageReader(payload, false)
    for (let i = 0; i < 5; i++) await uncached()
    const uncachedTimes: number[] = []
    for (let i = 0; i < CHANGES; i++) uncachedTimes.push((await uncached()).ms)

    let page = await cached()
    while (page.cache !== 'HIT') page = await cached()
    const afterChange: number[] = []
    const hits: number[] = []
    const answers: Record<string, number> = {}
    for (let i = 0; i < CHANGES; i++) {
      await payload.update({
        collection: 'articles',
        context: { [WORKFLOW_IMPORT]: true },
        data: { _status: 'published', summary: `ملخص بعد التغيير ${i}` } as never,
        id: page.ids[i % page.ids.length]!,
        locale: 'ar',
      })
      const first = await cached()
      afterChange.push(first.ms)
      answers[first.cache ?? 'none'] = (answers[first.cache ?? 'none'] ?? 0) + 1
      hits.push((await cached()).ms)
    }
    const result = {
      benchmark: 'cold-reads',
      database: db,
      scale: SCALE,
      generatedAt: new Date().toISOString(),
      changes: CHANGES,
      uncached: summary(uncachedTimes),
      firstReadAfterChange: { ...summary(afterChange), answers },
      hitAfterChange: summary(hits),
      target: { firstReadAfterChangeP50Ms: 60 },
      machine: machineFacts(),
    }
    log(`${db}: ${JSON.stringify(result)}`)
    writeResult(ROOT, `cold-reads-${db}`, result)
  } finally {
    await closeDefaultPayload(payload)
    await copy.drop()
  }
}

for (const db of DATABASES) await measure(db)
process.exit(0)
