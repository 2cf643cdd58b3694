import type { PayloadRequest, Where } from 'payload'

import { asSlug } from './types'

export type StoredVersion = { id: number | string; updatedAt?: string; version: Record<string, unknown> }

/**
 * Reads of Payload's version history for the workflow's own bookkeeping
 * (which version was approved, is it still the latest). They go straight to
 * the database adapter: nothing read here is returned to the caller.
 */
const findOneVersion = async (req: PayloadRequest, collection: string, where: Where): Promise<StoredVersion | undefined> => {
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
  findOneVersion(req, collection, { and: [{ parent: { equals: id } }, { latest: { equals: true } }] })

export const versionById = (req: PayloadRequest, collection: string, versionId: number | string) =>
  findOneVersion(req, collection, { id: { equals: versionId } })
