import { getPayload, type Payload } from 'payload'

import { databaseUrlFrom } from '../settings/database'
import { checkDatabaseReachable } from '../db/database-preflight'
import { closeDatabase } from '../db/close-database'
import { applyMigrations } from '../db/migrations'
import { runScript } from './run-script'

/**
 * A command-line entry point that works on the database at DATABASE_URL:
 * checks it answers, applies pending migrations, runs `work`, prints what it
 * returns and closes the connections.
 */
export const runWithPayload = (
  name: string,
  work: (payload: Payload) => Promise<string | void>,
): void =>
  runScript(name, async () => {
    await checkDatabaseReachable(databaseUrlFrom())
    // Imported here, not at the top: a configuration error is then reported by runScript as one line.
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    await applyMigrations(payload)
    const summary = await work(payload)
    await closeDatabase(payload)
    if (summary) console.log(summary)
  })
