/** Child of create-migrations.ts: one dialect, chosen by DATABASE_URL. */
import { getPayload } from 'payload'

import { runScript } from './run-script'
import { closeDatabase } from '../db/close-database'

runScript('migrate:create', async () => {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // skipEmpty: exits without writing anything when the schema did not change.
  await payload.db.createMigration({ migrationName: process.argv[2], payload, skipEmpty: true })
  await closeDatabase(payload)
})
