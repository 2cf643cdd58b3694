import type { Payload, PayloadRequest } from 'payload'

import type { sql as sqlTag } from '@payloadcms/db-sqlite'

import { adapterDrizzle, transactionSession } from './adapter-internals'

export type SQL = ReturnType<typeof sqlTag>
export type Run = (query: SQL, req?: PayloadRequest) => Promise<Record<string, unknown>[]>

/** The adapter's session of the request's transaction, where Payload opened one. */
export const transactionOf = async <T>(
  payload: Payload,
  req: PayloadRequest | undefined,
): Promise<T | undefined> => {
  if (!req?.transactionID) return undefined
  return transactionSession<T>(payload, await req.transactionID)
}

/** Drizzle on the request's transaction where Payload opened one, otherwise on the adapter's connection. */
export const drizzleOf = async <Drizzle>(
  payload: Payload,
  req: PayloadRequest | undefined,
): Promise<Drizzle> =>
  (await transactionOf<{ db: Drizzle }>(payload, req))?.db ?? adapterDrizzle<Drizzle>(payload)

/**
 * Runs SQL through {@link drizzleOf}. `method` is how the dialect's drizzle
 * runs a statement and returns rows (`run` on libsql, `execute` on node-postgres).
 */
export const runnerFor = (payload: Payload, method: 'execute' | 'run'): Run => {
  type Drizzle = Record<typeof method, (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>>
  return async (query, req) => (await (await drizzleOf<Drizzle>(payload, req))[method](query)).rows
}
