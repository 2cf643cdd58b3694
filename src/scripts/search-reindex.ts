/** `npm run search:reindex`: rebuilds the search index of the database at DATABASE_URL from its documents. Safe to run again. */
import { createLocalReq } from 'payload'

import { bumpGeneration } from '../read-cache/generation'
import { rebuildSearchIndex } from '../search/indexer'
import { runWithPayload } from './run-with-payload'

runWithPayload('search:reindex', async (payload) => {
  const counts = await rebuildSearchIndex(payload)
  // Cached search answers of running app instances are stale now.
  await bumpGeneration(await createLocalReq({}, payload))
  const rows = Object.entries(counts).map(([collection, count]) => `${collection} ${count}`)
  return `Search index rebuilt: ${rows.join(', ')} rows.`
})
