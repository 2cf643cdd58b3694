import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { isStaff } from '../access'
import { normalizeText } from '../lib/normalize'
import { CONTENT_LOCALES, type ContentLocale, DEFAULT_LOCALE } from '../settings/localization'
import { searchStoreFor } from './indexer'
import { parseSearchQuery } from './query'
import { isSearchCollection, type SearchCollection } from './sources'

/** The most documents one typed text adds to a list search. */
const MAX_MATCHES = 200

/** A collection not in the index is scanned, title by title, up to this many documents. */
const MAX_SCANNED = 5000

/** The ids of `collection`'s documents (latest drafts) whose words match `text` as the search API matches them. */
const indexMatches = async (
  req: PayloadRequest,
  collection: SearchCollection,
  locale: ContentLocale,
  text: string,
): Promise<string[]> => {
  const parsed = parseSearchQuery(text)
  if ('problem' in parsed) return []
  const { hits } = await searchStoreFor(req.payload).search({
    collections: [collection],
    countries: [],
    limit: MAX_MATCHES,
    locale,
    offset: 0,
    query: parsed.query,
    topics: [],
    visibility: 'staff',
  })
  return hits.map((hit) => hit.docId)
}

/** The ids of `collection`'s documents whose title contains `text` once both are normalized. */
const titleMatches = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  field: string,
  locale: ContentLocale,
  text: string,
): Promise<string[]> => {
  const wanted = normalizeText(text).trim()
  if (!wanted) return []
  const { docs, totalDocs } = await req.payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: MAX_SCANNED,
    locale,
    overrideAccess: false,
    req,
    select: { [field]: true },
  })
  if (totalDocs > MAX_SCANNED) return []
  return (docs as unknown as Record<string, unknown>[])
    .filter((doc) => normalizeText(String(doc[field] ?? '')).includes(wanted))
    .slice(0, MAX_MATCHES)
    .map((doc) => String(doc.id))
}

type Expand = (field: string, condition: unknown) => Promise<null | Where>

/** `where` with each field condition `expand` answers replaced by its answer, through `and`/`or`. */
const expandWhere = async (where: Where, expand: Expand): Promise<Where> => {
  const parts: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value))
      parts.push({ [key]: await Promise.all(value.map((inner) => expandWhere(inner, expand))) })
    else parts.push((await expand(key, value)) ?? ({ [key]: value } as Where))
  }
  return parts.length === 1 ? parts[0]! : { and: parts }
}

/**
 * Staff list searches (Payload's `like` on a collection's title, as the
 * relationship pickers also send) find what readers' search finds for the same words,
 * normalized as it is: الامنية finds الأمنية, اسبانيا finds إسبانيا, وانج
 * finds a person by an Arabic alias. Payload's substring match stays; the
 * documents matched by the search index (or, for a collection it does not
 * cover, by the normalized title) are added to it, in the locale of the list.
 * Readers' queries are left as they are.
 */
export const normalizedListSearch: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const where = (args as { where?: Where }).where
  if (operation !== 'read' || !where || !isStaff(req.user)) return args
  const titleField = collection.admin?.useAsTitle ?? 'id'
  const searched = new Set([titleField, ...(collection.admin?.listSearchableFields ?? [])])
  const locale = CONTENT_LOCALES.includes(req.locale as ContentLocale)
    ? (req.locale as ContentLocale)
    : DEFAULT_LOCALE
  const numericIds = req.payload.db.defaultIDType === 'number'
  const expand: Expand = async (field, condition) => {
    const text = (condition as { like?: unknown } | null)?.like
    if (!searched.has(field) || typeof text !== 'string' || !text.trim()) return null
    const ids = isSearchCollection(collection.slug)
      ? await indexMatches(req, collection.slug, locale, text)
      : await titleMatches(req, collection.slug as CollectionSlug, titleField, locale, text)
    if (ids.length === 0) return null
    const typed = numericIds ? ids.map(Number) : ids
    return { or: [{ [field]: condition } as Where, { id: { in: typed } }] }
  }
  return { ...args, where: await expandWhere(where, expand) }
}
