import type { Payload } from 'payload'

import { postgresPool, type PostgresPool, sqliteClient } from './adapter-internals'

/**
 * Payload's Postgres adapter checks one client out of the pool when it
 * connects and never gives it back, so pool.end() would wait forever.
 * Hand back every checked-out client first (pg-pool keeps them in _clients).
 */
const endPool = async (pool: PostgresPool): Promise<void> => {
  // Once we are closing, a connection the server ends (a test database being dropped) is
  // expected; without a listener pg would raise it as an unhandled 'error' event.
  pool.on('error', () => {})
  const idle = new Set((pool._idle ?? []).map((entry) => entry.client))
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.()
  await pool.end()
}

/**
 * Shuts Payload down and closes its database connections. Payload's own
 * destroy() resets the SQL adapters but leaves the Postgres pool and the
 * SQLite client open, which keeps a process alive and blocks dropping a database.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const pool = postgresPool(payload)
  const client = sqliteClient(payload)
  await payload.destroy()
  if (pool) await endPool(pool)
  client?.close?.()
}
