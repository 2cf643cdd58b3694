import type { CollectionConfig } from 'payload'

import { anyone, publicMediaOrStaff, publishedOrStaff, rolesOnly, CONTENT_WRITER_ROLES } from './index'

/**
 * The two access profiles of Jusur's collections, so that every collection
 * states which kind it is instead of repeating five rules.
 */

/** Reports (articles, events, delegations, agreements): drafts, published only for the public. */
export const editorialAccess: CollectionConfig['access'] = {
  create: rolesOnly('admin', 'editor', 'author'),
  delete: rolesOnly('admin', 'editor'),
  read: publishedOrStaff,
  readVersions: rolesOnly(...CONTENT_WRITER_ROLES, 'reviewer'),
  update: rolesOnly(...CONTENT_WRITER_ROLES),
}

/** Reference data (people, organizations, topics): public to read, written by staff. */
export const referenceAccess: CollectionConfig['access'] = {
  create: rolesOnly(...CONTENT_WRITER_ROLES),
  delete: rolesOnly('admin', 'editor'),
  read: anyone,
  update: rolesOnly(...CONTENT_WRITER_ROLES),
}

/** Media: written like reference data, read by the public only where a public document uses it. */
export const mediaAccess: CollectionConfig['access'] = {
  ...referenceAccess,
  read: publicMediaOrStaff,
}
