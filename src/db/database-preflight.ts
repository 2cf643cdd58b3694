import fs from 'node:fs'
import path from 'node:path'

import { type DatabaseKind, databaseKindOf, redactUrl } from '../settings/database'
import { StartupError } from '../settings/startup-error'

const CONNECT_TIMEOUT_MS = 5000

/** Postgres answers 3D000 for a missing database; Payload creates it on connect. */
const POSTGRES_MISSING_DATABASE = '3D000'

const reason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!

const sqliteFileOf = (url: string): string => url.replace(/^file:(\/\/)?/, '').split('?')[0]!

const checkSqlite = (url: string): void => {
  const file = sqliteFileOf(url)
  if (file === ':memory:') return
  const dir = path.dirname(path.resolve(file))
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.accessSync(dir, fs.constants.W_OK)
  } catch (error) {
    throw new StartupError(
      `Cannot use the SQLite database ${url}: folder ${dir} is not writable (${reason(error)}).`,
    )
  }
}

const checkPostgres = async (url: string): Promise<void> => {
  const { default: pg } = await import('pg')
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    if ((error as { code?: string }).code === POSTGRES_MISSING_DATABASE) return
    throw new StartupError(
      `Cannot reach the PostgreSQL database ${redactUrl(url)}: ${reason(error) || 'connection failed'}.`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}

const checkMongo = async (url: string): Promise<void> => {
  const { default: mongoose } = await import('mongoose')
  const connection = mongoose.createConnection(url, {
    serverSelectionTimeoutMS: CONNECT_TIMEOUT_MS,
  })
  try {
    await connection.asPromise()
  } catch (error) {
    throw new StartupError(`Cannot reach the MongoDB database ${redactUrl(url)}: ${reason(error)}.`)
  } finally {
    await connection.close().catch(() => {})
  }
}

const checks: Record<DatabaseKind, (url: string) => Promise<void> | void> = {
  mongodb: checkMongo,
  postgres: checkPostgres,
  sqlite: checkSqlite,
}

/**
 * Fails fast, with one readable line, when the database cannot be reached,
 * instead of letting the adapter print a stack trace halfway through start-up.
 */
export const checkDatabaseReachable = async (url: string): Promise<void> => {
  await checks[databaseKindOf(url)](url)
}
