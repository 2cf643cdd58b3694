import type { Client, InStatement, ResultSet, Transaction } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { createClient } from '@libsql/client'
import { Mutex, withTimeout, type MutexInterface } from 'async-mutex'
import { AsyncLocalStorage } from 'node:async_hooks'
import path from 'node:path'

export type SqliteConnectionSettings = {
  /** How long a write waits for another one to finish, in ms (SQLite's busy_timeout, and our queue's). */
  busyTimeout: number
  url: string
}

const SELECT = /^\s*(select|explain)\b/i
const WITH = /^\s*with\b/i
const WRITE_VERB = /\b(insert|update|delete|replace|create|drop|alter)\b/i

/** Statements that take no write lock (a CTE counts only without a write verb); everything else waits its turn. */
const isReadOnly = (statement: InStatement): boolean => {
  const sql = typeof statement === 'string' ? statement : statement.sql
  return SELECT.test(sql) || (WITH.test(sql) && !WRITE_VERB.test(sql))
}

export class SqliteBusyError extends Error {
  constructor(busyTimeout: number) {
    super(`The database stayed busy with another change for ${busyTimeout} ms; try again.`)
    this.name = 'SqliteBusyError'
  }
}

/** The work that opened a transaction: set by withSqliteTransactions for the rest of that work (see there). */
type Opener = object
const openers = new AsyncLocalStorage<Opener>()

/** A database file's single writer: whose turn it is, and the transaction holding it, if any. */
type WriteTurn = {
  mutex: MutexInterface
  open?: { connection: Client; opener: Opener | undefined }
}

const WRITE_TURNS = Symbol.for('jusur.sqliteWriteTurns')

/**
 * One write turn per database file for the whole process, shared by every
 * client on it: the server holds two Payload instances on one database (Next's
 * bundle even has its own copy of this module), and a write from one that met
 * the other's open transaction would block the thread that transaction needs.
 */
const writeTurnFor = ({ busyTimeout, url }: SqliteConnectionSettings): WriteTurn => {
  const global = globalThis as typeof globalThis & { [WRITE_TURNS]?: Map<string, WriteTurn> }
  const turns = (global[WRITE_TURNS] ??= new Map())
  const file = path.resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''))
  let turn = turns.get(file)
  if (!turn)
    turns.set(
      file,
      (turn = { mutex: withTimeout(new Mutex(), busyTimeout, new SqliteBusyError(busyTimeout)) }),
    )
  return turn
}

const openConnection = async ({ busyTimeout, url }: SqliteConnectionSettings): Promise<Client> => {
  const connection = createClient({ url })
  await connection.execute(`PRAGMA busy_timeout = ${busyTimeout}`)
  return connection
}

/**
 * A transaction that takes the write turn at its first write, not at its start.
 *
 * Payload opens its transaction at the start of an operation, and an upload's
 * images are decoded and resized before its first write: holding the turn from
 * the start would stall every other save for that long. Until its first write,
 * the transaction's reads run on the main connection, each seeing the latest
 * committed data (what PostgreSQL's default, READ COMMITTED, gives each
 * statement too). Its first write takes the turn and BEGIN IMMEDIATE on the
 * dedicated connection: from then on nobody else commits until it ends, and it
 * reads its own writes. It never reads inside a deferred SQLite transaction that
 * later wants to write, so SQLite's SQLITE_BUSY_SNAPSHOT cannot occur. One that
 * never writes never takes the turn.
 */
const lazyTransaction = (
  turn: WriteTurn,
  main: Client,
  dedicatedConnection: () => Promise<Client>,
  opener: Opener | undefined,
): Transaction => {
  let open = true
  let writing: Promise<{ connection: Client; release: MutexInterface.Releaser }> | undefined

  const startWriting = async () => {
    const release = await turn.mutex.acquire()
    try {
      const connection = await dedicatedConnection()
      await connection.execute('BEGIN IMMEDIATE')
      turn.open = { connection, opener }
      return { connection, release }
    } catch (error) {
      release()
      throw error
    }
  }

  const run = async (statement: InStatement): Promise<ResultSet> => {
    if (!open) throw new Error('The transaction is closed.')
    if (!writing && isReadOnly(statement)) return main.execute(statement)
    const { connection } = await (writing ??= startWriting())
    return connection.execute(statement)
  }

  const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    // Never written, or the turn never came: nothing to end.
    const held = await writing?.catch(() => undefined)
    if (!held) return
    try {
      await held.connection.execute(statement)
    } catch (error) {
      // A failed COMMIT leaves the transaction open; the connection must not carry it into the next one.
      if (statement === 'COMMIT') await held.connection.execute('ROLLBACK').catch(() => {})
      throw error
    } finally {
      turn.open = undefined
      held.release()
    }
  }

  return {
    batch: async (statements) => {
      const results: ResultSet[] = []
      for (const statement of statements) results.push(await run(statement))
      return results
    },
    close: () => void end('ROLLBACK').catch(() => {}),
    get closed() {
      return !open
    },
    commit: () => end('COMMIT'),
    execute: run,
    executeMultiple: async (sql) => {
      if (!open) throw new Error('The transaction is closed.')
      const { connection } = await (writing ??= startWriting())
      await connection.executeMultiple(sql)
    },
    rollback: () => end('ROLLBACK'),
  }
}

