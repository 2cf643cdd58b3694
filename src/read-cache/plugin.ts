import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Plugin,
} from 'payload'

import { shareDocumentsHook } from './document-cache'
import { bumpGeneration } from './generation'

/**
 * Any change to a document the public can read (published or not: a draft
 * save can be an unpublish, and an entity's edit changes every page that
 * shows it) makes every cached answer and document stale. Listed last among
 * the plugins, so that the bump comes after everything else the change writes
 * (search rows, workflow bookkeeping, media flags).
 */
const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await bumpGeneration(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await bumpGeneration(req)
}

/**
 * The read cache's part of the Payload config: the invalidation above, and
 * the shared documents (./document-cache.ts) of the collections whose
 * documents public answers can show, and only of those, since only their
 * changes move the generation on.
 */
export const readCachePlugin =
  (publicSlugs: readonly string[]): Plugin =>
  (config: Config): Config => {
    const shareDocuments = shareDocumentsHook(new Set(publicSlugs))
    const withReadCache = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), shareDocuments],
      },
    })
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        publicSlugs.includes(collection.slug) ? withReadCache(collection) : collection,
      ),
    }
  }
