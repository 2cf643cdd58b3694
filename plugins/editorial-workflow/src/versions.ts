import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import { asSlug, type WorkflowData } from './types'

export type StoredVersion = {
  id: number | string
  updatedAt?: string
  version: Record<string, unknown>
}

/**
 * Reads of Payload's version history for the workflow's own bookkeeping
 * (which version was approved, is it still the latest). They go straight to
 * the database adapter: nothing read here is returned to the caller.
 */
const findOneVersion = async (
  req: PayloadRequest,
  collection: string,
  where: Where,
): Promise<StoredVersion | undefined> => {
  const { docs } = await req.payload.db.findVersions({
    collection: asSlug(collection),
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
    sort: '-updatedAt',
    where,
  })
  return docs[0] as StoredVersion | undefined
}

export const latestVersion = (req: PayloadRequest, collection: string, id: number | string) =>
  findOneVersion(req, collection, {
    and: [{ parent: { equals: id } }, { latest: { equals: true } }],
  })

export const versionById = (req: PayloadRequest, collection: string, versionId: number | string) =>
  findOneVersion(req, collection, { id: { equals: versionId } })

/** Payload's own default for `versions.maxPerDoc`. */
const PAYLOAD_MAX_PER_DOC = 100

/** How many versions a collection keeps per document (0: all), as Payload reads its `versions.maxPerDoc`. */
export const versionLimit = (versions: unknown): number => {
  const max = (versions as { maxPerDoc?: unknown } | undefined)?.maxPerDoc
  return typeof max === 'number' ? max : PAYLOAD_MAX_PER_DOC
}

/**
 * Pruning of a workflow collection's versions, which the plugin takes over
 * from Payload: Payload deletes the oldest versions beyond `maxPerDoc` by
 * date, the approved one included, and approval (and with it a scheduled
 * publication, which publishes the approved version) would be lost. This
 * keeps the `max` newest versions and, besides them, the version the latest
 * bookkeeping names as approved. It runs after every save, like Payload's.
 */
export const pruneVersions =
  (max: number): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    if (max <= 0) return doc
    const slug = asSlug(collection.slug)
    const approved = (
      (await latestVersion(req, slug, doc.id))?.version.workflow as undefined | WorkflowData
    )?.approvedVersion
    const prunable: Where[] = [
      { parent: { equals: doc.id } },
      ...(approved ? [{ id: { not_equals: approved } }] : []),
    ]
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      limit: 1,
      page: max + 1,
      pagination: false,
      req,
      sort: '-updatedAt',
      where: { and: prunable },
    })
    const newestPruned = docs[0] as StoredVersion | undefined
    if (!newestPruned?.updatedAt) return doc
    await req.payload.db.deleteVersions({
      collection: slug,
      req,
      where: { and: [...prunable, { updatedAt: { less_than_equal: newestPruned.updatedAt } }] },
    })
    return doc
  }
