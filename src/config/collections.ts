import type { CollectionConfig, CollectionSlug } from 'payload'

import { Agreements } from '../../collections/agreements'
import { ConsumerUsage } from '../../collections/consumer-usage'
import { Consumers } from '../../collections/consumers'
import { Articles } from '../../collections/articles'
import { Countries } from '../../collections/countries'
import { Delegations } from '../../collections/delegations'
import { Events } from '../../collections/events'
import { Media } from '../../collections/media'
import { Organizations } from '../../collections/organizations'
import { People } from '../../collections/people'
import { Topics } from '../../collections/topics'
import { Users } from '../../collections/users'
import { editorialBehaviour } from '../editorial/editorial-behaviour'
import { withMentions } from '../linking/mentions'
import { isIn, slugsIn } from './collection-groups'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The hooks of both, `first`'s before `then`'s. */
const hooksOfBoth = (first: Hooks, then: Hooks = {}): Hooks =>
  Object.fromEntries(
    [...new Set([...Object.keys(first), ...Object.keys(then)])].map((name) => [
      name,
      [...(first[name as keyof Hooks] ?? []), ...(then[name as keyof Hooks] ?? [])],
    ]),
  )

/**
 * A report gets what every report shares (src/editorial/editorial-behaviour.ts):
 * drafts, editorial access, a slug made from its title field (`admin.useAsTitle`)
 * with the by-slug endpoint, and link integrity on delete. Its own hooks and
 * endpoints come after the shared ones; its access and versions are the group's.
 */
const withReportBehaviour = (collection: CollectionConfig): CollectionConfig => {
  if (!isIn(collection, 'report')) return collection
  const titleField = collection.admin?.useAsTitle
  if (!titleField)
    throw new Error(
      `The report collection ${collection.slug} makes its slug from admin.useAsTitle, which it lacks.`,
    )
  const shared = editorialBehaviour({ slug: collection.slug as CollectionSlug, titleField })
  return {
    ...collection,
    access: shared.access,
    endpoints: [...(shared.endpoints || []), ...(collection.endpoints || [])],
    hooks: hooksOfBoth(shared.hooks!, collection.hooks),
    versions: shared.versions,
  }
}

/**
 * Collections as declared, completed by what their groups bring
 * (src/config/collection-groups.ts): a report its editorial behaviour, a
 * collection whose text is read for mentions its `mentions` relation to the
 * linkable collections (src/linking/mentions.ts).
 */
export const withGroupBehaviour = (declared: CollectionConfig[]): CollectionConfig[] =>
  declared.map(withReportBehaviour).map(withMentions(slugsIn(declared, 'linkable')))

/**
 * Every collection of Jusur, in the order the admin lists them. Adding one:
 * write its folder, declare its groups in its config, list it here.
 */
export const COLLECTIONS: CollectionConfig[] = withGroupBehaviour([
  Articles,
  Events,
  Delegations,
  Agreements,
  People,
  Organizations,
  Countries,
  Topics,
  Media,
  Users,
  Consumers,
  ConsumerUsage,
])
