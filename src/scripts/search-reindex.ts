/** `npm run search:reindex`: rebuilds the search index of the database at DATABASE_URL from its documents. Safe to run again. */
import { rebuildSearchIndex } from '../search/indexer'
import { runWithPayload } from './run-with-payload'

runWithPayload('search:reindex', async (payload) => {
  const counts = await rebuildSearchIndex(payload)
  const rows = Object.entries(counts).map(([collection, count]) => `${collection} ${count}`)
  return `Search index rebuilt: ${rows.join(', ')} rows.`
})
