import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  CollectionSlug,
} from 'payload'

import { editorialAccess } from '../access/collections'
import { refuseDeleteWhenReferenced } from '../hooks/refuse-delete-when-referenced'
import { bySlugEndpoint, generateSlug, rememberPublishedSlug } from '../hooks/slug'

type Options = {
  /** Hooks of the collection's own, run after the shared ones. */
  beforeChange?: CollectionBeforeChangeHook[]
  beforeValidate?: CollectionBeforeValidateHook[]
  slug: CollectionSlug
  /** The field the slug is made from. */
  titleField: string
}

/**
 * What the four report collections (articles, events, delegations,
 * agreements) share: drafts, editorial access, slugs with their by-slug
 * endpoint, and link integrity on delete. Who may publish, and when, is the
 * editorial workflow's (src/editorial/workflow.ts).
 */
export const editorialBehaviour = ({
  beforeChange = [],
  beforeValidate = [],
  slug,
  titleField,
}: Options): Pick<CollectionConfig, 'access' | 'endpoints' | 'hooks' | 'versions'> => ({
  access: editorialAccess,
  endpoints: [bySlugEndpoint(slug)],
  hooks: {
    beforeChange: [rememberPublishedSlug, ...beforeChange],
    beforeDelete: [refuseDeleteWhenReferenced],
    beforeValidate: [generateSlug(titleField), ...beforeValidate],
  },
  versions: { drafts: true, maxPerDoc: 50 },
})
