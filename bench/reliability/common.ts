/**
 * What the reliability runs share: flags, a log, scratch databases, opening
 * Payload in process, killing a process tree, and the PASS/FAIL report.
 */
import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

import { jusurConfig } from '../../src/config/jusur-config'
import { applyMigrations } from '../../src/db/migrations'
import {
  createDatabase,
  dropDatabase,
  postgresAdminUrl,
  withDatabaseName,
} from '../../src/db/postgres-admin'
import { processTree } from '../load'

export const ROOT = path.resolve(import.meta.dirname, '../..')

export type Db = 'postgres' | 'sqlite'

export const flag = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : fallback
}

export const logFor = (run: string) => (line: string) =>
  console.error(`[${run} ${new Date().toISOString().slice(11, 19)}] ${line}`)

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type ScratchDatabase = { drop: () => Promise<void>; url: string }

/** A new, empty database for one run: a file under bench/.data, or a PostgreSQL database. */
export const scratchDatabase = async (db: Db, run: string): Promise<ScratchDatabase> => {
  const name = `jusur_reliability_${run}_${process.pid}`
  if (db === 'sqlite') {
    fs.mkdirSync(path.join(ROOT, 'bench/.data'), { recursive: true })
    const file = path.join(ROOT, 'bench/.data', `${name}.db`)
    const remove = async () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    }
    await remove()
    return { drop: remove, url: `file:${file}` }
  }
  const admin = postgresAdminUrl()
  await createDatabase(admin, name)
  return { drop: () => dropDatabase(admin, name), url: withDatabaseName(admin, name) }
}

/** Payload in this process, on a migrated database; `key` keeps instances apart. */
export const openPayload = async (databaseUrl: string, key: string): Promise<Payload> => {
  const payload = await getPayload({
    config: await jusurConfig({ databaseUrl, rootDir: ROOT }),
    key,
  })
  await applyMigrations(payload)
  return payload
}

/** kill -9 of a process and its descendants (the server is tsx with Node as its child). */
export const killTree = (pid: number) => {
  for (const id of processTree(pid).reverse()) {
    try {
      process.kill(id, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

export type Check = { detail: string; name: string; pass: boolean }

export const check = (name: string, pass: boolean, detail: string): Check => ({
  detail,
  name,
  pass,
})

/**
 * Prints the checks and a PASS/FAIL line, writes
 * bench/results/reliability-<run>.json, and returns the exit status.
 */
export const report = (run: string, checks: Check[], figures: Record<string, unknown>): number => {
  const passed = checks.every((c) => c.pass)
  for (const c of checks) console.log(`${c.pass ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`)
  console.log(
    `${run}: ${passed ? 'PASS' : 'FAIL'} (${checks.filter((c) => c.pass).length}/${checks.length} checks)`,
  )
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
  const result = { run, passed, generatedAt: new Date().toISOString(), checks, figures }
  fs.writeFileSync(
    path.join(ROOT, `bench/results/reliability-${run}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  )
  return passed ? 0 : 1
}

/** Articles whose latest version is published (an editorial cycle can start on them), with their Arabic slugs. */
export const publishedArticles = async (payload: Payload, limit: number) => {
  const found = await payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    limit,
    locale: 'ar',
    select: { slug: true },
    sort: 'id',
    where: { workflowState: { equals: 'published' } },
  })
  return {
    ids: found.docs.map((doc) => doc.id),
    slugs: found.docs.map((doc) => doc.slug as string),
  }
}
