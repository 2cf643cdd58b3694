import type { CollectionConfig, CollectionSlug } from 'payload'

import type { SearchSource } from '../search/search-source'

/**
 * The groups a collection can belong to. Features take their collections from
 * these declarations instead of keeping lists of their own.
 *
 * - `report`: reviewed, approved, then published by the editor-in-chief; drafts,
 *   editorial access and slugs come with it (src/config/collections.ts), the
 *   workflow's report graph and live preview too (src/editorial/workflow.ts).
 * - `reference`: reference data that reports embed, public after a one-step
 *   review (the workflow's reference graph).
 * - `linkable`: rich text can link to it inline (the editor's link and
 *   relationship features), and such links count as mentions (src/linking).
 * - `public`: anonymous readers may see something of it, so the read cache
 *   shares its documents and follows its changes (src/read-cache).
 */
export type CollectionGroup = 'linkable' | 'public' | 'reference' | 'report'

/** What a collection declares about itself, once, in its own config (see `belongsTo`). */
export type CollectionDeclaration = {
  groups: readonly CollectionGroup[]
  /**
   * The rich-text field whose internal links, in either language, are kept as
   * the `mentions` relation, with link suggestions beside it (src/linking).
   */
  mentionsIn?: string
  /** What search reads of the collection: a collection with a source is searchable (src/search). */
  search?: SearchSource
}

/**
 * A collection's `custom`, declaring the groups it belongs to and the details
 * they need: `custom: belongsTo(['report', 'public'], { search: eventSearch })`.
 */
export const belongsTo = (
  groups: readonly CollectionGroup[],
  details: Omit<CollectionDeclaration, 'groups'> = {},
): { jusur: CollectionDeclaration } => ({ jusur: { ...details, groups } })

/** What a collection declared about itself; a collection that declared nothing belongs to no group. */
export const declarationOf = (
  collection: Pick<CollectionConfig, 'custom'>,
): CollectionDeclaration =>
  (collection.custom?.jusur as CollectionDeclaration | undefined) ?? { groups: [] }

/** Whether a collection is one of Jusur's declared content collections (not a plugin's bookkeeping, nor the accounts). */
export const isDeclared = (collection: Pick<CollectionConfig, 'custom'>): boolean =>
  Boolean(collection.custom?.jusur)

export const isIn = (collection: Pick<CollectionConfig, 'custom'>, group: CollectionGroup) =>
  declarationOf(collection).groups.includes(group)

/** The collections of `group`, in the order given. */
export const collectionsIn = <T extends Pick<CollectionConfig, 'custom'>>(
  collections: readonly T[],
  group: CollectionGroup,
): T[] => collections.filter((collection) => isIn(collection, group))

/** The slugs of the collections of `group`, in the order given. */
export const slugsIn = (
  collections: readonly Pick<CollectionConfig, 'custom' | 'slug'>[],
  group: CollectionGroup,
): CollectionSlug[] =>
  collectionsIn(collections, group).map((collection) => collection.slug as CollectionSlug)

/** The admin group of the collections that run the system rather than hold content: accounts, webhooks. */
export const ADMINISTRATION_GROUP = { ar: 'الإدارة', en: 'Administration' }
