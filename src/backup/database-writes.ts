import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { type DrizzleAdapter, upsertRow } from '@payloadcms/drizzle'
import { getTableColumns, getTableName, max, type Table } from '@payloadcms/db-sqlite/drizzle'
import { buildVersionCollectionFields } from 'payload'

import { drizzleOf, runnerFor } from '../db/sql-runner'
import type { Id } from './archive-format'
import { BackupError } from './backup-error'

/**
 * An import writes through the database adapter, below the Local API: rows
 * arrive as they were stored, with their ids and timestamps, and no hook runs
 * (no slugs made again, no workflow gate, no e-mail, no search indexing: the
 * index rows are made from the archive's records: ../search/indexer.ts storedRows).
 */

/** Backup and restore work on the SQL databases, whose ids are numbers and whose adapter writes rows with given ids. */
export const refuseUnsupportedDatabase = (payload: Payload): void => {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') {
    throw new BackupError(
      `Backup and restore work on SQLite and PostgreSQL, not on ${payload.db.name}; use the database's own tools (mongodump, mongorestore).`,
    )
  }
}

/** Writes the fields `data` holds (those the first pass left out) into a stored document: the second pass, once the documents they point to exist. */
export const rewriteDocument = async (
  req: PayloadRequest,
  collection: string,
  id: Id,
  data: Record<string, unknown>,
): Promise<void> => {
  await req.payload.db.updateOne({
    collection: collection as CollectionSlug,
    data,
    id,
    req,
    returning: false,
  })
}

type Row = Record<string, unknown>

/** The part of drizzle that numbers version array items (the rows themselves go in as JSON: {@link writeRows}). */
type Drizzle = {
  select: (fields: Record<string, unknown>) => { from: (table: Table) => Promise<Row[]> }
}

/**
 * The rows of a batch of imported records, table by table. Payload's own row
 * writer (`upsertRow`, which turns a document into its main row, locale rows,
 * relationship rows, arrays and blocks) writes into it instead of the
 * database; {@link writeRows} then inserts each table's rows with a few
 * multi-row statements: one statement per table per batch instead of one per
 * row and table, and no row read back (docs/performance.md has the figures).
 */
export class PendingRows {
  private readonly tables = new Map<Table, Row[]>()
  /** The last id given to a row of each table that the database would number. */
  private readonly lastIds = new Map<Table, number>()

  /**
   * The part of drizzle that `upsertRow` creates rows with. Rows come back
   * as "inserted" as they were given: documents, versions and the items of
   * their arrays carry their ids. Array items of versions are numbered by
   * the database, and their own rows point to them: those get the next
   * number of their table here (PostgreSQL's sequences are set past them at
   * the end of the import).
   */
  db(req: PayloadRequest) {
    return {
      insert: (table: Table) => ({
        values: (values: Row | Row[]) => {
          const rows = Array.isArray(values) ? values : [values]
          const pending = this.tables.get(table)
          if (pending) pending.push(...rows)
          else this.tables.set(table, [...rows])
          return { returning: () => this.numbered(req, table, rows) }
        },
      }),
    }
  }

  private async numbered(req: PayloadRequest, table: Table, rows: Row[]): Promise<Row[]> {
    const unnumbered = rows.filter((row) => row.id === undefined && typeof row._uuid === 'string')
    if (unnumbered.length === 0) return rows
    let last = this.lastIds.get(table)
    if (last === undefined) {
      const [largest] = await (
        await drizzleOf<Drizzle>(req.payload, req)
      )
        .select({ id: max(getTableColumns(table).id!) })
        .from(table)
      last = Number(largest?.id ?? 0)
    }
    for (const row of unnumbered) row.id = ++last
    this.lastIds.set(table, last)
    return rows
  }

  /** The tables and their rows in the order first written: parents before children. */
  drain(): [Table, Row[]][] {
    const tables = [...this.tables.entries()]
    this.tables.clear()
    return tables
  }
}

type Column = ReturnType<typeof getTableColumns>[string]

/**
 * A row as the database stores it, keyed by column name: drizzle's rows are
 * keyed by property and hold JavaScript values, which each column turns into
 * what the driver sends (`mapToDriverValue`, as drizzle's insert does).
 * PostgreSQL's json and jsonb columns take the value itself: the statement
 * below reads the rows as JSON. Like drizzle, it leaves out properties that
 * are not columns and values that are undefined.
 */
