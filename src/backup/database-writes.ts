import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { type DrizzleAdapter, upsertRow } from '@payloadcms/drizzle'
import { buildVersionCollectionFields } from 'payload'

import { runnerFor, transactionOf } from '../db/sql-runner'
import type { Id } from './archive-format'
import { BackupError } from './backup-error'

/**
 * An import writes through the database adapter, below the Local API: rows
 * arrive as they were stored, with their ids and timestamps, and no hook runs
 * (no slugs made again, no workflow gate, no e-mail, no search indexing: the
 * index is rebuilt once at the end).
 */

/** Backup and restore work on the SQL databases, whose ids are numbers and whose adapter writes rows with given ids. */
export const refuseUnsupportedDatabase = (payload: Payload): void => {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') {
    throw new BackupError(`Backup and restore work on SQLite and PostgreSQL, not on ${payload.db.name}; use the database's own tools (mongodump, mongorestore).`)
  }
}

export const insertDocument = async (req: PayloadRequest, collection: string, id: Id, data: Record<string, unknown>): Promise<void> => {
  await req.payload.db.create({ collection: collection as CollectionSlug, customID: id, data, req, returning: false })
}

/** Writes the whole document again, every field and locale: the second pass, once the documents it points to exist. */
export const rewriteDocument = async (req: PayloadRequest, collection: string, id: Id, data: Record<string, unknown>): Promise<void> => {
  await req.payload.db.updateOne({ collection: collection as CollectionSlug, data, id, req, returning: false })
}

/** Payload names a collection's versions table `_<slug in snake case>_v` (drizzle's createVersion looks it up the same way). */
const versionsTableOf = (adapter: DrizzleAdapter, collection: string): string => {
  const table = adapter.tableNameMap.get(`_${collection.replace(/-/g, '_')}${adapter.versionsSuffix ?? '_v'}`)
  if (!table) throw new BackupError(`The database has no versions table for "${collection}".`)
  return table
}

/**
 * Writes a version row as it was: the adapter's own createVersion would give it
 * a new id (the workflow names approved versions by id) and recompute `latest`.
 */
export const insertVersion = async (req: PayloadRequest, collection: string, id: Id, data: Record<string, unknown>): Promise<void> => {
  const { payload } = req
  const adapter = payload.db as unknown as DrizzleAdapter
  const config = payload.collections[collection as CollectionSlug].config
  await upsertRow({
    adapter,
    collectionSlug: collection,
    customID: id,
    data,
    db: (await transactionOf<{ db: DrizzleAdapter['drizzle'] }>(payload, req))?.db ?? adapter.drizzle,
    fields: buildVersionCollectionFields(payload.config, config, true),
    ignoreResult: 'idOnly',
    operation: 'create',
    req,
    tableName: versionsTableOf(adapter, collection),
  })
}

/**
 * PostgreSQL hands out ids from a sequence per table, which rows written with
 * their own ids do not advance: each is set past the largest id, so that the
 * next document created gets a free one. SQLite takes the largest id plus one by itself.
 */
export const resetIdSequences = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'postgres') return
  const run = runnerFor(payload, 'execute')
  const schema = (payload.db as unknown as { schemaName?: string }).schemaName || 'public'
  const tables = await run(sql`
    SELECT table_name AS "table", pg_get_serial_sequence(format('%I.%I', table_schema, table_name), 'id') AS "sequence"
    FROM information_schema.columns
    WHERE table_schema = ${schema} AND column_name = 'id' AND column_default LIKE 'nextval(%'`)
  for (const { sequence, table } of tables as { sequence: string; table: string }[]) {
    await run(sql`SELECT setval(${sequence}, COALESCE((SELECT max(id) FROM ${sql.identifier(schema)}.${sql.identifier(table)}), 0) + 1, false)`)
  }
}
