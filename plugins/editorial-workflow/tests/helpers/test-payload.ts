import type {
  CollectionConfig,
  Config,
  DatabaseAdapterObj,
  EmailAdapter,
  Payload,
  SanitizedConfig,
  SendEmailOptions,
} from 'payload'

import { describe, it } from '@jest/globals'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { buildConfig, getPayload } from 'payload'

import { editorialWorkflow, type EditorialWorkflowOptions } from '@jusur/editorial-workflow'

/**
 * The plugin's own test bed: a minimal Payload app (users with roles, posts
 * with drafts in Arabic and English) on a throw-away SQLite file or
 * PostgreSQL database, with nothing of the Jusur app in it.
 */

export type TestDatabase = 'postgres' | 'sqlite'

/** Set by the jest project (tests/helpers/use-*.ts of the repository): which database this run uses. */
export const databaseUnderTest = (): TestDatabase =>
  process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite'

/** describe() for an integration suite, named after its database; skipped (failing under CI) without PostgreSQL. */
export const describeIntegration = (name: string, fn: () => void): void => {
  const database = databaseUnderTest()
  const title = `${name} [${database}]`
  if (database === 'sqlite' || process.env.TEST_POSTGRES_URL) return describe(title, fn)
  if (process.env.CI === 'true') {
    return describe(title, () => {
      it('needs PostgreSQL', () => {
        throw new Error('set TEST_POSTGRES_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres')
      })
    })
  }
  console.warn('SKIPPED: the plugin suite on PostgreSQL needs TEST_POSTGRES_URL')
  describe.skip(title, fn)
}

export const ROLES = ['admin', 'editor', 'reviewer', 'author', 'translator'] as const

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'roles', type: 'select', hasMany: true, options: [...ROLES] },
    // Read only by the custom `rolesOf` of the options suite.
    { name: 'desk', type: 'text' },
  ],
}

export const Posts: CollectionConfig = {
  slug: 'posts',
  access: {
    // The public reads what is published; staff read drafts too.
    read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }),
  },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'body', type: 'text', localized: true },
  ],
  // schedulePublish: Payload's own scheduled-publish job exists, and the gate must stop it.
  versions: { drafts: { schedulePublish: true } },
}

/** Every e-mail Payload was asked to send, in order. */
export type Mailbox = SendEmailOptions[]

const captureEmail =
  (mailbox: Mailbox): EmailAdapter =>
  () => ({
    defaultFromAddress: 'workflow@example.org',
    defaultFromName: 'Workflow',
    name: 'capture',
    sendEmail: async (message) => {
      mailbox.push(message)
    },
  })

type Database = { adapter: DatabaseAdapterObj; drop: () => Promise<void> }