const storedRow = (columns: Record<string, Column>, row: Row): Row => {
  const stored: Row = {}
  for (const [property, value] of Object.entries(row)) {
    const column = columns[property]
    if (value === undefined || !column) continue
    stored[column.name] =
      value === null || column.columnType === 'PgJsonb' || column.columnType === 'PgJson'
        ? value
        : column.mapToDriverValue(value)
  }
  return stored
}

/**
 * One INSERT of many rows with the same columns, the rows bound as a single
 * JSON parameter that the database takes apart (json_each on SQLite,
 * json_populate_recordset on PostgreSQL, which converts each value to its
 * column's type). Columns the rows leave out get their defaults.
 */
const insertStatement = (dialect: string, table: Table, names: string[], rows: Row[]) => {
  const columns = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  )
  const json = JSON.stringify(rows)
  return dialect === 'postgres'
    ? sql`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, ${json}::json)`
    : sql`INSERT INTO ${table} (${columns}) SELECT ${sql.join(
        names.map((name) => sql`value ->> ${name}`),
        sql`, `,
      )} FROM json_each(${json})`
}

/** The rows grouped by the columns they give values for (most tables' rows all give the same). */
const byColumns = (rows: Row[]): Map<string, Row[]> => {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const key = Object.keys(row).join('\0')
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/**
 * Inserts the pending rows, table after table, in the request's transaction:
 * a statement per table and set of columns, with one bound value. Building
 * and preparing statements with a value bound per column and row cost more
 * than the database's inserting (docs/performance.md: backup and restore).
 */
export const writeRows = async (req: PayloadRequest, pending: PendingRows): Promise<void> => {
  const run = runnerFor(req.payload, req.payload.db.name === 'postgres' ? 'execute' : 'run')
  for (const [table, rows] of pending.drain()) {
    const orphan = rows.find(
      (row) => '_parentID' in row && (row._parentID === undefined || row._parentID === null),
    )
    if (orphan)
      throw new BackupError(
        `An archived row of ${getTableName(table)} has no parent id: ${JSON.stringify(orphan).slice(0, 200)}`,
      )
    const columns = getTableColumns(table)
    for (const [key, group] of byColumns(rows.map((row) => storedRow(columns, row)))) {
      await run(insertStatement(req.payload.db.name, table, key.split('\0'), group), req)
    }
  }
}

/** Payload names a collection's table after its slug in snake case, and its versions table `_<that>_v` (as drizzle's create and createVersion look them up). */
const tableOf = (adapter: DrizzleAdapter, collection: string, versions: boolean): string => {
  const name = `${versions ? '_' : ''}${collection.replace(/-/g, '_')}${versions ? (adapter.versionsSuffix ?? '_v') : ''}`
  const table = adapter.tableNameMap.get(name)
  if (!table)
    throw new BackupError(
      `The database has no ${versions ? 'versions ' : ''}table for "${collection}".`,
    )
  return table
}

/**
 * Turns a document or a version row, as it was stored, into its rows in
 * `pending`, with its own id: for a version, the adapter's createVersion would
 * give it a new one (the workflow names approved versions by id) and recompute `latest`.
 */
export const addRows = async (
  req: PayloadRequest,
  pending: PendingRows,
  record: { collection: string; data: Row; id: Id; versions: boolean },
): Promise<void> => {
  const { payload } = req
  const adapter = payload.db as unknown as DrizzleAdapter
  const config = payload.collections[record.collection as CollectionSlug].config
  await upsertRow({
    adapter,
    collectionSlug: record.collection,
    customID: record.id,
    data: record.data,
    db: pending.db(req) as unknown as DrizzleAdapter['drizzle'],
    fields: record.versions
      ? buildVersionCollectionFields(payload.config, config, true)
      : config.flattenedFields,
    ignoreResult: 'idOnly',
    operation: 'create',
    req,
    tableName: tableOf(adapter, record.collection, record.versions),
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
    await run(
      sql`SELECT setval(${sequence}, COALESCE((SELECT max(id) FROM ${sql.identifier(schema)}.${sql.identifier(table)}), 0) + 1, false)`,
    )
  }
}

/**
 * PostgreSQL plans queries from statistics that a bulk load leaves empty
 * until ANALYZE (autovacuum runs it later, if it is on): with none, an
 * export of freshly imported scale-1 data took 61 s instead of 15. SQLite plans
 * without statistics unless ANALYZE was once run, and the app never runs it
 * (tests/int/query-plans checks those plans), so it is left as it is.
 */
export const refreshStatistics = async (payload: Payload): Promise<void> => {
  if (payload.db.name === 'postgres') await runnerFor(payload, 'execute')(sql`ANALYZE`)
}
