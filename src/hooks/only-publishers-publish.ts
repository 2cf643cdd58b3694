import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden } from 'payload'

import { canPublish } from '../access'

/**
 * Until the editorial workflow takes over, a signed-in user who is not a
 * publisher may save drafts but not make a document public. Server code that
 * runs without a user (seeding, migrations) is trusted.
 */
export const onlyPublishersPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data._status === 'published' && req.user && !canPublish(req.user)) {
    throw new Forbidden(req.t)
  }
  return data
}
