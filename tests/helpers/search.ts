import type { Payload } from 'payload'

import { searchStoreFor } from '../../src/search/indexer'
import { parseSearchQuery } from '../../src/search/query'
import type { SearchCollection } from '../../src/search/sources'

/** How many public English search hits `words` has in `collections`, straight from the search index. */
export const publicSearchHits = async (
  payload: Payload,
  words: string,
  collections: SearchCollection[] = ['articles'],
): Promise<number> =>
  (
    await searchStoreFor(payload).search({
      collections,
      countries: [],
      limit: 10,
      locale: 'en',
      offset: 0,
      query: (parseSearchQuery(words) as { query: never }).query,
      topics: [],
      visibility: 'public',
    })
  ).total
