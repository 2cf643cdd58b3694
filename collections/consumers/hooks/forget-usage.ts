import type { CollectionBeforeDeleteHook } from 'payload'

import { CONSUMER_USAGE_SLUG } from '../../../src/consumers/consumer-key'

/** A consumer's usage goes before it (its rows cannot outlive it), in the same transaction. */
export const forgetUsage: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: CONSUMER_USAGE_SLUG,
    overrideAccess: true,
    req,
    where: { consumer: { equals: id } },
  })
}
