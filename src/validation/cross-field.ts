import type {
  CollectionBeforeValidateHook,
  CollectionConfig,
  Field,
  PayloadRequest,
  Validate,
} from 'payload'

import { validations } from 'payload/shared'

import { inCallerLanguage } from '../lib/caller-language'
import { afterChange, type FieldProblem, throwIfProblems } from './field-error'

type Id = number | string

export type RuleContext = { collection: string; id?: Id; req: PayloadRequest }

/**
 * A rule that spans several fields (an end after its start, a head among the
 * members): the problems of a whole document, each on the path of the field
 * the editor has to change. `paths` lists those fields, array rows without
 * their index ("parties.country").
 */
export type CrossFieldRule<T> = {
  paths: string[]
  problems: (doc: Partial<T>, context: RuleContext) => FieldProblem[] | Promise<FieldProblem[]>
}

/** Refuses, on every API and for drafts too, a change that leaves the document breaking `rule`. */
export const refuseBreaking =
  <T extends object>(rule: CrossFieldRule<T>): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    const doc = afterChange<T>(data as Partial<T>, originalDoc as T | undefined)
    const id = (originalDoc as { id?: Id } | undefined)?.id
    throwIfProblems(
      req,
      collection.slug,
      await rule.problems(doc, { collection: collection.slug, id, req }),
    )
    return data
  }

type Row = { id?: unknown } | undefined

const valueAt = (doc: unknown, segments: string[]): unknown =>
  segments.reduce<unknown>(
    (value, segment) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined,
    doc,
  )

/**
 * Whether `problem` is about the field being validated: the same path once
 * row indexes are dropped, and, inside an array, the same row (the form
 * state does not tell a field's validation its index; rows have ids).
 */
const isAbout = (
  problem: FieldProblem,
  pattern: string,
  data: unknown,
  siblingData: Row,
): boolean => {
  const segments = problem.path.split('.')
  if (segments.filter((segment) => !/^\d+$/.test(segment)).join('.') !== pattern) return false
  const lastIndex = segments.findLastIndex((segment) => /^\d+$/.test(segment))
  if (lastIndex === -1) return true
  const row = valueAt(data, segments.slice(0, lastIndex + 1)) as Row
  return row === siblingData || (row?.id !== undefined && row.id === siblingData?.id)
}

const validateWith = <T>(rule: CrossFieldRule<T>, pattern: string, field: Field): Validate => {
  const own =
    ('validate' in field && field.validate) || validations[field.type as keyof typeof validations]
  return async (value, options) => {
    const result = own ? await (own as Validate)(value, options) : true
    // A write through the API has met the rule in refuseBreaking already; the
    // admin's form state ('onChange') is where the rule shows on its field.
    if (result !== true || options.event !== 'onChange') return result
    const { collectionSlug, data, id, req, siblingData } = options
    const problems = await rule.problems(data as Partial<T>, {
      collection: collectionSlug ?? '',
      id,
      req,
    })
    const problem = problems.find((candidate) =>
      isAbout(candidate, pattern, data, siblingData as Row),
    )
    return problem ? inCallerLanguage(req, problem.message) : true
  }
}

/** `fields` with each field of `rule.paths` also validated by the rule, as the admin's form checks its fields. */
export const validatedBy = <T>(fields: Field[], rule: CrossFieldRule<T>, parent = ''): Field[] =>
  fields.map((field) => {
    const path =
      'name' in field && field.name ? `${parent}${field.name}` : parent.replace(/\.$/, '')
    const prefix = 'name' in field && field.name ? `${path}.` : parent
    const withValidate =
      rule.paths.includes(path) && 'name' in field
        ? ({ ...field, validate: validateWith(rule, path, field) } as Field)
        : field
    if ('fields' in withValidate && Array.isArray(withValidate.fields))
      return { ...withValidate, fields: validatedBy(withValidate.fields, rule, prefix) } as Field
    if (withValidate.type === 'tabs')
      return {
        ...withValidate,
        tabs: withValidate.tabs.map((tab) => {
          const tabPrefix = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
          return { ...tab, fields: validatedBy(tab.fields, rule, tabPrefix) }
        }),
      } as Field
    return withValidate
  })

/**
 * A collection that keeps `rule`: refused on every write (refuseBreaking),
 * shown on its fields in the admin, in pages and drawers (validatedBy).
 */
export const withCrossFieldRule = <T extends object>(
  config: CollectionConfig,
  rule: CrossFieldRule<T>,
): CollectionConfig => ({
  ...config,
  fields: validatedBy(config.fields, rule),
  hooks: {
    ...config.hooks,
    beforeValidate: [...(config.hooks?.beforeValidate ?? []), refuseBreaking(rule)],
  },
})
