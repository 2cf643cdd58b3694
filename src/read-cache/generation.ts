import type { Payload, PayloadRequest } from 'payload'

import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { runnerFor } from '../db/sql-runner'

/**
 * The content generation (table `content_generation`, one row): a number that
 * goes up with every change that can alter a public answer. The read cache
 * keeps each answer with the generation it was computed under and serves it
 * only while the number is the same, on every instance that shares the
 * database. Kept in the database, not in Redis, so that on PostgreSQL the bump
 * commits in the same transaction as the change it announces: a reader that
 * sees the new number also sees the new content.
 *
 * MongoDB has no such table here (and no server to test one): there the
 * generation is unknown and nothing is cached.
 */
export const readGeneration = async (payload: Payload): Promise<null | string> => {
  const rows = await runFor(payload)?.(
    sqlFor(payload).raw('SELECT value FROM content_generation WHERE id = 1'),
  )
  return rows?.[0] ? String(rows[0].value) : null
}

/** Where a request notes the transaction it has already moved the generation on in. */
const BUMPED_IN = 'jusur.generationBumpedIn'

/**
 * Moves the generation on, inside the request's transaction where there is
 * one, and once per transaction: readers see its changes together (a
 * release's items all at once), so one step is enough.
 */
export const bumpGeneration = async (req: PayloadRequest): Promise<void> => {
  const transaction = await req.transactionID
  if (transaction !== undefined) {
    if (req.context?.[BUMPED_IN] === transaction) return
    req.context ??= {}
    req.context[BUMPED_IN] = transaction
  }
  await runFor(req.payload)?.(
    sqlFor(req.payload).raw('UPDATE content_generation SET value = value + 1 WHERE id = 1'),
    req,
  )
}

const sqlFor = (payload: Payload) => (payload.db.name === 'postgres' ? postgresSql : sqliteSql)

const runners = new WeakMap<Payload, ReturnType<typeof runnerFor>>()

const runFor = (payload: Payload) => {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return undefined
  let run = runners.get(payload)
  if (!run)
    runners.set(
      payload,
      (run = runnerFor(payload, payload.db.name === 'sqlite' ? 'run' : 'execute')),
    )
  return run
}
