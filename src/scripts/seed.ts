/** `npm run seed`: applies migrations, then loads the demo accounts and content (idempotent). */
import { databaseUrlFrom, redactUrl } from '../settings/database'
import { seedDemoContent } from '../seed'
import { runWithPayload } from './run-with-payload'

runWithPayload('seed', async (payload) => {
  const { created, existing } = await seedDemoContent(payload)
  return `Seeded ${redactUrl(databaseUrlFrom())}: ${created.length} created, ${existing.length} already there.`
})
