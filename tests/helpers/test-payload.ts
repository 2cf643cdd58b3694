import type { Payload, SanitizedConfig } from 'payload'

import { describe } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { jusurConfig } from '../../src/config/jusur-config'
import { applyMigrations } from '../../src/db/migrations'
import { createDatabase, dropDatabase, withDatabaseName } from '../../src/db/postgres-admin'
import { describeIfAvailable, type Requirement } from './requirements'
import { closeDatabase } from '../../src/db/close-database'

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')

export type TestDatabase = 'sqlite' | 'postgres'

/** Set by the jest project (tests/helpers/use-*.ts): which database this run of the suites uses. */
export const databaseUnderTest = (): TestDatabase =>
  process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite'

export const postgresRequirement = (): Requirement => ({
  available: Boolean(process.env.TEST_POSTGRES_URL),
  howToGet: 'set TEST_POSTGRES_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres',
  name: 'PostgreSQL',
})

/** describe() for an integration suite; its name says which database it ran on. */
export const describeIntegration = (name: string, fn: () => void): void => {
  const database = databaseUnderTest()
  const run = database === 'postgres' ? describeIfAvailable(postgresRequirement()) : describe
  run(`${name} [${database}]`, fn)
}

/** Seeding the demo content (250 countries, the report's records, each indexed for search) takes tens of seconds on a busy machine. */
export const SEEDING_TIMEOUT_MS = 180_000

export type TestPayload = {
  config: SanitizedConfig
  databaseUrl: string
  payload: Payload
  stop: () => Promise<void>
}

/** A throw-away database of that kind. */
const createTestDatabase = async (
  kind: TestDatabase,
): Promise<{ drop: () => Promise<void>; url: string }> => {
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `jusur-test-${id}.db`)
    return {
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
      },
      url: `file:${file}`,
    }
  }
  const adminUrl = process.env.TEST_POSTGRES_URL!
  const name = `jusur_test_${id}`
  await createDatabase(adminUrl, name)
  return { drop: () => dropDatabase(adminUrl, name), url: withDatabaseName(adminUrl, name) }
}

type StartOptions = {
  /** Another kind of database than the one under test. */
  database?: TestDatabase
  /** A second instance beside the default one, under this name. */
  key?: string
  /** Apply every migration at start (default); false: none, for a test that migrates step by step. */
  migrate?: boolean
}

/**
 * Boots Payload through its Local API on a fresh database, with every
 * migration applied. Unless given a `key`, the instance is Payload's default
 * one, so the REST and GraphQL route handlers used by tests/helpers/api.ts
 * serve from it too.
 */
export const startTestPayload = async ({
  database: kind = databaseUnderTest(),
  key,
  migrate = true,
}: StartOptions = {}): Promise<TestPayload> => {
  const database = await createTestDatabase(kind)
  const config = await jusurConfig({ databaseUrl: database.url, rootDir: PROJECT_ROOT })
  const payload = await getPayload({ config, key })
  if (migrate) await applyMigrations(payload)
  return {
    config,
    databaseUrl: database.url,
    payload,
    stop: async () => {
      await closeDatabase(payload)
      await database.drop()
    },
  }
}
