import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Plugin } from 'payload'

import { bumpGeneration } from './generation'

/**
 * Any change to a document the public can read (published or not: a draft
 * save can be an unpublish, and an entity's edit changes every page that
 * shows it) makes every cached answer stale. A plugin, listed last, so that
 * the bump comes after everything else the change writes (search rows,
 * workflow bookkeeping, media flags).
 */
const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await bumpGeneration(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await bumpGeneration(req)
}

const invalidating = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})

/** Adds the invalidation to the collections whose documents public answers can show. */
export const readCacheInvalidation =
  (publicSlugs: readonly string[]): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => (publicSlugs.includes(collection.slug) ? invalidating(collection) : collection)),
  })
