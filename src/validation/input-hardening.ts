import type { CollectionBeforeOperationHook, CollectionConfig, Field, FieldHook, PayloadRequest, Validate } from 'payload'

import { ValidationError } from 'payload'
import { text as defaultText, textarea as defaultTextarea } from 'payload/shared'

import { type Bilingual, inCallerLanguage } from '../i18n/message'

/**
 * Field-level rules for bad input, applied to every collection by hardenCollection
 * (src/config/jusur-config.ts) so no collection can forget them:
 * - text and textarea fields take strings only (Payload would store `{ "a": 1 }` or `5`);
 * - titles, names and summaries have a maximum length (Payload's own message, in the caller's language);
 * - invisible formatting characters that can disguise text are removed from every text and
 *   textarea: zero-width space, word joiner, BOM, bidi embeddings, overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069). Kept: ZWNJ/ZWJ (U+200C/D) and the direction marks
 *   LRM, RLM, ALM (U+200E, U+200F, U+061C), which Arabic/English text legitimately uses;
 * - rich text must be a Lexical document ({ root: { type: 'root', children: [...] } }),
 *   nested no deeper than MAX_RICH_TEXT_DEPTH;
 * - a REST write naming a field the collection does not have is refused (Payload drops it silently).
 */

export const MAX_LENGTHS = { name: 300, summary: 2000, title: 300 } as const
export const MAX_RICH_TEXT_DEPTH = 20

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu

/** Removes the invisible characters listed above; keeps tabs and newlines (textareas). */
export const stripInvisible = (value: string): string => value.replace(INVISIBLE, '')

export const INPUT_MESSAGES = {
  notRichText: { ar: 'النص المنسق ليس مستند Lexical صالحًا.', en: 'The rich text is not a valid Lexical document.' },
  notText: { ar: 'يجب أن تكون القيمة نصًا.', en: 'The value must be text.' },
  richTextTooDeep: {
    ar: `النص المنسق متداخل أكثر من ${MAX_RICH_TEXT_DEPTH} مستوى.`,
    en: `The rich text is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep.`,
  },
  unknownFields: (names: string[]) => ({
    ar: `حقول غير معروفة: ${names.join('، ')}`,
    en: `Unknown fields: ${names.join(', ')}`,
  }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>

const stripHook: FieldHook = ({ value }) => (typeof value === 'string' ? stripInvisible(value) : value)

/** Depth of a Lexical node tree, counted without recursion. */
export const lexicalDepth = (root: unknown, limit: number): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    const children = (node as { children?: unknown })?.children
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1])
  }
  return deepest
}

const richTextProblem = (value: unknown): Bilingual | undefined => {
  if (value === null || value === undefined) return undefined
  const root = (value as { root?: unknown })?.root as { children?: unknown; type?: unknown } | undefined
  if (typeof value !== 'object' || Array.isArray(value) || !root || typeof root !== 'object' || root.type !== 'root' || !Array.isArray(root.children)) {
    return INPUT_MESSAGES.notRichText
  }
  if (lexicalDepth(root, MAX_RICH_TEXT_DEPTH) > MAX_RICH_TEXT_DEPTH) return INPUT_MESSAGES.richTextTooDeep
  return undefined
}

/** Refuses a malformed or too deep rich text before Lexical (or any hook) walks it. */
const richTextHook =
  (collection: string, path: string): FieldHook =>
  ({ req, value }) => {
    const problem = richTextProblem(value)
    if (problem) throw new ValidationError({ collection, errors: [{ message: inCallerLanguage(req, problem), path }] })
    return value
  }

type AnyValidate = (value: never, options: never) => ReturnType<Validate>

const stringsOnly =
  (original: unknown, fallback: unknown): never =>
  ((value: unknown, options: { req: PayloadRequest }) => {
    const perLocale = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((key) => key === 'ar' || key === 'en')
    if (value !== null && value !== undefined && typeof value !== 'string' && !Array.isArray(value) && !perLocale) {
      return inCallerLanguage(options.req, INPUT_MESSAGES.notText)
    }
    return ((original ?? fallback) as AnyValidate)(value as never, options as never)
  }) as never

const hardenField = (collection: string, field: Field, topLevel: boolean): Field => {
  if (field.type === 'text' || field.type === 'textarea') {
    const name = 'name' in field ? field.name : ''
    const limit = topLevel ? MAX_LENGTHS[name as keyof typeof MAX_LENGTHS] : name === 'title' ? MAX_LENGTHS.title : undefined
    const hooks = { ...field.hooks, beforeValidate: [stripHook, ...(field.hooks?.beforeValidate ?? [])] }
    if (field.type === 'text') {
      return { ...field, hooks, maxLength: field.maxLength ?? limit, validate: stringsOnly(field.validate, defaultText) } as Field
    }
    return { ...field, hooks, maxLength: field.maxLength ?? limit, validate: stringsOnly(field.validate, defaultTextarea) } as Field
  }
  if (field.type === 'richText') {
    return { ...field, hooks: { ...field.hooks, beforeValidate: [richTextHook(collection, field.name), ...(field.hooks?.beforeValidate ?? [])] } }
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    // Rows and collapsibles keep their children at the top level; groups and arrays nest them.
    const flat = field.type === 'row' || field.type === 'collapsible'
    return { ...field, fields: field.fields.map((child) => hardenField(collection, child, topLevel && flat)) } as Field
  }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map((child) => hardenField(collection, child, topLevel && !('name' in tab && tab.name))) })) }
  }
  return field
}

/** Keys a REST write may carry besides the collection's fields. */
const ALWAYS_ALLOWED = new Set(['_status', 'confirm-password', 'createdAt', 'deletedAt', 'id', 'password', 'updatedAt', 'file'])

const refuseUnknownFields: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'REST' || !['create', 'update', 'updateByID'].includes(operation)) return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const known = new Set(collection.flattenedFields.map((field) => field.name))
  const unknown = Object.keys(data).filter((key) => !known.has(key) && !ALWAYS_ALLOWED.has(key))
  if (unknown.length > 0) {
    const names = unknown.slice(0, 10).map((name) => name.slice(0, 60))
    throw new ValidationError({
      collection: collection.slug,
      errors: names.map((path) => ({ message: inCallerLanguage(req, INPUT_MESSAGES.unknownFields([path])), path })),
    })
  }
  return args
}

/** The collection with the rules above applied to its fields and writes. */
export const hardenCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) => hardenField(collection.slug, field, true)),
  hooks: { ...collection.hooks, beforeOperation: [refuseUnknownFields, ...(collection.hooks?.beforeOperation ?? [])] },
})
