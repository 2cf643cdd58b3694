/**
 * A hasMany relationship (or upload) in GraphQL lists its documents in the
 * order the field stores them, as REST and the Local API do. Payload's
 * resolver pushes each document when its load resolves, so a document the
 * request had loaded already (another article of the same list shares the
 * person) or one the read cache holds comes back before the others, and the
 * order an editor set is lost. Each such resolver of the schema is wrapped,
 * once, to put the documents back in the stored order.
 */
import {
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
  type ValidationRule,
} from 'graphql'

type RelationField = {
  hasMany?: boolean
  name: string
  relationTo: string | string[]
  type: string
}

/** Every relation field's entry is one of these: an id or a document, or both under `relationTo`/`value`. */
type Entry = { relationTo?: unknown; value?: unknown } | number | string

const idOf = (value: unknown): string =>
  String(value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value)

const keyOf = (entry: Entry, polymorphic: boolean): string =>
  polymorphic && typeof entry === 'object'
    ? `${String(entry.relationTo)}:${idOf(entry.value)}`
    : idOf(entry)

/**
 * `results` in the order of `stored` (the parent's value of the field). A
 * document stored twice takes its places in turn; one not stored (none should
 * be) goes last; the order of equals is kept.
 */
export const inStoredOrder = <T>(stored: unknown, results: T[], polymorphic: boolean): T[] => {
  if (!Array.isArray(stored) || results.length < 2) return results
  const positions = new Map<string, number[]>()
  stored.forEach((entry: Entry, position) => {
    const key = keyOf(entry, polymorphic)
    const found = positions.get(key)
    if (found) found.push(position)
    else positions.set(key, [position])
  })
  return results
    .map((result) => ({
      position: positions.get(keyOf(result as Entry, polymorphic))?.shift() ?? Infinity,
      result,
    }))
    .sort((a, b) => a.position - b.position)
    .map(({ result }) => result)
}

const isHasManyRelation = (field: unknown): field is RelationField => {
  const candidate = field as Partial<RelationField> | undefined
  return (
    candidate?.hasMany === true &&
    (candidate.type === 'relationship' || candidate.type === 'upload')
  )
}

const ordered = new WeakSet<GraphQLSchema>()

/** Wraps the resolver of every hasMany relation field of `schema` (Payload puts the field in its extensions); once per schema. */
export const keepStoredOrder = (schema: GraphQLSchema): void => {
  if (ordered.has(schema)) return
  ordered.add(schema)
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      const relation = field.extensions?.field
      const resolve = field.resolve
      if (!isHasManyRelation(relation) || !resolve) continue
      const polymorphic = Array.isArray(relation.relationTo)
      const inOrder: GraphQLFieldResolver<Record<string, unknown>, unknown> = async (
        parent,
        ...rest
      ) => {
        const results: unknown = await resolve(parent, ...rest)
        return Array.isArray(results)
          ? inStoredOrder(parent?.[relation.name], results, polymorphic)
          : results
      }
      field.resolve = inOrder
    }
  }
}

/**
 * Payload builds the schema itself and hands it to no hook; every operation is
 * validated against it before it runs, so this rule, which checks nothing,
 * is where the schema is first seen.
 */
export const storedOrderRule: ValidationRule = (context) => {
  keepStoredOrder(context.getSchema())
  return {}
}
