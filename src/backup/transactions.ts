import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'

import { runnerFor } from '../db/sql-runner'
import { inTransaction } from '../db/transaction'

type Work<T> = (req: PayloadRequest) => Promise<T>

/**
 * On SQLite, a read transaction (BEGIN DEFERRED … COMMIT) around `work` on
 * the adapter's main connection, which Payload's reads with a plain `req` go
 * through. An export is alone in its process, so plain statements do.
 */
const inSqliteReadTransaction = async <T>(payload: Payload, work: Work<T>): Promise<T> => {
  const run = runnerFor(payload, 'run')
  await run(sql.raw('BEGIN DEFERRED'))
  try {
    return await work(await createLocalReq({}, payload))
  } finally {
    await run(sql.raw('COMMIT'))
  }
}

/** Runs `work` (a batch of an import) in one transaction: all of it is written or none. SQLite takes the write lock at once. */
export const inWriteTransaction = <T>(payload: Payload, work: Work<T>): Promise<T> =>
  inTransaction(payload, work, { required: true })

/**
 * Runs `work` (an export's reads) on one snapshot of the database, so that
 * writes made meanwhile by the running app are not half in the archive:
 * PostgreSQL's read-only, repeatable-read transaction; on SQLite (WAL mode) a
 * read transaction, which blocks no writer.
 */
export const inReadSnapshot = async <T>(payload: Payload, work: Work<T>): Promise<T> =>
  payload.db.name === 'sqlite'
    ? inSqliteReadTransaction(payload, work)
    : inTransaction(payload, work, {
        options: { accessMode: 'read only', isolationLevel: 'repeatable read' },
        required: true,
      })
