import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import path from 'node:path'

import { addLocaleParentIndexes } from '../db/locale-parent-indexes'
import { withSqliteTransactions } from '../db/sqlite-transactions'
import { StartupError } from './startup-error'

export const DEFAULT_DATABASE_URL = 'file:./data/jusur.db'

/** How long a write on SQLite waits for the one before it. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

const ACCEPTED_FORMS =
  'file:./path/to.db (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB)'

/** Hides the password of a connection URL, for messages and logs. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')

/** Which database a `DATABASE_URL` points at; anything unknown is refused. */
export const databaseKindOf = (url: string): DatabaseKind => {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new StartupError(
    `DATABASE_URL "${redactUrl(url)}" is not supported. Accepted forms: ${ACCEPTED_FORMS}.`,
  )
}

export const databaseUrlFrom = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): string => env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL

/** Generated migrations live beside each other, one folder per SQL dialect. */
export const migrationDirFor = (kind: DatabaseKind): string =>
  path.resolve(process.cwd(), 'migrations', kind)

/**
 * The Payload database adapter for a `DATABASE_URL`. Schema push is off
 * everywhere: SQL schemas change only through committed migrations, so a
 * database is never half pushed, half migrated.
 */
export const databaseAdapterFor = (url: string): DatabaseAdapterObj => {
  const kind = databaseKindOf(url)
  switch (kind) {
    case 'sqlite':
      return withSqliteTransactions(
        sqliteAdapter({
          afterSchemaInit: [addLocaleParentIndexes(sqliteIndex)],
          client: { url },
          migrationDir: migrationDirFor(kind),
          push: false,
          transactionOptions: {},
        }),
        { busyTimeout: SQLITE_BUSY_TIMEOUT_MS, url },
      )
    case 'postgres':
      return postgresAdapter({
        afterSchemaInit: [addLocaleParentIndexes(pgIndex)],
        migrationDir: migrationDirFor(kind),
        pool: { connectionString: url },
        push: false,
      })
    case 'mongodb':
      return mongooseAdapter({ url })
  }
}
