import type { Field, Payload, Where } from 'payload'

import type { PublicChange } from './generation'

/**
 * What a cached answer (or a shared document) was made of, so that a public
 * change drops only what it can affect:
 *   - `documents`: every document read (`collection:id`), found or not (a
 *     document asked for by id and refused, because unpublished, changes the
 *     answer when it is published);
 *   - `lists`: every collection listed (a find, a count, a search, a join
 *     field, a where or sort through relations): any change of one of its
 *     documents can bring it in, take it out or reorder it;
 *   - `anything`: a read the cache cannot follow (an endpoint outside the
 *     collections, a global, a collection whose changes are not logged),
 *     which any change affects.
 * In doubt, an answer depends on more.
 */
export class Dependencies {
  anything = false
  readonly documents = new Set<string>()
  readonly lists = new Set<string>()

  addDocument(collection: string, id: unknown): void {
    this.documents.add(documentKey(collection, id))
  }

  addList(collection: string): void {
    this.lists.add(collection)
  }

  /** Everything `other` depends on, this depends on too. */
  addAll(other: Dependencies): void {
    if (other.anything) this.anything = true
    for (const key of other.documents) this.documents.add(key)
    for (const collection of other.lists) this.lists.add(collection)
  }

  affectedBy(change: PublicChange): boolean {
    return (
      this.anything ||
      change.collection === null ||
      this.lists.has(change.collection) ||
      (change.id === null
        ? [...this.documents].some((key) => key.startsWith(`${change.collection}:`))
        : this.documents.has(documentKey(change.collection, change.id)))
    )
  }
}

const documentKey = (collection: string, id: unknown): string => `${collection}:${String(id)}`

/** Where's own operators and combinators: any other key is a path. */
const COMBINATORS = new Set(['and', 'or'])

/** The ids a where names when it is only "id equals / in" (Payload's dataloader asks so), else null. */
export const idsOnly = (where: undefined | Where): null | unknown[] => {
  const keys = Object.keys(where ?? {})
  if (keys.length !== 1 || keys[0] !== 'id') return null
  const condition = where!.id as Record<string, unknown>
  const operators = Object.keys(condition ?? {})
  if (operators.length !== 1) return null
  if (operators[0] === 'equals') return [condition.equals]
  if (operators[0] === 'in' && Array.isArray(condition.in)) return condition.in
  return null
}

/** Whether a where (any depth of and/or) or a sort goes through a path with a dot: possibly a relation. */
export const throughPaths = (where: undefined | Where, sort: unknown): boolean =>
  pathsOf(where).some((path) => path.includes('.')) ||
  [sort].flat().some((field) => typeof field === 'string' && field.includes('.'))

const pathsOf = (where: undefined | Where): string[] =>
  Object.entries(where ?? {}).flatMap(([key, value]) =>
    COMBINATORS.has(key) && Array.isArray(value) ? (value as Where[]).flatMap(pathsOf) : [key],
  )

/** Related collections of a collection, by field type, read once per config. */
type Relations = { joined: string[]; reachable: string[] }

const relationsOf = new WeakMap<Payload, Map<string, Relations>>()

/**
 * What a read of `collection` lists besides itself: its join fields' target
 * collections (a join lists them: a new article changes a person's join), and,
 * when the read's where or sort goes through a path (`author.name`), every
 * collection reachable through its relations.
 */
export const relationsOfCollection = (payload: Payload, collection: string): Relations => {
  let all = relationsOf.get(payload)
  if (!all) relationsOf.set(payload, (all = computeRelations(payload)))
  return all.get(collection) ?? { joined: [], reachable: [] }
}

const computeRelations = (payload: Payload): Map<string, Relations> => {
  const direct = new Map<string, { joined: Set<string>; related: Set<string> }>()
  for (const { config } of Object.values(payload.collections)) {
    const found = { joined: new Set<string>(), related: new Set<string>() }
    walkFields(config.fields, found)
    direct.set(config.slug, found)
  }
  const everyCollection = [...direct.keys()]
  for (const { related } of direct.values())
    if (related.delete(ANY_COLLECTION)) everyCollection.forEach((slug) => related.add(slug))
  const reachable = (start: string): string[] => {
    const seen = new Set<string>()
    const next = [start]
    while (next.length) {
      const slug = next.pop()!
      for (const target of direct.get(slug)?.related ?? []) {
        if (seen.has(target)) continue
        seen.add(target)
        next.push(target)
      }
    }
    return [...seen]
  }
  return new Map(
    [...direct].map(([slug, { joined }]) => [
      slug,
      { joined: [...joined], reachable: reachable(slug) },
    ]),
  )
}

const ANY_COLLECTION = '*'

/** Collects the targets of relationship, upload and join fields, at any depth of nesting (rich-text links included). */
const walkFields = (
  fields: readonly Field[],
  found: { joined: Set<string>; related: Set<string> },
): void => {
  for (const field of fields) {
    const targets = (value: unknown) => [value ?? []].flat() as string[]
    if (field.type === 'join') {
      targets(field.collection).forEach((slug) => found.joined.add(slug))
      targets(field.collection).forEach((slug) => found.related.add(slug))
    }
    if (field.type === 'relationship' || field.type === 'upload')
      targets(field.relationTo).forEach((slug) => found.related.add(slug))
    // A rich text's links and embeds can name any collection it enables: counted as all of them.
    if (field.type === 'richText') found.related.add(ANY_COLLECTION)
    if ('fields' in field && Array.isArray(field.fields)) walkFields(field.fields, found)
    if (field.type === 'tabs') for (const tab of field.tabs) walkFields(tab.fields, found)
    if (field.type === 'blocks')
      for (const block of field.blocks ?? [])
        if (typeof block === 'object') walkFields(block.fields, found)
  }
}
