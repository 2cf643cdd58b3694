import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { logPublicChange } from '../read-cache/generation'
import { readInAllLocales } from '../hooks/read-in-all-locales'
import {
  canReferenceMedia,
  MEDIA_SLUG,
  type MediaId,
  mediaInDocument,
  uniqueIds,
} from './media-references'

/**
 * Which media the public may see (README: Security). A media item is public
 * while a document that anonymous readers can read uses it: a published
 * article's hero image or an image in its body, a person's photo. Media used
 * only by drafts, or by nothing, is staff-only, in lists, by id, in GraphQL
 * and on the file route (src/access: publicMediaOrStaff).
 *
 * Reads stay cheap: the answer is kept on each media item, in the indexed,
 * hidden field `publicUse`, which the access rule filters on. Writes keep it
 * true:
 *  - every collection that can hold media gets a hidden `mediaUsed` field:
 *    the media ids its document holds, in every language (upload fields and
 *    upload nodes of rich text), recomputed on every save, so that the main
 *    document's row (the published version, where there are drafts) says
 *    what the public version uses;
 *  - after a save or a delete, the flag is recomputed for the media the
 *    document's row used before and uses now: true when some document that
 *    an anonymous reader may read (the collection's own read access, asked
 *    for nobody) still lists it in `mediaUsed`.
 * A draft saved over a published document leaves the row, and so the flags,
 * as they were; publishing, unpublishing, deleting change them.
 */

export const MEDIA_USED = 'mediaUsed'
export const PUBLIC_USE = 'publicUse'

/** The field every media-holding collection gets: computed, never shown, never taken from a caller. */
const mediaUsedField: Field = {
  name: MEDIA_USED,
  type: 'relationship',
  hasMany: true,
  hidden: true,
  label: { ar: 'الوسائط المستخدمة', en: 'Media used' },
  relationTo: MEDIA_SLUG as CollectionSlug,
}

/** Where a save remembers, between its before- and after-hooks, what the document's row listed before and what this save computed. */
const contextKey = (collection: string, id: MediaId) => `mediaUsedBefore:${collection}:${id}`
const computedKey = (collection: string, id: MediaId) => `mediaUsedNow:${collection}:${id}`

const localeCodes = (req: PayloadRequest): string[] =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : []

/** What the document's own row lists in `mediaUsed` now (its published version, where there are drafts). */
const storedMediaUsed = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: MediaId,
): Promise<MediaId[]> => {
  const row = await req.payload.db.findOne<Record<string, unknown> & { id: MediaId }>({
    collection,
    req,
    select: { [MEDIA_USED]: true },
    where: { id: { equals: id } },
  })
  const value = row?.[MEDIA_USED]
  return Array.isArray(value)
    ? value.map((item) =>
        item && typeof item === 'object' ? (item as { id: MediaId }).id : (item as MediaId),
      )
    : []
}

/**
 * The document as it will be stored, in every language: the stored one (its
 * latest version) with what the caller sends replacing the fields it sends,
 * in the locale it writes.
 */
const asSaved = async (
  collection: SanitizedCollectionConfig,
  data: Record<string, unknown>,
  originalId: MediaId | undefined,
  req: PayloadRequest,
): Promise<Record<string, unknown>> => {
  const stored =
    originalId === undefined
      ? {}
      : await readInAllLocales<Record<string, unknown>>(req, collection.slug, originalId)
  const merged: Record<string, unknown> = { ...stored }
  const oneLocale =
    typeof req.locale === 'string' && localeCodes(req).includes(req.locale) ? req.locale : undefined
  for (const [name, value] of Object.entries(data)) {
    const field = collection.flattenedFields.find((f) => f.name === name)
    const previous = merged[name]
    merged[name] =
      field && 'localized' in field && field.localized && oneLocale
        ? {
            ...(previous && typeof previous === 'object' && !Array.isArray(previous)
              ? previous
              : {}),
            [oneLocale]: value,
          }
        : value
  }
  return merged
}

const computeMediaUsed: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const id = operation === 'update' ? (originalDoc?.id as MediaId | undefined) : undefined
  if (id !== undefined)
    req.context[contextKey(collection.slug, id)] = await storedMediaUsed(req, collection.slug, id)
  const doc = await asSaved(collection, data, id, req)
  // Not from `mediaUsed` itself: whatever a caller sends there is replaced.
  const fields = collection.fields.filter(
    (field) => !('name' in field) || field.name !== MEDIA_USED,
  )
  const mediaUsed = uniqueIds(mediaInDocument(fields, doc, localeCodes(req)))
  if (id !== undefined) req.context[computedKey(collection.slug, id)] = mediaUsed
  return { ...data, [MEDIA_USED]: mediaUsed }
}

