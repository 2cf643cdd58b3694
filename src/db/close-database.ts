import type { Payload } from 'payload'

type PoolClient = { release?: () => void }

type PostgresPool = {
  _clients?: PoolClient[]
  _idle?: { client: PoolClient }[]
  end: () => Promise<void>
}

type SqlConnections = {
  client?: { close?: () => void }
  pool?: PostgresPool
}

/**
 * Payload's Postgres adapter checks one client out of the pool when it
 * connects and never gives it back, so pool.end() would wait forever.
 * Hand back every checked-out client first (pg-pool keeps them in _clients).
 */
const endPool = async (pool: PostgresPool): Promise<void> => {
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
  const { client, pool } = payload.db as unknown as SqlConnections
  await payload.destroy()
  if (pool) await endPool(pool)
  client?.close?.()
}
