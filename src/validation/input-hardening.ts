import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Field,
  FieldHook,
  PayloadRequest,
  Validate,
} from 'payload'

import { APIError } from 'payload'
import { text as defaultText, textarea as defaultTextarea } from 'payload/shared'

import { type Bilingual, inCallerLanguage } from '../lib/caller-language'
import { fieldErrors } from './field-error'
import { queryProblem } from './query-check'

/**
 * Field-level rules for bad input, applied to every collection of Jusur by
 * inputHardeningPlugin (./plugin.ts) so no collection can forget them:
 * - text and textarea fields take strings only (Payload would store `{ "a": 1 }` or `5`);
 * - titles, names and summaries have a maximum length (Payload's own message, in the caller's language);
 * - invisible formatting characters that can disguise text are removed from every text and
 *   textarea: zero-width space, word joiner, BOM, bidi embeddings, overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069). Kept: ZWNJ/ZWJ (U+200C/D) and the direction marks
 *   LRM, RLM, ALM (U+200E, U+200F, U+061C), which Arabic/English text legitimately uses;
 * - rich text must be a Lexical document ({ root: { type: 'root', children: [...] } }),
 *   nested no deeper than MAX_RICH_TEXT_DEPTH, whose links (and autolinks) are internal or go
 *   to http, https, mailto or tel URLs, written plainly;
 * - a REST write naming a field the collection does not have is refused (Payload drops it silently);
 * - `_status` is exactly "draft" or "published";
 * - createdAt and updatedAt are the system's: what a caller without overrideAccess sends is
 *   dropped, not refused, because the admin and GraphQL clients send the document's own
 *   dates back with every save (the importer writes them through the database adapter);
 * - where, sort and joins of every read, count, update and delete follow ./query-check.ts.
 */

export const MAX_LENGTHS = { name: 300, summary: 2000, title: 300 } as const
export const MAX_RICH_TEXT_DEPTH = 20

const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu

/** Removes the invisible characters listed above; keeps tabs and newlines (textareas). */
export const stripInvisible = (value: string): string => value.replace(INVISIBLE, '')

export const INPUT_MESSAGES = {
  notRichText: {
    ar: 'النص المنسق ليس بصيغة Lexical صالحة.',
    en: 'The rich text is not a valid Lexical document.',
  },
  badStatus: {
    ar: 'الحالة (_status) إما «draft» وإما «published».',
    en: 'The status (_status) is either "draft" or "published".',
  },
  notText: { ar: 'يجب أن تكون القيمة نصًا.', en: 'The value must be text.' },
  unsafeLink: (url: string) => ({
    ar: `الرابط «${url}» غير مقبول: استخدم رابطًا داخليًا أو عنوان http أو https أو mailto أو tel.`,
    en: `The link "${url}" is not allowed: use an internal link or an http, https, mailto or tel address.`,
  }),
  richTextTooDeep: {
    ar: `النص المنسق متداخل أكثر من ${MAX_RICH_TEXT_DEPTH} مستوى.`,
    en: `The rich text is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep.`,
  },
  unknownFields: (names: string[]) => ({
    ar: `حقول غير معروفة: ${names.join('، ')}`,
    en: `Unknown fields: ${names.join(', ')}`,
  }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>

const stripHook: FieldHook = ({ value }) =>
  typeof value === 'string' ? stripInvisible(value) : value

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

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * An external link's URL is accepted when it is absolute, with one of LINK_SCHEMES, and written
 * plainly: browsers ignore whitespace, control and invisible characters inside a scheme, so any
 * of them, anywhere, refuses the URL, as does a scheme that is not at its very start.
 */
export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string' || url.length > 2048) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u00a0\u00ad\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u.test(url)) return false
  let protocol: string
  try {
    protocol = new URL(url).protocol
  } catch {
    return false
  }
  return LINK_SCHEMES.has(protocol) && url.toLowerCase().startsWith(protocol)
}

/** The first link or autolink in a Lexical tree that is neither internal nor to a safe URL. */
export const unsafeLink = (root: unknown): string | undefined => {
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop() as {
      children?: unknown
      fields?: { linkType?: unknown; url?: unknown }
      type?: unknown
    } | null
    if (!node || typeof node !== 'object') continue
    if (node.type === 'link' || node.type === 'autolink') {
      const internal = node.fields?.linkType === 'internal'
      if (!internal && !isSafeLinkUrl(node.fields?.url))
        return String(node.fields?.url ?? '').slice(0, 80)
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return undefined
}

const richTextProblem = (value: unknown): Bilingual | undefined => {
  if (value === null || value === undefined) return undefined
  const root = (value as { root?: unknown })?.root as
    { children?: unknown; type?: unknown } | undefined
  if (
    typeof value !== 'object' ||
    Array.isArray(value) ||
    !root ||
    typeof root !== 'object' ||
    root.type !== 'root' ||
    !Array.isArray(root.children)
  ) {
    return INPUT_MESSAGES.notRichText
  }
  if (lexicalDepth(root, MAX_RICH_TEXT_DEPTH) > MAX_RICH_TEXT_DEPTH)
    return INPUT_MESSAGES.richTextTooDeep
  const link = unsafeLink(root)
  return link === undefined ? undefined : INPUT_MESSAGES.unsafeLink(link)
}

/** Refuses a malformed or too deep rich text before Lexical (or any hook) walks it. */
const richTextHook =
  (collection: string, path: string): FieldHook =>
  ({ req, value }) => {
    const problem = richTextProblem(value)
    if (problem) throw fieldErrors(req, collection, [{ message: problem, path }])
    return value
  }

type AnyValidate = (value: never, options: never) => ReturnType<Validate>

const stringsOnly = (original: unknown, fallback: unknown): never =>
  ((value: unknown, options: { req: PayloadRequest }) => {
    const perLocale =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).every((key) => key === 'ar' || key === 'en')
    if (
      value !== null &&
      value !== undefined &&
      typeof value !== 'string' &&
      !Array.isArray(value) &&
      !perLocale
    ) {
      return inCallerLanguage(options.req, INPUT_MESSAGES.notText)
    }
    return ((original ?? fallback) as AnyValidate)(value as never, options as never)
  }) as never

const hardenField = (collection: string, field: Field, topLevel: boolean): Field => {
  if (field.type === 'text' || field.type === 'textarea') {
    const name = 'name' in field ? field.name : ''
    const limit = topLevel
      ? MAX_LENGTHS[name as keyof typeof MAX_LENGTHS]
      : name === 'title'
        ? MAX_LENGTHS.title
        : undefined
    const hooks = {
      ...field.hooks,
      beforeValidate: [stripHook, ...(field.hooks?.beforeValidate ?? [])],
    }
    if (field.type === 'text') {
      return {
        ...field,
        hooks,
        maxLength: field.maxLength ?? limit,
        validate: stringsOnly(field.validate, defaultText),
      } as Field
    }
    return {
      ...field,
      hooks,
      maxLength: field.maxLength ?? limit,
      validate: stringsOnly(field.validate, defaultTextarea),
    } as Field
  }
  if (field.type === 'richText') {
    return {
      ...field,
      hooks: {
        ...field.hooks,
        beforeValidate: [
          richTextHook(collection, field.name),
          ...(field.hooks?.beforeValidate ?? []),
        ],
      },
    }
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    // Rows and collapsibles keep their children at the top level; groups and arrays nest them.
    const flat = field.type === 'row' || field.type === 'collapsible'
    return {
      ...field,
      fields: field.fields.map((child) => hardenField(collection, child, topLevel && flat)),
    } as Field
  }
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({
        ...tab,
        fields: tab.fields.map((child) =>
          hardenField(collection, child, topLevel && !('name' in tab && tab.name)),
        ),
      })),
    }
  }
  return field
}

