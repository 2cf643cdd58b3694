import type { Field, Payload, Where } from 'payload'

import type { PublicChange } from './generation'

/**
 * What a cached answer (or a shared document) was made of, so that a public
 * change drops only what it can affect:
 *   - `documents`: every document read (`collection:id`), found or not (a
 *     document asked for by id and refused, because unpublished, changes the
 *     answer when it is published);
 *   - `keys`: every key value a read looked documents up by (`collection:value`
 *     of a slug: ./track-reads.ts), found or not: the documents that have or
 *     had that value are the only ones that change the answer;
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
  readonly keys = new Set<string>()
  readonly lists = new Set<string>()

  addDocument(collection: string, id: unknown): void {
    this.documents.add(documentKey(collection, id))
  }

  addKey(collection: string, value: unknown): void {
    this.keys.add(documentKey(collection, value))
  }

  addList(collection: string): void {
    this.lists.add(collection)
  }

  /** Everything `other` depends on, this depends on too. */
  addAll(other: Dependencies): void {
    if (other.anything) this.anything = true
    for (const key of other.documents) this.documents.add(key)
    for (const key of other.keys) this.keys.add(key)
    for (const collection of other.lists) this.lists.add(collection)
  }

  affectedBy(change: PublicChange): boolean {
    if (this.anything || change.collection === null) return true
    // A key's row: its document's own row, in the same step, speaks for the lists and the document.
    if (change.key !== null) return this.keys.has(documentKey(change.collection, change.key))
    return (
      this.lists.has(change.collection) ||
      (change.id === null
        ? [...this.documents].some((key) => key.startsWith(`${change.collection}:`))
        : this.documents.has(documentKey(change.collection, change.id)))
    )
  }
}

export const documentKey = (collection: string, id: unknown): string =>
  `${collection}:${String(id)}`

/** Where's own operators and combinators: any other key is a path. */
const COMBINATORS = new Set(['and', 'or'])

/**
 * The values one condition looks documents up by, when it is "equals a
 * value" or "in values" that all pass `accepts`, else null. With other
 * operators beside it, an `equals` (else an `in`) still holds: only
 * documents with one of those values can meet the condition.
 */
const lookupValues = <Value>(
  condition: unknown,
  accepts: (value: unknown) => value is Value,
): null | Value[] => {
  if (!condition || typeof condition !== 'object') return null
  const { equals, in: among } = condition as { equals?: unknown; in?: unknown }
  if ('equals' in condition && accepts(equals)) return [equals]
  if (Array.isArray(among) && among.every(accepts)) return among
  return null
}

/** Any value at all: an id is noted as the where gives it. */
const anyValue = (_value: unknown): _value is unknown => true

const isString = (value: unknown): value is string => typeof value === 'string'

/** The ids a where names when it is only "id equals / in" (Payload's dataloader asks so), else null. */
export const idsOnly = (where: undefined | Where): null | unknown[] => {
  const keys = Object.keys(where ?? {})
  if (keys.length !== 1 || keys[0] !== 'id') return null
  // That condition alone: one operator, nothing beside it.
  if (Object.keys(where!.id ?? {}).length !== 1) return null
  return lookupValues(where!.id, anyValue)
}

/**
 * The values a where looks documents up by when one of the conditions it
 * requires (a where's entries, and an `and`'s items, all hold) is "key equals
 * / in" strings on one of `keyFields` (a read by slug: `{ slug: { equals } }`,
 * with the conditions the workflow adds; an old slug's `{ previousSlugs: { in } }`),
 * else null. Only documents with those values can be in its answer.
 */
export const keysOnly = (
  where: undefined | Where,
  keyFields: readonly string[],
): null | string[] => {
  const required = Object.entries(where ?? {}).flatMap(([field, condition]) =>
    field === 'and' && Array.isArray(condition)
      ? (condition as Where[]).flatMap((item) => Object.entries(item ?? {}))
      : [[field, condition] as const],
  )
  const keys = required.flatMap(([field, condition]) =>
    keyFields.includes(field) ? (lookupValues(condition, isString) ?? []) : [],
  )
  return keys.length > 0 ? keys : null
}

/**
 * Whether a where (any depth of and/or) or a sort of `collection` goes through
 * a relation (`author.name`): a path whose first steps, through groups,
 * arrays, blocks and named tabs, reach a relationship, upload or join field,
 * or that this cannot follow.
 */
