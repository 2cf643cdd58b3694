import type { Payload } from 'payload'

import { closeDatabase } from '../src/db/close-database'

/**
 * Closes a benchmark's in-process Payload, made with getPayload's default key
 * (the GraphQL route handlers look Payload up by it). getPayload keeps
 * instances by key: the next database's instance must not be this closed one.
 */
export const closeDefaultPayload = async (payload: Payload): Promise<void> => {
  await closeDatabase(payload)
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
}
