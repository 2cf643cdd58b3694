import type {
  CollectionBeforeDeleteHook,
  CollectionSlug,
  FlattenedField,
  SanitizedConfig,
  Where,
} from 'payload'

import { APIError } from 'payload'

import { inCallerLanguage } from '../lib/caller-language'

/** A relationship or upload field, somewhere in a collection, that can point at a given collection. */
type Reference = { collection: CollectionSlug; path: string; polymorphic: boolean }

const referencingFields = (
  fields: FlattenedField[],
  target: CollectionSlug,
  prefix = '',
): Omit<Reference, 'collection'>[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if (field.type === 'relationship' || field.type === 'upload') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return targets.includes(target)
        ? [{ path, polymorphic: Array.isArray(field.relationTo) }]
        : []
    }
    if (field.type === 'array' || field.type === 'group' || field.type === 'tab') {
      return referencingFields(field.flattenedFields, target, `${path}.`)
    }
    return []
  })

const cache = new WeakMap<SanitizedConfig, Map<CollectionSlug, Reference[]>>()

/** Every field in the config that can hold a reference to `target`, computed once per config. */
export const referencesTo = (config: SanitizedConfig, target: CollectionSlug): Reference[] => {
  let byTarget = cache.get(config)
  if (!byTarget) cache.set(config, (byTarget = new Map()))
  let references = byTarget.get(target)
  if (!references) {
    references = config.collections.flatMap((collection) =>
      referencingFields(collection.flattenedFields, target).map((ref) => ({
        ...ref,
        collection: collection.slug,
      })),
    )
    byTarget.set(target, references)
  }
  return references
}

const MAX_NAMED = 5

/**
 * Link integrity: a document that others link to is not deleted. The refusal
 * (409) names the documents that link to it, so the editor can unlink them
 * first; nothing ever points at a deleted document.
 */
export const refuseDeleteWhenReferenced: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const referrers: string[] = []
  for (const ref of referencesTo(req.payload.config, collection.slug)) {
    const where: Where = ref.polymorphic
      ? {
          and: [
            { [`${ref.path}.value`]: { equals: id } },
            { [`${ref.path}.relationTo`]: { equals: collection.slug } },
          ],
        }
      : { [ref.path]: { equals: id } }
    const { docs } = await req.payload.find({
      collection: ref.collection,
      depth: 0,
      limit: MAX_NAMED,
      req,
      where,
    })
    const titleField = req.payload.collections[ref.collection]?.config.admin.useAsTitle ?? 'id'
    for (const doc of docs) {
      if (ref.collection === collection.slug && doc.id === id) continue
      const title = (doc as unknown as Record<string, unknown>)[titleField]
      referrers.push(
        `${ref.collection} #${doc.id}${typeof title === 'string' && title ? ` «${title}»` : ''}`,
      )
    }
  }
  if (referrers.length === 0) return
  const list = [...new Set(referrers)].slice(0, MAX_NAMED).join('، ')
  throw new APIError(
    inCallerLanguage(req, {
      ar: `لا يمكن حذف هذه الوثيقة لأن وثائق أخرى ترتبط بها: ${list}. أزل هذه الروابط أولًا.`,
      en: `Cannot delete: other documents link to this one: ${list.replaceAll('، ', ', ')}. Remove those links first.`,
    }),
    409,
    { referrers },
    true,
  )
}