/**
 * A libsql client on which Payload's SQLite adapter can run real transactions.
 *
 * libsql's own `transaction()` hands the client's connection to the
 * transaction and opens a fresh one for everything after it: without
 * busy_timeout (a write that meets the lock fails at once), with a cold page
 * cache, and leaving the old connection's native memory to the garbage
 * collector. Here one second connection is kept for transactions, used by the
 * one whose turn it is to write (SQLite has a single writer anyway; see
 * lazyTransaction for reads before a transaction's first write), and a write
 * outside a transaction waits for the same turn: run on the main connection
 * while a transaction holds the lock, it would block Node's only thread in
 * busy_timeout, and the transaction could never finish. Reads never wait
 * (WAL lets them run beside a writer).
 */
export const openSqliteClient = async (settings: SqliteConnectionSettings): Promise<Client> => {
  const main = await openConnection(settings)
  const result = await main.execute('PRAGMA journal_mode')
  if (result.rows[0]?.journal_mode !== 'wal') await main.execute('PRAGMA journal_mode = WAL')
  const turn = writeTurnFor(settings)
  let transactions: Client | undefined

  const exclusive = <T>(run: () => Promise<T>): Promise<T> => turn.mutex.runExclusive(run)
  /**
   * A write outside any transaction, from the very work that holds the open
   * one, goes into that transaction: waiting for the turn would wait for
   * itself. Payload does this on purpose (forgot-password reserves its rate
   * stamp with `transactionID` removed, meant for a second connection).
   */
  const write = (statement: InStatement) => {
    const { open } = turn
    if (open?.opener && open.opener === openers.getStore())
      return open.connection.execute(statement)
    return exclusive(() => main.execute(statement))
  }

  return {
    batch: (statements, mode) => exclusive(() => main.batch(statements, mode)),
    close: () => {
      transactions?.close()
      main.close()
    },
    get closed() {
      return main.closed
    },
    execute: (statement: InStatement) =>
      isReadOnly(statement) ? main.execute(statement) : write(statement),
    executeMultiple: (sql) => exclusive(() => main.executeMultiple(sql)),
    migrate: (statements) => exclusive(() => main.migrate(statements)),
    protocol: main.protocol,
    sync: () => main.sync(),
    transaction: async () =>
      lazyTransaction(
        turn,
        main,
        async () => (transactions ??= await openConnection(settings)),
        openers.getStore(),
      ),
  }
}

/**
 * Payload's SQLite adapter, with transactions on and connected through
 * {@link openSqliteClient}: every Payload operation (a save with its versions,
 * workflow history, search index and link tables) is then written whole or
 * not at all, as on PostgreSQL. The adapter uses a client it is given as is,
 * so the pragmas it would set are set here. What this relies on of the
 * adapter (`connect` keeps a `client` set before it, `beginTransaction` goes
 * through `client.transaction()`) is pinned by tests/int/payload-internals.int.spec.ts.
 */
export const withSqliteTransactions = (
  adapter: DatabaseAdapterObj,
  settings: SqliteConnectionSettings,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as unknown as SQLiteAdapter
    const connect = instance.connect!
    instance.connect = async (options) => {
      instance.client ??= await openSqliteClient(settings)
      return connect.call(instance, options)
    }
    const begin = instance.beginTransaction
    instance.beginTransaction = (options) => {
      // Called synchronously from the operation that wants the transaction: from here on, that
      // operation and everything it awaits carry this mark, and the client knows its writes.
      openers.enterWith({})
      return begin.call(instance, options)
    }
    return instance as never
  },
})
