import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import path from 'node:path'

import { type DatabaseKind, databaseKindOf } from '../settings/database'
import { addLocaleParentIndexes } from './locale-parent-indexes'
import { withSqliteTransactions } from './sqlite-transactions'

/** How long a write on SQLite waits for the one before it. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

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