const refreshAfterChange: CollectionAfterChangeHook = async ({ collection, data, doc, req }) => {
  const before = (req.context[contextKey(collection.slug, doc.id)] as MediaId[] | undefined) ?? []
  // A create hands on its data; an update (or a version restored, whose data comes back read, without hidden fields) the context.
  const now =
    (req.context[computedKey(collection.slug, doc.id)] as MediaId[] | undefined) ??
    (data?.[MEDIA_USED] as MediaId[] | undefined) ??
    []
  delete req.context[contextKey(collection.slug, doc.id)]
  delete req.context[computedKey(collection.slug, doc.id)]
  // The row now lists either what this save computed (a publish, or a document without drafts) or what it listed before (a draft).
  await refreshMediaPublicUse(req, [...before, ...now])
  return doc
}

const rememberBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  req.context[contextKey(collection.slug, id)] = await storedMediaUsed(req, collection.slug, id)
}

const refreshAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const before = (req.context[contextKey(collection.slug, id)] as MediaId[] | undefined) ?? []
  delete req.context[contextKey(collection.slug, id)]
  await refreshMediaPublicUse(req, before)
}

/**
 * For a collection whose documents can hold media: the `mediaUsed` field and
 * the hooks that keep it and the media's `publicUse` current. Any other
 * collection is returned as it is.
 */
export const trackMediaUse = (collection: CollectionConfig): CollectionConfig => {
  if (collection.slug === MEDIA_SLUG || !canReferenceMedia(collection.fields)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, mediaUsedField],
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), refreshAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), refreshAfterDelete],
      // Last, so that it sees the data the collection's other hooks settled on.
      beforeChange: [...(hooks.beforeChange ?? []), computeMediaUsed],
      beforeDelete: [...(hooks.beforeDelete ?? []), rememberBeforeDelete],
    },
  }
}

/**
 * What anonymous readers may read of a collection, from its own read access
 * asked for nobody: every document (true), those matching a query, or none.
 */
const publicDocuments = async (
  collection: SanitizedCollectionConfig,
  req: PayloadRequest,
): Promise<Where | boolean> => {
  const read = collection.access?.read
  if (!read) return false
  const anonymous = { ...req, user: null } as PayloadRequest
  return (await read({ req: anonymous })) as Where | boolean
}

/** Whether some document anonymous readers may read lists the media item in `mediaUsed`. */
const isUsedPublicly = async (req: PayloadRequest, id: MediaId): Promise<boolean> => {
  for (const collection of req.payload.config.collections) {
    if (!collection.flattenedFields.some((field) => field.name === MEDIA_USED)) continue
    const visible = await publicDocuments(collection, req)
    if (visible === false) continue
    const where: Where =
      visible === true
        ? { [MEDIA_USED]: { equals: id } }
        : { and: [{ [MEDIA_USED]: { equals: id } }, visible] }
    // Without `draft`, a collection with drafts is read from its main rows: the published versions.
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      overrideAccess: true,
      req,
      where,
    })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Recomputes `publicUse` for these media items and stores it where it changed.
 * System bookkeeping: it reads and writes with access control off, straight
 * through the database adapter, inside the caller's transaction (`req`).
 */
export const refreshMediaPublicUse = async (req: PayloadRequest, ids: MediaId[]): Promise<void> => {
  for (const id of uniqueIds(ids)) {
    const media = await req.payload.db.findOne<Record<string, unknown> & { id: MediaId }>({
      collection: MEDIA_SLUG,
      req,
      select: { [PUBLIC_USE]: true },
      where: { id: { equals: id } },
    })
    if (!media) continue
    const publicUse = await isUsedPublicly(req, id)
    if (Boolean(media[PUBLIC_USE]) === publicUse) continue
    // Only this column: no hooks, no new `updatedAt`, nothing of the file touched.
    await req.payload.db.updateOne({
      collection: MEDIA_SLUG,
      data: { [PUBLIC_USE]: publicUse },
      id,
      req,
      returning: false,
    })
    // Below the hooks: the read cache is told here that the item appeared or vanished for readers.
    await logPublicChange(req, { collection: MEDIA_SLUG, id })
  }
}
