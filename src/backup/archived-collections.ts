import type { CollectionSlug, FlattenedField, Payload } from 'payload'

/** Collections an archive leaves out, and why. Every other collection of the config goes in. */
export const NOT_ARCHIVED: Record<string, string> = {
  'payload-kv': "Payload's key-value store, where an import keeps its ledger",
  'payload-locked-documents': 'edit locks of admin sessions open at the time, stale once restored',
  'payload-migrations': 'the target database records its own migrations as it runs them',
}

/** The collections a relationship or upload field points to, at any depth inside groups, tabs, arrays and blocks. */
const targetsOf = (field: FlattenedField): string[] => {
  if (field.type === 'relationship' || field.type === 'upload') return [field.relationTo].flat()
  if (field.type === 'blocks')
    return field.blocks.flatMap((block) => block.flattenedFields.flatMap(targetsOf))
  if ('flattenedFields' in field) return field.flattenedFields.flatMap(targetsOf)
  return []
}

/** Each top-level field of a collection that points to other documents, with the collections it points to. */
export const referencesOf = (payload: Payload, collection: string): Map<string, Set<string>> => {
  const fields = payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? []
  const references = new Map<string, Set<string>>()
  for (const field of fields) {
    const targets = targetsOf(field)
    if (targets.length > 0) references.set(field.name, new Set(targets))
  }
  return references
}

/**
 * The collections to archive, in the order an import writes them: each after
 * the collections it points to, so that their rows exist (the databases check
 * foreign keys). Where collections point to each other (events and
 * agreements) or to themselves (a parent event), no order can do; the one
 * waiting for the fewest others goes first, and the import writes those
 * fields in a second pass (see `deferredFields`).
 */
export const archivedCollections = (payload: Payload): string[] => {
  const remaining = payload.config.collections
    .map((collection): string => collection.slug)
    .filter((slug) => !(slug in NOT_ARCHIVED))
  const dependencies = new Map(
    remaining.map((slug) => [
      slug,
      [...referencesOf(payload, slug).values()].flatMap((targets) => [...targets]),
    ]),
  )
  const waitingFor = (slug: string) =>
    new Set(
      dependencies.get(slug)!.filter((target) => target !== slug && remaining.includes(target)),
    ).size
  const ordered: string[] = []
  while (remaining.length > 0) {
    const next = remaining.reduce((best, slug) =>
      waitingFor(slug) < waitingFor(best) ? slug : best,
    )
    ordered.push(next)
    remaining.splice(remaining.indexOf(next), 1)
  }
  return ordered
}

/**
 * The top-level fields of `collection` that point to itself or to a
 * collection written after it in `order`: an import leaves them out of the
 * first pass and writes them once every document exists.
 */
export const deferredFields = (payload: Payload, order: string[], collection: string): string[] => {
  const position = order.indexOf(collection)
  return [...referencesOf(payload, collection)]
    .filter(([, targets]) => [...targets].some((target) => order.indexOf(target) >= position))
    .map(([field]) => field)
}

/**
 * The top-level array and blocks fields of `collection`: their items live in
 * tables of their own, which Payload's SQL adapter rewrites (empties, when
 * left out) on every update of the document.
 */
export const rowTableFields = (payload: Payload, collection: string): string[] =>
  (payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? [])
    .filter((field) => field.type === 'array' || field.type === 'blocks')
    .map((field) => field.name)
