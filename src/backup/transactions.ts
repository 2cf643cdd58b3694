import type { Payload, PayloadRequest } from 'payload'

import { beginTransaction } from '@payloadcms/drizzle'
import { createLocalReq } from 'payload'

type TransactionId = null | number | string

/** Runs `work` with a request bound to transaction `id` (if any): committed when `work` resolves, rolled back when it throws. */
const withTransaction = async <T>(payload: Payload, id: TransactionId, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  if (id === null) return work(req)
  req.transactionID = id
  try {
    const result = await work(req)
    await payload.db.commitTransaction(id)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(id).catch(() => {})
    throw error
  }
}

/**
 * Runs `work` (a batch of an import) in one transaction: all of it is written
 * or none. Payload's SQLite adapter opens no transactions unless configured
 * to, so that the app's requests do not queue for SQLite's single writer; an
 * import is the only writer, so on SQLite it opens one itself with drizzle's
 * (libsql: BEGIN IMMEDIATE), and Payload's writes with this `req` go through it.
 */
export const inWriteTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const id = payload.db.name === 'sqlite' ? await (beginTransaction as (this: unknown) => Promise<TransactionId>).call(payload.db) : await payload.db.beginTransaction()
  return withTransaction(payload, id, work)
}

/**
 * Runs `work` (an export's reads) on one snapshot of the database where that
 * costs the app nothing: on PostgreSQL a read-only, repeatable-read
 * transaction, so that writes made meanwhile are not half in the archive. On
 * SQLite the only transaction at hand would hold the write lock for the whole
 * export; it reads without one (README: Backup and restore).
 */
export const inReadSnapshot = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const id = payload.db.name === 'postgres' ? await payload.db.beginTransaction({ accessMode: 'read only', isolationLevel: 'repeatable read' }) : null
  return withTransaction(payload, id, work)
}