export const throughRelations = (
  payload: Payload,
  collection: string,
  where: undefined | Where,
  sort: unknown,
): boolean => {
  const fields = payload.collections[collection as keyof typeof payload.collections]?.config.fields
  const paths = [
    ...pathsOf(where),
    ...[sort].flat().filter((field): field is string => typeof field === 'string'),
  ]
  return paths.some(
    (path) =>
      path.includes('.') && (!fields || crossesRelation(fields, path.replace(/^-/, '').split('.'))),
  )
}

const pathsOf = (where: undefined | Where): string[] =>
  Object.entries(where ?? {}).flatMap(([key, value]) =>
    COMBINATORS.has(key) && Array.isArray(value) ? (value as Where[]).flatMap(pathsOf) : [key],
  )

/** Follows `steps` through `fields`: true at a relation, or where the path leaves what the fields describe. */
const crossesRelation = (fields: readonly Field[], steps: string[]): boolean => {
  if (steps.length <= 1) return false
  const [step, ...rest] = steps
  for (const field of fields) {
    if (!('name' in field) || field.name !== step) {
      // Unnamed containers (rows, collapsibles, unnamed tabs) put their fields at this level.
      if (field.type === 'row' || field.type === 'collapsible') {
        if (hasNamed(field.fields, step!)) return crossesRelation(field.fields, steps)
      }
      if (field.type === 'tabs')
        for (const tab of field.tabs)
          if ('name' in tab && tab.name === step) return crossesRelation(tab.fields, rest)
          else if (!('name' in tab && tab.name) && hasNamed(tab.fields, step!))
            return crossesRelation(tab.fields, steps)
      continue
    }
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join')
      return true
    if (field.type === 'group' || field.type === 'array') return crossesRelation(field.fields, rest)
    if (field.type === 'blocks')
      return (field.blocks ?? []).some(
        (block) => typeof block !== 'object' || crossesRelation(block.fields, rest),
      )
    // Anything else with steps left (a JSON or rich-text path): not followed.
    return true
  }
  return true
}

const hasNamed = (fields: readonly Field[], name: string): boolean =>
  fields.some(
    (field) =>
      ('name' in field && field.name === name) ||
      ((field.type === 'row' || field.type === 'collapsible') && hasNamed(field.fields, name)) ||
      (field.type === 'tabs' &&
        field.tabs.some((tab) => !('name' in tab && tab.name) && hasNamed(tab.fields, name))),
  )

/**
 * The document a where holds its results to, when one of its conjuncts is
 * `<relation> equals <id>` (how a join is read through GraphQL): every
 * result links to that document, and a change of a document that links to
 * it, before or after, is logged as a change of it too (./plugin.ts).
 */
export const linkedTo = (
  payload: Payload,
  collection: string,
  where: undefined | Where,
): null | { collection: string; id: unknown } => {
  const fields = payload.collections[collection as keyof typeof payload.collections]?.config.fields
  if (!fields || !where) return null
  const conjuncts: Where[] = [where]
  for (let index = 0; index < conjuncts.length; index++) {
    const conjunct = conjuncts[index]!
    for (const [path, condition] of Object.entries(conjunct)) {
      if (path === 'and' && Array.isArray(condition)) conjuncts.push(...(condition as Where[]))
      if (COMBINATORS.has(path) || !condition || typeof condition !== 'object') continue
      const operators = Object.keys(condition)
      if (operators.length !== 1 || operators[0] !== 'equals') continue
      const value = (condition as { equals: unknown }).equals
      const relation = relationAt(fields, path.split('.'))
      if (!relation) continue
      if (typeof relation === 'string' && value !== null && typeof value !== 'object')
        return { collection: relation, id: value }
      const polymorphic = value as { relationTo?: unknown; value?: unknown } | null
      if (Array.isArray(relation) && typeof polymorphic?.relationTo === 'string')
        return { collection: polymorphic.relationTo, id: polymorphic.value }
    }
  }
  return null
}

/** The target(s) of the relationship or upload field at `steps`, through groups, rows, collapsibles and tabs. */
const relationAt = (fields: readonly Field[], steps: string[]): null | string | string[] => {
  const [step, ...rest] = steps
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = relationAt(field.fields, steps)
      if (found) return found
    }
    if (field.type === 'tabs')
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        const found = named
          ? tab.name === step
            ? relationAt(tab.fields, rest)
            : null
          : relationAt(tab.fields, steps)
        if (found) return found
      }
    if (!('name' in field) || field.name !== step) continue
    if ((field.type === 'relationship' || field.type === 'upload') && rest.length === 0)
      return field.relationTo as string | string[]
    if (field.type === 'group' || field.type === 'array') return relationAt(field.fields, rest)
    return null
  }
  return null
}

