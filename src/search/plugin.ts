import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Plugin,
} from 'payload'

import { isDeclared } from '../config/collection-groups'
import { normalizedListSearch } from './admin-list-search'
import { searchEndpoint } from './endpoint'
import { searchQueries } from './graphql'
import { indexDocument, removeDocument } from './indexer'
import { isSearchCollection, type SearchCollection } from './sources'

/** Set `context: { skipSearchIndex: true }` on a Local API call to leave the index alone (bulk loads that reindex afterwards). */
export const SKIP_SEARCH_INDEX = 'skipSearchIndex'

/** Every save (create, edit, draft, publish, unpublish, restore) brings the document's rows up to date. */
const keepIndexCurrent: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  if (!context[SKIP_SEARCH_INDEX])
    await indexDocument(req, collection.slug as SearchCollection, doc.id)
  return doc
}

const dropFromIndex: CollectionAfterDeleteHook = async ({ collection, context, id, req }) => {
  if (!context[SKIP_SEARCH_INDEX])
    await removeDocument(req, collection.slug as SearchCollection, id)
}

const withIndexHooks = (collection: CollectionConfig): CollectionConfig =>
  isSearchCollection(collection.slug)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), keepIndexCurrent],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), dropFromIndex],
        },
      }
    : collection

/**
 * Staff searching a list by title get normalized matches too
 * (admin-list-search.ts), in Jusur's content collections: not in the plugins'
 * bookkeeping, such as the workflow's history.
 */
const withNormalizedListSearch = (collection: CollectionConfig): CollectionConfig =>
  isDeclared(collection) && collection.admin?.useAsTitle && collection.admin.useAsTitle !== 'id'
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), normalizedListSearch],
        },
      }
    : collection

/**
 * Search in one plugin: the index hooks on the searchable collections (see
 * SEARCH_SOURCES), `GET /api/search`, the GraphQL query `search`, and
 * normalized title search in the admin's lists and pickers.
 */
export const searchPlugin: Plugin = (config: Config): Config => {
  const queries = config.graphQL?.queries
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      withNormalizedListSearch(withIndexHooks(collection)),
    ),
    endpoints: [...(config.endpoints ?? []), searchEndpoint],
    graphQL: {
      ...config.graphQL,
      queries: (GraphQL, context) => ({
        ...queries?.(GraphQL, context),
        ...searchQueries(GraphQL, context),
      }),
    },
  }
}
