import type { Payload } from 'payload'

/**
 * What the app reads of Payload's SQL database adapters beyond their public
 * API (`payload.db`'s DatabaseAdapter methods), in one place; each is pinned
 * against the installed adapters by tests/int/payload-internals.int.spec.ts.
 *   - `sessions`: the open transactions, by the id `beginTransaction`
 *     returned: on the drizzle adapters each holds its drizzle transaction
 *     as `db`, on MongoDB it is the driver's ClientSession;
 *   - `drizzle`: the adapter's drizzle instance on its connection;
 *   - `pool`: the PostgreSQL adapter's node-postgres pool (pg-pool keeps the
 *     clients it handed out in `_clients`, the idle ones in `_idle`);
 *   - `client`: the SQLite adapter's libsql client.
 */
type SqlAdapterInternals = {
  client?: { close?: () => void }
  drizzle?: unknown
  pool?: PostgresPool
  sessions?: Record<string, unknown>
}

export type PoolClient = { query: (sql: string) => Promise<unknown>; release: () => void }

export type PostgresPool = {
  _clients?: Partial<PoolClient>[]
  _idle?: { client: Partial<PoolClient> }[]
  connect: () => Promise<PoolClient>
  end: () => Promise<void>
  on: (event: 'error', listener: (error: Error) => void) => void
}

const internals = (payload: Payload): SqlAdapterInternals =>
  payload.db as unknown as SqlAdapterInternals

/** The adapter's session of the transaction Payload opened under `transactionID`, while it is open. */
export const transactionSession = <Session>(
  payload: Payload,
  transactionID: number | string,
): Session | undefined =>
  internals(payload).sessions?.[String(transactionID)] as Session | undefined

/** Drizzle on the adapter's own connection (outside any transaction). */
export const adapterDrizzle = <Drizzle>(payload: Payload): Drizzle =>
  internals(payload).drizzle as Drizzle

/** The PostgreSQL adapter's connection pool; undefined on other adapters. */
export const postgresPool = (payload: Payload): PostgresPool | undefined =>
  payload.db.name === 'postgres' ? internals(payload).pool : undefined

/** The SQLite adapter's client; undefined on other adapters. */
export const sqliteClient = (payload: Payload): SqlAdapterInternals['client'] =>
  payload.db.name === 'sqlite' ? internals(payload).client : undefined
