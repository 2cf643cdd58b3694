import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'

type Migration = (typeof sqliteMigrations)[number] | (typeof postgresMigrations)[number]

/**
 * The committed migrations for the database Payload is connected to.
 * MongoDB has no SQL schema, so it has none.
 */
export const migrationsFor = (payload: Payload): Migration[] => {
  switch (payload.db.name) {
    case 'sqlite':
      return sqliteMigrations
    case 'postgres':
      return postgresMigrations
    default:
      return []
  }
}

/** Applies every pending migration; safe to call on an up-to-date database. */
export const applyMigrations = async (payload: Payload): Promise<void> => {
  const migrations = migrationsFor(payload)
  if (migrations.length === 0) return
  await payload.db.migrate({ migrations: migrations as never })
}

/** Names of committed migrations that the database has not run yet. */
export const pendingMigrations = async (payload: Payload): Promise<string[]> => {
  const expected = migrationsFor(payload).map((migration) => migration.name)
  if (expected.length === 0) return []
  const applied = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
  const appliedNames = new Set(applied.docs.map((doc) => doc.name))
  return expected.filter((name) => !appliedNames.has(name))
}
