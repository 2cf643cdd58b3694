import type { Payload } from 'payload'

import { pendingMigrations } from '../db/migrations'

export type Readiness = { ready: true } | { ready: false; reason: string }

/**
 * Ready means: the database answers and every committed migration has run.
 * A load balancer sends traffic only to instances that are ready.
 */
export const checkReadiness = async (payload: Payload): Promise<Readiness> => {
  let pending: string[]
  try {
    pending = await pendingMigrations(payload)
  } catch (error) {
    return {
      ready: false,
      reason: `database unreachable: ${(error as Error).message.split('\n')[0]}`,
    }
  }
  if (pending.length > 0)
    return { ready: false, reason: `migrations not applied: ${pending.join(', ')}` }
  return { ready: true }
}