const adminQuery = async (statement: string) => {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * A fresh database of the kind under test, its schema pushed by Payload from
 * this config. SQLite runs without transactions, as Payload's adapter does by
 * default, unless `sqliteTransactions` (releases need them).
 */
const createDatabase = async (sqliteTransactions = false): Promise<Database> => {
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`
  if (databaseUnderTest() === 'sqlite') {
    const file = path.join(os.tmpdir(), `editorial-workflow-${id}.db`)
    return {
      adapter: sqliteAdapter({
        client: { url: `file:${file}` },
        push: true,
        ...(sqliteTransactions && { transactionOptions: {} }),
      }),
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal'])
          fs.rmSync(file + suffix, { force: true })
      },
    }
  }
  const name = `editorial_workflow_${id}`
  await adminQuery(`CREATE DATABASE "${name}"`)
  const url = new URL(process.env.TEST_POSTGRES_URL!)
  url.pathname = `/${name}`
  return {
    adapter: postgresAdapter({ pool: { connectionString: url.toString() }, push: true }),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}

type PoolClient = { release?: () => void }
type Pool = {
  _clients?: PoolClient[]
  _idle?: { client: PoolClient }[]
  end: () => Promise<void>
  on: (event: 'error', listener: () => void) => void
}
type Connections = {
  client?: { close?: () => void }
  pool?: Pool
}

/**
 * Stops Payload and closes its connections. destroy() leaves the Postgres
 * pool (one client of which the adapter never releases) and the SQLite
 * client open, which would keep jest waiting and block the DROP DATABASE.
 */
const closeConnections = async (payload: Payload) => {
  const { client, pool } = payload.db as unknown as Connections
  await payload.destroy()
  if (pool) {
    // Once we are closing, a connection the server ends (the test database dropped WITH (FORCE))
    // is expected; without a listener pg raises it as an unhandled 'error' event in the next file.
    pool.on('error', () => {})
    const idle = new Set((pool._idle ?? []).map((entry) => entry.client))
    for (const checkedOut of pool._clients ?? []) if (!idle.has(checkedOut)) checkedOut.release?.()
    await pool.end()
  }
  client?.close?.()
}

export type PluginPayload = {
  config: SanitizedConfig
  mailbox: Mailbox
  payload: Payload
  stop: () => Promise<void>
}

/**
 * The Payload config of the test bed with the plugin applied: users and
 * posts (and whatever else `extra` adds), Arabic first, admin and API in
 * Arabic and English, e-mail captured in `mailbox`.
 */
export const testConfig = (
  db: DatabaseAdapterObj,
  mailbox: Mailbox,
  options: EditorialWorkflowOptions,
  extra: Partial<Config> = {},
) =>
  buildConfig({
    admin: { importMap: { autoGenerate: false }, user: 'users' },
    collections: [Users, Posts],
    db,
    email: captureEmail(mailbox),
    i18n: { fallbackLanguage: 'ar', supportedLanguages: { ar, en } },
    localization: { defaultLocale: 'ar', locales: ['ar', 'en'] },
    // Kept, so that tests can read what each job did.
    jobs: { deleteJobOnComplete: false, tasks: [] },
    logger: { options: { level: (process.env.LOG_LEVEL as 'warn') || 'warn' } },
    // Refusals are the caller's doing, not a server fault. (Payload types only its own error names.)
    loggingLevels: {
      Forbidden: 'info',
      GraphQLError: 'info',
      ValidationError: 'info',
    } as Config['loggingLevels'],
    plugins: [editorialWorkflow(options)],
    secret: 'editorial-workflow-tests',
    telemetry: false,
    typescript: {
      autoGenerate: false,
      outputFile: path.join(os.tmpdir(), 'editorial-workflow-payload-types.ts'),
    },
    ...extra,
  })

/**
 * Boots the test bed on a fresh database (`extra` as for `testConfig`; with
 * `options.releases`, SQLite with transactions). Payload caches the instance under
 * the default key, where Payload's REST and GraphQL route handlers find it:
 * one per test file.
 */
export const startPluginPayload = async (
  options: EditorialWorkflowOptions,
  extra: Partial<Config> = {},
): Promise<PluginPayload> => {
  const database = await createDatabase(Boolean(options.releases))
  const mailbox: Mailbox = []
  const config = await testConfig(database.adapter, mailbox, options, extra)
  const payload = await getPayload({ config })
  return {
    config,
    mailbox,
    payload,
    stop: async () => {
      await closeConnections(payload)
      await database.drop()
    },
  }
}

export type Doc = Record<string, any>

type Args = Record<string, unknown>

/**
 * The Local API without the app's generated types: those know the Jusur
 * collections, not this test bed's `posts`.
 */
export type LooseLocalAPI = {
  count: (args: Args) => Promise<{ totalDocs: number }>
  create: (args: Args) => Promise<Doc>
  delete: (args: Args) => Promise<Doc>
  find: (args: Args) => Promise<{ docs: Doc[]; totalDocs: number }>
  findByID: (args: Args) => Promise<Doc>
  findVersions: (args: Args) => Promise<{ docs: Doc[] }>
  restoreVersion: (args: Args) => Promise<Doc>
  update: (args: Args) => Promise<Doc>
}

export const loose = (payload: Payload): LooseLocalAPI => payload as unknown as LooseLocalAPI

/** Waits until `check` holds, or fails after `timeout` ms. */
export const eventually = async (check: () => boolean, timeout = 5000): Promise<void> => {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
