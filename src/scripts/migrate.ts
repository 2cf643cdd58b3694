/** `npm run migrate`: applies pending migrations to the database at DATABASE_URL. */
import { getPayload } from 'payload'

import { databaseUrlFrom } from '../config/database'
import { checkDatabaseReachable } from '../config/database-preflight'
import { applyMigrations } from '../db/migrations'
import { runScript } from './run-script'
import { closeDatabase } from '../db/close-database'

runScript('migrate', async () => {
  await checkDatabaseReachable(databaseUrlFrom())
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  await closeDatabase(payload)
})
