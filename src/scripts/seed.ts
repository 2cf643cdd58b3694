/** `npm run seed`: applies migrations, then loads the demo accounts and content (idempotent). */
import { getPayload } from 'payload'

import { databaseUrlFrom, redactUrl } from '../config/database'
import { checkDatabaseReachable } from '../config/database-preflight'
import { applyMigrations } from '../db/migrations'
import { seedDemoContent } from '../seed'
import { runScript } from './run-script'
import { closeDatabase } from '../db/close-database'

runScript('seed', async () => {
  const url = databaseUrlFrom()
  await checkDatabaseReachable(url)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  const { created, existing } = await seedDemoContent(payload)
  await closeDatabase(payload)
  console.log(`Seeded ${redactUrl(url)}: ${created.length} created, ${existing.length} already there.`)
})
