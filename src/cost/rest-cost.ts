import type { FlattenedField, SanitizedConfig } from 'payload'

import { MANY_ESTIMATE, pageSize } from './estimates'

/** The arguments of a REST read (find or findByID) that decide how much it reads. */
export type ReadArgs = {
  depth?: number | string
  id?: number | string
  joins?: Joins
  limit?: number | string
  pagination?: boolean | string
}

/** Payload's `joins` argument: false for none, else per join path its limit (or false). */
type Joins = false | Record<string, false | { limit?: number | string }> | undefined

/**
 * What a REST read costs, in documents (./estimates.ts), before it runs: a page
 * of `limit` documents (one for a read by id), each populating its
 * relationships and joins while `depth` allows, joins with their own limit
 * (the `joins` argument, else the field's defaultLimit, else Payload's 10), and
 * each populated document again the same way one level down.
 */
export const restReadCost = (config: SanitizedConfig, slug: string, args: ReadArgs): number => {
  const depth = Math.max(0, Number(args.depth ?? config.defaultDepth ?? 2) || 0)
  const documents = args.id !== undefined ? 1 : pageSize(args.limit, args.pagination)
  const memo = new Map<string, number>()

  const documentCost = (target: string, level: number, joins: Joins): number => {
    const key = `${target}:${level}`
    const known = joins === undefined ? memo.get(key) : undefined
    if (known !== undefined) return known
    const collection = config.collections.find((candidate) => candidate.slug === target)
    const cost = 1 + (collection ? fieldsCost(collection.flattenedFields, level, joins, '') : 0)
    if (joins === undefined) memo.set(key, cost)
    return cost
  }

  const fieldsCost = (
    fields: FlattenedField[],
    level: number,
    joins: Joins,
    path: string,
  ): number => {
    let cost = 0
    for (const field of fields) {
      const fieldPath = path + field.name
      if (field.type === 'relationship' || field.type === 'upload') {
        if (level === 0) continue
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        const each = Math.max(
          ...targets.map((target) => documentCost(target, level - 1, undefined)),
        )
        cost += (field.hasMany ? MANY_ESTIMATE : 1) * each
      } else if (field.type === 'join') {
        if (joins === false) continue
        const asked = joins?.[fieldPath]
        if (asked === false) continue
        // The read's own joins take their limit; those of populated documents hold what the data holds.
        const rows =
          joins === undefined && level < depth
            ? MANY_ESTIMATE
            : pageSize(asked?.limit, undefined, field.defaultLimit)
        // Without depth a join returns ids, read all the same; with depth each is populated.
        const targets = Array.isArray(field.collection) ? field.collection : [field.collection]
        cost +=
          rows *
          (level === 0
            ? 1
            : Math.max(...targets.map((target) => documentCost(target, level - 1, undefined))))
      } else if (field.type === 'group' || field.type === 'tab') {
        cost += fieldsCost(field.flattenedFields, level, joins, `${fieldPath}.`)
      } else if (field.type === 'array') {
        cost += MANY_ESTIMATE * fieldsCost(field.flattenedFields, level, joins, `${fieldPath}.`)
      } else if (field.type === 'blocks') {
        const blocks = field.blocks ?? []
        const each = blocks.map((block) =>
          fieldsCost(block.flattenedFields, level, joins, `${fieldPath}.`),
        )
        cost += MANY_ESTIMATE * Math.max(0, ...each)
      }
    }
    return cost
  }

  return documents * documentCost(slug, depth, args.joins ?? {})
}
