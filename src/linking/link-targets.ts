import { type CollectionConfig, type CollectionSlug, flattenTopLevelFields } from 'payload'

import { collectionsIn, declarationOf, isIn } from '../config/collection-groups'

/** A collection link suggestions offer, and the field its documents are named by. */
export type LinkTarget = { collection: CollectionSlug; title: string }

/** The relationship fields of a collection that are named after the one collection they point to (`people` → people). */
const fieldsNamedAfterTheirTarget = (collection: CollectionConfig): string[] =>
  flattenTopLevelFields(collection.fields).flatMap((field) =>
    field.type === 'relationship' && field.name === field.relationTo ? [field.name] : [],
  )

/**
 * What link suggestions offer: the linkable collections that a collection
 * whose text is read for mentions (it declares `mentionsIn`) has a
 * relationship field named after, the field a suggestion is added to.
 * Reference data (the names of people, organizations, countries) comes
 * before the reports.
 */
export const linkTargets = (collections: readonly CollectionConfig[]): LinkTarget[] => {
  const fields = new Set(
    collections
      .filter((collection) => declarationOf(collection).mentionsIn)
      .flatMap(fieldsNamedAfterTheirTarget),
  )
  const targets = collectionsIn(collections, 'linkable').filter((collection) =>
    fields.has(collection.slug),
  )
  return [
    ...targets.filter((collection) => isIn(collection, 'reference')),
    ...targets.filter((collection) => !isIn(collection, 'reference')),
  ].map((collection) => {
    const title = collection.admin?.useAsTitle
    if (!title)
      throw new Error(
        `Link suggestions name ${collection.slug} by admin.useAsTitle, which it lacks.`,
      )
    return { collection: collection.slug as CollectionSlug, title }
  })
}
