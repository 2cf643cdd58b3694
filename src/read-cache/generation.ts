import type { Payload, PayloadRequest } from 'payload'

import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { runnerFor } from '../db/sql-runner'

/**
 * The content generation and the log of public changes, shared by every app
 * instance on the database:
 *   - `content_generation` (one row): a number that goes up once per
 *     transaction that changes something public;
 *   - `content_changes(seq, collection, doc_id, doc_key)`: what each step
 *     changed, one row per document (`collection` and `doc_id` NULL: anything
 *     may have changed, as after a search rebuild, a backup import or a
 *     deletion), and one per key value (a slug) a changed document had before
 *     or has after (`doc_key`, `doc_id` NULL): reads by that key depend on it.
 *
 * Both are written in the change's own transaction. The counter's row lock
 * makes the writers take their numbers in the order they commit, so a reader
 * that sees number n sees every change up to n, and its rows: an instance
 * that knew n−k fetches the rows after it, once, and drops what they affect
 * (./change-watcher.ts). Kept in the database, not in Redis, so that on
 * PostgreSQL the step commits with the change it announces.
 *
 * MongoDB has no such tables here (and no server to test them on): there the
 * generation is unknown and nothing is cached.
 */
export const readGeneration = async (payload: Payload): Promise<null | string> => {
  const rows = await runFor(payload)?.(
    sqlFor(payload).raw('SELECT value FROM content_generation WHERE id = 1'),
  )
  return rows?.[0] ? String(rows[0].value) : null
}

/** One row of the log: the document, or the key value, changed at step `seq`; `collection` null for "anything". */
export type PublicChange = {
  collection: null | string
  id: null | string
  key: null | string
  seq: number
}

/** The log's rows after step `after`, up to `upTo`, in order; none where there is no log (MongoDB). */
export const changesBetween = async (
  payload: Payload,
  after: number,
  upTo: number,
): Promise<PublicChange[]> => {
  const sql = sqlFor(payload)
  const rows =
    (await runFor(payload)?.(
      sql`SELECT seq, collection, doc_id, doc_key FROM content_changes WHERE seq > ${after} AND seq <= ${upTo} ORDER BY seq`,
    )) ?? []
  return rows.map((row) => ({
    collection: row.collection === null ? null : String(row.collection),
    id: row.doc_id === null ? null : String(row.doc_id),
    key: row.doc_key === null ? null : String(row.doc_key),
    seq: Number(row.seq),
  }))
}

/**
 * How many steps of the log are kept: an instance further behind than that
 * (stopped, or cut off from the database) drops everything it holds.
 */
export const KEPT_STEPS = 10_000

/** Where a request notes the step its transaction took, so that all its changes share it. */
const STEP_IN = 'jusur.contentStepIn'

/** What one row of the log says changed. */
export type LoggedChange =
  'anything' | { collection: string; id: number | string } | { collection: string; key: string }

/**
 * Logs a public change of `collection`'s document `id` or of the documents
 * with key value `key` ('anything': anything may have changed), inside the
 * request's transaction where there is one.
 * The first change of a transaction moves the generation on; its others join
 * that step, so readers see them together (a release's items all at once).
 */
export const logPublicChange = async (req: PayloadRequest, change: LoggedChange): Promise<void> => {
  const run = runFor(req.payload)
  if (!run) return
  const sql = sqlFor(req.payload)
  const transaction = await req.transactionID
  const noted = req.context?.[STEP_IN] as undefined | { seq: number; transaction: unknown }
  let seq = transaction !== undefined && noted?.transaction === transaction ? noted.seq : undefined
  if (seq === undefined) {
    const [row] = await run(
      sql.raw('UPDATE content_generation SET value = value + 1 WHERE id = 1 RETURNING value'),
      req,
    )
    seq = Number(row!.value)
    if (transaction !== undefined) {
      req.context ??= {}
      req.context[STEP_IN] = { seq, transaction }
    }
    // Pruned as it grows, by whoever writes, every few hundred steps.
    if (seq % 500 === 0)
      await run(sql`DELETE FROM content_changes WHERE seq <= ${seq - KEPT_STEPS}`, req)
  }
  const collection = change === 'anything' ? null : change.collection
  const id = change !== 'anything' && 'id' in change ? String(change.id) : null
  const key = change !== 'anything' && 'key' in change ? change.key : null
  await run(
    sql`INSERT INTO content_changes (seq, collection, doc_id, doc_key) VALUES (${seq}, ${collection}, ${id}, ${key})`,
    req,
  )
}

/** A change below the hooks (a search rebuild, a backup import): every cached answer is stale. */
export const bumpGeneration = (req: PayloadRequest): Promise<void> =>
  logPublicChange(req, 'anything')

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
