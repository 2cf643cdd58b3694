/**
 * The SQL statements Payload sends while it answers a request, caught by
 * wrapping the driver under the adapter: libsql's client and the transactions
 * it opens (SQLite) or the node-postgres client class (every pooled query goes
 * through it). For the benchmarks' statement counts and the query-plan test.
 */
import type { Payload } from 'payload'

import pg from 'pg'

export type Statement = { args: unknown[]; sql: string }

type Recorder = { active: boolean; statements: Statement[] }

const recorders = new WeakMap<Payload, Recorder>()

const wrap = <F extends (...args: never[]) => unknown>(
  original: F,
  onCall: (...args: Parameters<F>) => void,
): F =>
  function (this: unknown, ...args: Parameters<F>) {
    onCall(...args)
    return original.apply(this, args)
  } as F

type LibsqlStatement = string | { args?: unknown[] | Record<string, unknown>; sql: string }

const fromLibsql = (statement: LibsqlStatement): Statement =>
  typeof statement === 'string'
    ? { args: [], sql: statement }
    : { args: Array.isArray(statement.args) ? statement.args : [], sql: statement.sql }

const fromPg = (query: unknown, values: unknown): Statement => {
  const config =
    typeof query === 'string'
      ? { text: query, values }
      : (query as { text: string; values?: unknown[] })
  return {
    args: (Array.isArray(config.values)
      ? config.values
      : Array.isArray(values)
        ? values
        : []) as unknown[],
    sql: config.text,
  }
}

type LibsqlConnection = {
  batch: (statements: LibsqlStatement[]) => unknown
  execute: (statement: LibsqlStatement) => unknown
}
type LibsqlTransaction = LibsqlConnection & { commit: () => unknown; rollback: () => unknown }
type LibsqlClient = LibsqlConnection & {
  transaction: (...args: unknown[]) => Promise<LibsqlTransaction>
}

const recordLibsql = (connection: LibsqlConnection, record: (statement: Statement) => void) => {
  connection.execute = wrap(connection.execute, (statement) => record(fromLibsql(statement)))
  connection.batch = wrap(connection.batch, (statements) =>
    statements.forEach((statement) => record(fromLibsql(statement))),
  )
}

/** Starts recording the statements of this Payload's database connection (once per instance). */
const recorderFor = (payload: Payload): Recorder => {
  const existing = recorders.get(payload)
  if (existing) return existing
  const recorder: Recorder = { active: false, statements: [] }
  const record = (statement: Statement) => recorder.active && recorder.statements.push(statement)
  if (payload.db.name === 'sqlite') {
    const client = (payload.db as unknown as { client: LibsqlClient }).client
    recordLibsql(client, record)
    // A transaction is a connection of its own, with its own methods; BEGIN, COMMIT and ROLLBACK are
    // sent by libsql itself, and counted here as node-postgres counts them.
    const transaction = client.transaction
    client.transaction = async function (this: unknown, ...args: unknown[]) {
      record({ args: [], sql: 'BEGIN' })
      const tx = await transaction.apply(this, args)
      recordLibsql(tx, record)
      tx.commit = wrap(tx.commit, () => record({ args: [], sql: 'COMMIT' }))
      tx.rollback = wrap(tx.rollback, () => record({ args: [], sql: 'ROLLBACK' }))
      return tx
    }
  } else if (payload.db.name === 'postgres') {
    const prototype = pg.Client.prototype as unknown as {
      query: (query: unknown, values?: unknown) => unknown
    }
    prototype.query = wrap(prototype.query, (query, values) => record(fromPg(query, values)))
  } else {
    throw new Error(`statement recording supports SQLite and PostgreSQL, not ${payload.db.name}`)
  }
  recorders.set(payload, recorder)
  return recorder
}

/** The statements `work` sends to the database, in order. */
export const recordStatements = async (
  payload: Payload,
  work: () => Promise<unknown>,
): Promise<Statement[]> => {
  const recorder = recorderFor(payload)
  recorder.statements = []
  recorder.active = true
  try {
    await work()
    return recorder.statements
  } finally {
    recorder.active = false
  }
}

/** How many statements `work` sends to the database. */
export const countStatements = async (
  payload: Payload,
  work: () => Promise<unknown>,
): Promise<number> => (await recordStatements(payload, work)).length
