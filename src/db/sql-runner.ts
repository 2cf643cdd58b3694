import type { Payload, PayloadRequest } from 'payload'

import type { sql as sqlTag } from '@payloadcms/db-sqlite'

export type SQL = ReturnType<typeof sqlTag>
export type Run = (query: SQL, req?: PayloadRequest) => Promise<Record<string, unknown>[]>

/** The adapter's session of the request's transaction, where Payload opened one. */
export const transactionOf = async <T>(payload: Payload, req: PayloadRequest | undefined): Promise<T | undefined> => {
  if (!req?.transactionID) return undefined
  const sessions = (payload.db as unknown as { sessions?: Record<string, T> }).sessions
  return sessions?.[String(await req.transactionID)]
}

/**
 * Runs SQL on the request's transaction where Payload opened one, otherwise on
 * the adapter's connection. `method` is how the dialect's drizzle runs a
 * statement and returns rows (`run` on libsql, `execute` on node-postgres).
 */
export const runnerFor = (payload: Payload, method: 'execute' | 'run'): Run => {
  type Drizzle = Record<typeof method, (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>>
  const base = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  return async (query, req) => {
    const db = (await transactionOf<{ db: Drizzle }>(payload, req))?.db ?? base
    return (await db[method](query)).rows
  }
}
