import type { CollectionConfig } from 'payload'

import {
  publicMediaOrStaff,
  publishedOrStaff,
  rolesOnly,
  staffOnly,
  CONTENT_WRITER_ROLES,
} from './index'

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

/**
 * Reference data (people, organizations, topics, countries): written by staff
 * as drafts, public once a reviewer has published them (src/editorial/workflow.ts).
 */
export const referenceAccess: CollectionConfig['access'] = {
  create: rolesOnly(...CONTENT_WRITER_ROLES),
  delete: rolesOnly('admin', 'editor'),
  read: publishedOrStaff,
  readVersions: rolesOnly(...CONTENT_WRITER_ROLES, 'reviewer'),
  update: rolesOnly(...CONTENT_WRITER_ROLES),
}

/**
 * Releases (a report and what it links, published as one): never public;
 * put together by the writers, dropped by the editor-in-chief. What they may
 * do with a release's items is the workflow's (src/editorial/workflow.ts).
 */
export const releaseAccess: CollectionConfig['access'] = {
  create: rolesOnly(...CONTENT_WRITER_ROLES),
  delete: rolesOnly('admin', 'editor'),
  read: staffOnly,
  readVersions: staffOnly,
  update: rolesOnly(...CONTENT_WRITER_ROLES),
}

/** Media: written by staff, read by the public only where a public document uses it. */
export const mediaAccess: CollectionConfig['access'] = {
  create: rolesOnly(...CONTENT_WRITER_ROLES),
  delete: rolesOnly('admin', 'editor'),
  read: publicMediaOrStaff,
  update: rolesOnly(...CONTENT_WRITER_ROLES),
}
