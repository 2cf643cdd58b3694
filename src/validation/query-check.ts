import type { FlattenedField, SanitizedConfig } from 'payload'

import type { Bilingual } from '../lib/caller-language'

import { CONTENT_LOCALES } from '../settings/localization'

/**
 * The shape rules for queries that Payload or the database would otherwise answer with a
 * 500: where conditions, sorts and join arguments are walked field by field, through
 * groups, arrays, relationships, uploads and joins into the related collections, so that
 * - nothing queries or sorts inside rich text or JSON, at any depth of relations
 *   (only `exists` applies to such a field itself);
 * - an operator that compares with one value is not given a list.
 * The request gate (src/api/request-guard.ts) applies them to REST query strings before
 * Payload; hardenCollection (./input-hardening.ts) to every find, count, update and delete
 * of every API (REST, GraphQL and its join arguments, Local API).
 */

type Collection = SanitizedConfig['collections'][number]
type Config = Pick<SanitizedConfig, 'collections'>

/** Operators that take a list; the others compare with one value. Geo operators take coordinates or shapes. */
const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])
const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])

const badWhereText = (detail: Bilingual): Bilingual => ({
  ar: `شرط البحث where غير صالح: ${detail.ar}`,
  en: `The where clause is not valid: ${detail.en}`,
})

export const QUERY_MESSAGES = {
  insideRichText: (path: string) =>
    badWhereText({
      ar: `لا يمكن البحث داخل النص المنسق أو حقل JSON (${path}).`,
      en: `${path} is inside rich text or JSON, which cannot be queried.`,
    }),
  listGiven: (path: string, operator: string) =>
    badWhereText({
      ar: `المعامل ${operator} على ${path} يقبل قيمة واحدة لا قائمة.`,
      en: `${path} ${operator} takes one value, not a list.`,
    }),
  onlyExists: (path: string) =>
    badWhereText({
      ar: `النص المنسق وحقول JSON (${path}) تقبل المعامل exists فقط.`,
      en: `rich text and JSON (${path}) can only be tested with exists.`,
    }),
  sortRichText: (path: string) => ({
    ar: `لا يمكن الترتيب حسب نص منسق أو حقل JSON (${path}).`,
    en: `The sort parameter cannot sort by rich text or JSON (${path}).`,
  }),
} satisfies Record<string, (...args: never[]) => Bilingual>

/** Where a path ends: the field reached (none when unknown: Payload answers that) and the segments left after it. */
type PathEnd = { field?: FlattenedField; rest: string[] }

const collectionsOf = (config: Config, slugs: string | string[]): Collection[] =>
  (Array.isArray(slugs) ? slugs : [slugs]).flatMap((slug) =>
    config.collections.filter((c) => c.slug === slug),
  )

const isOpaque = (field: FlattenedField | undefined) =>
  field?.type === 'richText' || field?.type === 'json'

/** Follows a dotted path through the fields; a relationship may lead to several collections, so several ends. */
const walk = (config: Config, fields: FlattenedField[], segments: string[]): PathEnd[] => {
  const [name, ...after] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return [{ rest: segments }]
  // A localized field may be addressed as field.ar / field.en.
  const rest =
    field.localized && (CONTENT_LOCALES as readonly string[]).includes(after[0]!)
      ? after.slice(1)
      : after
  if (rest.length === 0) return [{ field, rest }]
  switch (field.type) {
    case 'array':
    case 'group':
    case 'tab':
      return walk(config, field.flattenedFields, rest)
    case 'blocks':
      return (field.blocks ?? []).flatMap((block) => walk(config, block.flattenedFields, rest))
    case 'join':
    case 'relationship':
    case 'upload': {
      const targets = field.type === 'join' ? field.collection : field.relationTo
      // Polymorphic relationships are addressed as field.relationTo and field.value.
      const polymorphic = Array.isArray(targets) && field.type !== 'join'
      if (polymorphic && rest[0] === 'relationTo') return [{ field, rest: rest.slice(1) }]
      const inside = polymorphic && rest[0] === 'value' ? rest.slice(1) : rest
      if (inside.length === 0) return [{ field, rest: inside }]
      return collectionsOf(config, targets).flatMap((target) =>
        walk(config, target.flattenedFields, inside),
      )
    }
    default:
      return [{ field, rest }]
  }
}

/** The ends of a where or sort path in a collection; versions' paths start with `version.`. */
export const pathEnds = (config: Config, collection: Collection, path: string): PathEnd[] => {
  const segments = path.split('.')
  const fields = collection.flattenedFields
  if (
    segments[0] === 'version' &&
    segments.length > 1 &&
    !fields.some((field) => field.name === 'version')
  ) {
    return walk(config, fields, segments.slice(1))
  }
  return walk(config, fields, segments)
}

const whereProblem = (
  config: Config,
  collection: Collection,
  where: unknown,
  level = 0,
): Bilingual | undefined => {
  if (where === null || typeof where !== 'object' || level > 12) return undefined
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const item of Object.values((condition ?? {}) as object)) {
        const problem = whereProblem(config, collection, item, level + 1)
        if (problem) return problem
      }
      continue
    }
    if (condition === null || typeof condition !== 'object') continue
    const operators = Object.entries(condition as Record<string, unknown>)
    for (const { field, rest } of pathEnds(config, collection, key)) {
      if (!isOpaque(field)) continue
      if (rest.length > 0) return QUERY_MESSAGES.insideRichText(key.slice(0, 80))
      if (operators.some(([operator]) => operator !== 'exists'))
        return QUERY_MESSAGES.onlyExists(key.slice(0, 80))
    }
    for (const [operator, value] of operators) {
      if (Array.isArray(value) && !LIST_OPERATORS.has(operator) && !GEO_OPERATORS.has(operator)) {
        return QUERY_MESSAGES.listGiven(key.slice(0, 80), operator.slice(0, 40))
      }
    }
  }
  return undefined
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : [sort])
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => item.split(','))
    .map((item) => item.trim().replace(/^-/, ''))
    .filter(Boolean)

const sortProblem = (
  config: Config,
  collection: Collection,
  sort: unknown,
): Bilingual | undefined => {
  for (const path of sortPaths(sort)) {
    if (pathEnds(config, collection, path).some(({ field }) => isOpaque(field)))
      return QUERY_MESSAGES.sortRichText(path.slice(0, 80))
  }
  return undefined
}

/** `joins`: per join field, a where and a sort on the joined collection. */
const joinsProblem = (
  config: Config,
  collection: Collection,
  joins: unknown,
): Bilingual | undefined => {
  if (joins === null || typeof joins !== 'object') return undefined
  for (const [path, options] of Object.entries(joins)) {
    if (options === null || typeof options !== 'object') continue
    const { where, sort } = options as { sort?: unknown; where?: unknown }
    for (const { field, rest } of pathEnds(config, collection, path)) {
      if (field?.type !== 'join' || rest.length > 0) continue
      for (const target of collectionsOf(config, field.collection)) {
        const problem = whereProblem(config, target, where) ?? sortProblem(config, target, sort)
        if (problem) return problem
      }
    }
  }
  return undefined
}

/** What is wrong with a query's where, sort and joins, if anything. */
export const queryProblem = (
  config: Config,
  collection: Collection,
  { joins, sort, where }: { joins?: unknown; sort?: unknown; where?: unknown },
): Bilingual | undefined =>
  whereProblem(config, collection, where) ??
  sortProblem(config, collection, sort) ??
  joinsProblem(config, collection, joins)
