/**
 * Counts the SQL statements Payload sends while it answers one request, by
 * wrapping the driver under the adapter: libsql's client (SQLite) or the
 * node-postgres client class (every pooled query goes through it).
 */
import type { Payload } from 'payload'

import pg from 'pg'

type Counter = { count: number; active: boolean }

const counters = new WeakMap<Payload, Counter>()

const wrap = <F extends (...args: never[]) => unknown>(original: F, onCall: (...args: Parameters<F>) => void): F =>
  function (this: unknown, ...args: Parameters<F>) {
    onCall(...args)
    return original.apply(this, args)
  } as F

/** Starts counting the statements of this Payload's database connection (once per instance). */
const counterFor = (payload: Payload): Counter => {
  const existing = counters.get(payload)
  if (existing) return existing
  const counter: Counter = { active: false, count: 0 }
  if (payload.db.name === 'sqlite') {
    const client = (payload.db as unknown as { client: { batch: (statements: unknown[]) => unknown; execute: (statement: unknown) => unknown } }).client
    client.execute = wrap(client.execute, () => counter.active && counter.count++)
    client.batch = wrap(client.batch, (statements) => counter.active && (counter.count += statements.length))
  } else if (payload.db.name === 'postgres') {
    const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
    prototype.query = wrap(prototype.query, () => counter.active && counter.count++)
  } else {
    throw new Error(`statement counting supports SQLite and PostgreSQL, not ${payload.db.name}`)
  }
  counters.set(payload, counter)
  return counter
}

/** The number of statements `work` sends to the database. */
export const countStatements = async (payload: Payload, work: () => Promise<unknown>): Promise<number> => {
  const counter = counterFor(payload)
  counter.count = 0
  counter.active = true
  try {
    await work()
    return counter.count
  } finally {
    counter.active = false
  }
}
