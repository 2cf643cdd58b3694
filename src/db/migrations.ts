import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { rebuildStaleSearchIndex } from '../search/indexer'
import { postgresPool } from './adapter-internals'

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

/** Any fixed number: the key of the Postgres advisory lock that serializes migrations. */
const MIGRATION_LOCK_KEY = 7_305_311

/**
 * Several app instances starting at once on one Postgres database would run
 * the same migrations concurrently; a session-level advisory lock lets one
 * migrate while the others wait, then find nothing left to do.
 */
const withMigrationLock = async <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const pool = postgresPool(payload)
  if (!pool) return work()
  const client = await pool.connect()
  try {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`)
    return await work()
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => {})
    client.release()
  }
}

/**
 * Applies every pending migration, then rebuilds the search index if another
 * analyzer built it; safe to call on an up-to-date database, and from several
 * instances at once (one works under the lock, the others then find nothing to do).
 * Says whether this call rebuilt the search index.
 */
export const applyMigrations = async (
  payload: Payload,
): Promise<{ searchIndexRebuilt: boolean }> => {
  const migrations = migrationsFor(payload)
  if (migrations.length === 0) return { searchIndexRebuilt: false }
  return withMigrationLock(payload, async () => {
    await payload.db.migrate({ migrations: migrations as never })
    return { searchIndexRebuilt: await rebuildStaleSearchIndex(payload) }
  })
}

/** Names of committed migrations that the database has not run yet. */
export const pendingMigrations = async (payload: Payload): Promise<string[]> => {
  const expected = migrationsFor(payload).map((migration) => migration.name)
  if (expected.length === 0) return []
  const applied = await payload.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const appliedNames = new Set(applied.docs.map((doc) => doc.name))
  return expected.filter((name) => !appliedNames.has(name))
}