const reachableOf = new WeakMap<Payload, Map<string, string[]>>()

/** Every collection reachable from `collection` through relationship, upload and join fields, and rich-text links. */
export const reachableCollections = (payload: Payload, collection: string): string[] => {
  let all = reachableOf.get(payload)
  if (!all) reachableOf.set(payload, (all = computeReachable(payload)))
  return all.get(collection) ?? Object.keys(payload.collections)
}

const computeReachable = (payload: Payload): Map<string, string[]> => {
  const direct = new Map<string, Set<string>>()
  for (const { config } of Object.values(payload.collections)) {
    const related = new Set<string>()
    walkFields(config.fields, related)
    direct.set(config.slug, related)
  }
  const everyCollection = [...direct.keys()]
  for (const related of direct.values())
    if (related.delete(ANY_COLLECTION)) everyCollection.forEach((slug) => related.add(slug))
  const reachable = (start: string): string[] => {
    const seen = new Set<string>()
    const next = [start]
    while (next.length) {
      const slug = next.pop()!
      for (const target of direct.get(slug) ?? []) {
        if (seen.has(target)) continue
        seen.add(target)
        next.push(target)
      }
    }
    return [...seen]
  }
  return new Map(everyCollection.map((slug) => [slug, reachable(slug)]))
}

const ANY_COLLECTION = '*'

const targets = (value: unknown): string[] => [value ?? []].flat() as string[]

/** Collects the targets of relationship, upload and join fields, at any depth of nesting (rich-text links as any collection). */
const walkFields = (fields: readonly Field[], related: Set<string>): void => {
  for (const field of fields) {
    if (field.type === 'join') targets(field.collection).forEach((slug) => related.add(slug))
    if (field.type === 'relationship' || field.type === 'upload')
      targets(field.relationTo).forEach((slug) => related.add(slug))
    if (field.type === 'richText') related.add(ANY_COLLECTION)
    for (const nested of nestedFields(field)) walkFields(nested, related)
  }
}

/** The field lists inside a field (groups, arrays, rows, collapsibles, tabs, blocks). */
const nestedFields = (field: Field): (readonly Field[])[] => [
  ...('fields' in field && Array.isArray(field.fields) ? [field.fields as Field[]] : []),
  ...(field.type === 'tabs' ? field.tabs.map((tab) => tab.fields) : []),
  ...(field.type === 'blocks'
    ? (field.blocks ?? []).flatMap((block) => (typeof block === 'object' ? [block.fields] : []))
    : []),
]

/**
 * The documents a stored document links to through its relationship and
 * upload fields, at any depth of nesting (values as ids, `{ relationTo,
 * value }`, or populated documents). A change of a document changes the
 * joins of every document it links to, before and after the change: those
 * are logged with it (./plugin.ts), so that a join depends on its owner only.
 */
export const linkedDocuments = (
  fields: readonly Field[],
  data: unknown,
): { collection: string; id: number | string }[] => {
  const found: { collection: string; id: number | string }[] = []
  const idOf = (value: unknown): null | number | string =>
    typeof value === 'number' || typeof value === 'string'
      ? value
      : value && typeof value === 'object' && 'id' in value
        ? (value.id as number | string)
        : null
  const visit = (fields: readonly Field[], node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    for (const field of fields) {
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const value of [record[field.name] ?? []].flat()) {
          const polymorphic = Array.isArray(field.relationTo)
          const collection = polymorphic
            ? (value as { relationTo?: string } | null)?.relationTo
            : (field.relationTo as string)
          const id = idOf(polymorphic ? (value as { value?: unknown } | null)?.value : value)
          if (collection && id !== null) found.push({ collection, id })
        }
        continue
      }
      if (field.type === 'group') {
        visit(field.fields, 'name' in field && field.name ? record[field.name] : record)
        continue
      }
      if (field.type === 'array')
        for (const row of [record[field.name] ?? []].flat()) visit(field.fields, row)
      else if (field.type === 'blocks')
        for (const row of [record[field.name] ?? []].flat()) {
          const block = (field.blocks ?? []).find(
            (candidate) =>
              typeof candidate === 'object' &&
              candidate.slug === (row as { blockType?: string } | null)?.blockType,
          )
          if (block && typeof block === 'object') visit(block.fields, row)
        }
      else if (field.type === 'row' || field.type === 'collapsible') visit(field.fields, record)
      else if (field.type === 'tabs')
        for (const tab of field.tabs)
          visit(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record)
    }
  }
  visit(fields, data)
  return found
}
