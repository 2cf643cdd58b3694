import type { PayloadRequest } from 'payload'

/**
 * What the read cache knows of Payload's request dataloader, which is not
 * public API (pinned by tests/unit/payload-internals.spec.ts and
 * tests/int/payload-internals.int.spec.ts):
 *   - every population of a related document (REST and Local API depth,
 *     GraphQL relationship resolvers, rich-text links) goes through
 *     `req.payloadDataLoader.load(key)`, looked up on the request at each call,
 *     so replacing `load` on that object puts something in front of all of them;
 *   - the key is the JSON array Payload's `createDataloaderCacheKey` builds.
 */

/** Payload's dataloader key, taken apart: what and how a document is loaded. */
export type DataloaderKey = {
  transactionID: unknown
  collection: string
  id: unknown
  depth: unknown
  currentDepth: unknown
  locale: unknown
  fallbackLocale: unknown
  overrideAccess: unknown
  showHiddenFields: unknown
  draft: unknown
  select: unknown
  populate: unknown
}

/** Reads a key made by Payload's createDataloaderCacheKey, whose fields are positions in a JSON array. */
export const parseDataloaderKey = (key: string): DataloaderKey => {
  const [
    transactionID,
    collection,
    id,
    depth,
    currentDepth,
    locale,
    fallbackLocale,
    overrideAccess,
    showHiddenFields,
    draft,
    select,
    populate,
  ] = JSON.parse(key) as unknown[]
  return {
    collection: collection as string,
    currentDepth,
    depth,
    draft,
    fallbackLocale,
    id,
    locale,
    overrideAccess,
    populate,
    select,
    showHiddenFields,
    transactionID,
  }
}

/** The request's dataloader, whose `load` may be replaced; absent on a request Payload did not make. */
export type RequestDataloader = NonNullable<PayloadRequest['payloadDataLoader']>

export const requestDataloader = (req: PayloadRequest): RequestDataloader | undefined =>
  req.payloadDataLoader as RequestDataloader | undefined