/** Keys a REST write may carry besides the collection's fields. */
const ALWAYS_ALLOWED = new Set([
  '_status',
  'confirm-password',
  'createdAt',
  'deletedAt',
  'id',
  'password',
  'updatedAt',
  'file',
])

const refuseUnknownFields: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI !== 'REST' || !['create', 'update', 'updateByID'].includes(operation))
    return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const known = new Set(collection.flattenedFields.map((field) => field.name))
  const unknown = Object.keys(data).filter((key) => !known.has(key) && !ALWAYS_ALLOWED.has(key))
  if (unknown.length > 0) {
    const names = unknown.slice(0, 10).map((name) => name.slice(0, 60))
    throw fieldErrors(
      req,
      collection.slug,
      names.map((path) => ({ message: INPUT_MESSAGES.unknownFields([path]), path })),
    )
  }
  return args
}

const QUERYING = new Set(['count', 'countVersions', 'delete', 'read', 'readDistinct', 'update'])

/** Where, sort and joins of every API's reads and bulk writes, before Payload or the database sees them. */
const checkQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!QUERYING.has(operation)) return args
  const problem = queryProblem(
    req.payload.config,
    collection,
    args as { joins?: unknown; sort?: unknown; where?: unknown },
  )
  if (problem) throw new APIError(inCallerLanguage(req, problem), 400, undefined, true)
  return args
}

const SYSTEM_DATES = ['createdAt', 'updatedAt']

/** `_status` is exactly draft or published; callers without overrideAccess do not set system dates. */
const checkWrittenState: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (!['create', 'update'].includes(operation)) return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const record = data as Record<string, unknown>
  if (
    collection.versions?.drafts &&
    '_status' in record &&
    record._status !== 'draft' &&
    record._status !== 'published'
  ) {
    throw fieldErrors(req, collection.slug, [
      { message: INPUT_MESSAGES.badStatus, path: '_status' },
    ])
  }
  if (overrideAccess || !SYSTEM_DATES.some((name) => name in record)) return args
  return {
    ...args,
    data: Object.fromEntries(
      Object.entries(record).filter(([name]) => !SYSTEM_DATES.includes(name)),
    ),
  }
}

/** The collection with the rules above applied to its fields, reads and writes. */
export const hardenCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) => hardenField(collection.slug, field, true)),
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      refuseUnknownFields,
      checkWrittenState,
      checkQuery,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
