import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import { type Bilingual, inCallerLanguage } from '../lib/caller-language'
import { MEDIA_SLUG, type MediaId } from './media-references'
import { PUBLIC_USE } from './public-use'

/**
 * What readers see of a media item: its file (name, type, size, dimensions,
 * resized copies, focal point) and its texts. Only a new file or a change of
 * one of these changes what a published document shows.
 */
export const READER_VISIBLE_FIELDS = [
  'alt',
  'caption',
  'credit',
  'filename',
  'filesize',
  'focalX',
  'focalY',
  'height',
  'mimeType',
  'sizes',
  'width',
] as const

export const FROZEN_MESSAGE: Bilingual = {
  ar: 'يستخدم محتوى منشور ملف الوسائط هذا، فلا يُعدَّل ملفه ولا نصه البديل ولا تعليقه ولا حقوقه في مكانها. ارفع ملفًا جديدًا واربطه بمسودة الوثيقة، فيمر التغيير بمراجعتها.',
  en: 'Published content uses this media item, so its file, alternative text, caption and credit cannot be changed in place. Upload a new media item and reference it from the document’s draft, so that the change goes through the document’s review.',
}

/** "Nothing" spelt one way, keys sorted, URLs (computed on read, never stored) left out. */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => item !== undefined && key !== 'url' && key !== 'thumbnailURL')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]))
  }
  return value
}

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** Whether the request brings a file, or asks Payload to crop, resize or refocus the stored one. */
const editsFile = (req: PayloadRequest): boolean => {
  const edits = req.query?.uploadEdits
  return (
    Boolean(req.file) ||
    Boolean(edits && typeof edits === 'object' && Object.keys(edits).length > 0)
  )
}

/**
 * Media that a published document uses is not changed in place (README:
 * Security): readers would see the new file or text at once, without review
 * and without a trace in the document's history. An update (by id or bulk, on
 * every API path, with or without access control) that touches such an item's
 * file or what readers see of it is refused with a 409, before Payload
 * processes a file or removes the old one; nothing is changed. An item no
 * public document uses stays freely editable, and a no-op save passes.
 */
export const refuseInPlaceChangeOfPublicMedia: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const {
    data = {},
    id,
    where,
  } = args as { data?: Record<string, unknown>; id?: MediaId; where?: Where }
  const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  const { docs } = await req.payload.db.find<Record<string, unknown>>({
    collection: MEDIA_SLUG,
    limit: 0,
    locale: 'all',
    pagination: false,
    req,
    where: { and: [target, { [PUBLIC_USE]: { equals: true } }] },
  })
  if (docs.length === 0) return args
  // The stored value in the language the request writes (every language when it writes them all).
  const localized = new Set(
    collection.flattenedFields
      .filter((field) => 'localized' in field && field.localized)
      .map((field) => field.name),
  )
  const oneLocale = req.locale && req.locale !== 'all' ? req.locale : undefined
  const storedValue = (stored: Record<string, unknown>, field: string) =>
    localized.has(field) && oneLocale
      ? (stored[field] as Record<string, unknown> | null | undefined)?.[oneLocale]
      : stored[field]
  const changes = (stored: Record<string, unknown>) =>
    READER_VISIBLE_FIELDS.some(
      (field) => field in data && !sameValue(data[field], storedValue(stored, field)),
    )
  if (editsFile(req) || docs.some(changes))
    throw new APIError(inCallerLanguage(req, FROZEN_MESSAGE), 409, null, true)
  return args
}
