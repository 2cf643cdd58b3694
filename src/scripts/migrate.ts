/** `npm run migrate`: applies pending migrations to the database at DATABASE_URL. */
import { runWithPayload } from './run-with-payload'

runWithPayload('migrate', async () => 'Migrations are up to date.')
