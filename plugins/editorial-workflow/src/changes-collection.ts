import type { CollectionConfig, PayloadRequest, StaticLabel } from 'payload'

import { shownByName } from './code-label'
import { appendOnlyHooks } from './events'
import { labelOf, type WorkflowTextKey } from './translations'
import { requestMark } from './transition-context'
import { asSlug } from './types'

/** The collection of the feed's entries (a fixed name, as `workflow-events` is). */
export const PUBLIC_CHANGES_SLUG = 'public-changes'

/** What a change did for readers. */
export const CHANGE_KINDS = [
  'published',
  'updated',
  'corrected',
  'retracted',
  'unpublished',
  'deleted',
] as const

export type ChangeKind = (typeof CHANGE_KINDS)[number]

/** One entry, as stored. */
export type PublicChangeEntry = {
  at: string
  collection: string
  /** The document's id, as text. */
  document: string
  kind: ChangeKind
  /** The locales whose readers it concerns: where they can now see it, or (a removal) could until then. */
  locales: string[]
  /** The document's `slug` in each locale; null when its collection has no `slug` field. */
  slugs: null | Record<string, null | string>
  /** The version published, for a publication. */
  version: null | string
}

/** The plugin's own access to the entries: writing one, or reading the feed for anyone. */
const feedMark = requestMark<{ feed: true }>('editorialWorkflow.publicChanges')

const byFeed = (req: PayloadRequest) => feedMark.read(req) !== undefined

export const asFeed = <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> =>
  feedMark.run(req, { feed: true }, work)

/** Appends one entry, inside the request's transaction. */
export const appendPublicChange = (req: PayloadRequest, entry: PublicChangeEntry) =>
  asFeed(req, () =>
    req.payload.create({
      collection: asSlug(PUBLIC_CHANGES_SLUG),
      data: entry as never,
      depth: 0,
      overrideAccess: false,
      req,
    }),
  )

const kindOptions = CHANGE_KINDS.map((kind) => ({
  label: labelOf(`changes:kind_${kind}` as WorkflowTextKey),
  value: kind,
}))

/**
 * `public-changes`: the append-only feed of what readers can see change (see
 * ./changes.ts for what writes it, ./changes-feed.ts for how it is read).
 * Only the plugin writes it. Its own API (REST, the admin) is staff's; anyone
 * reads it through the feed, which serves only what is public by
 * construction. The feed reads by id alone, so the primary key is the only
 * index it needs.
 */
export const publicChangesCollection = (
  isStaff: (req: PayloadRequest) => boolean,
  group: StaticLabel,
): CollectionConfig => ({
  slug: PUBLIC_CHANGES_SLUG,
  labels: {
    plural: labelOf('changes:plural'),
    singular: labelOf('changes:singular'),
  },
  access: {
    create: ({ req }) => byFeed(req),
    delete: () => false,
    read: ({ req }) => isStaff(req) || byFeed(req),
    update: () => false,
  },
  admin: {
    defaultColumns: ['id', 'kind', 'collection', 'document', 'locales', 'at'],
    group,
    useAsTitle: 'document',
  },
  defaultSort: '-id',
  // The feed's own GraphQL query (`Changes`) names its types `PublicChange…`, which Payload's would take.
  graphQL: false,
  hooks: appendOnlyHooks('The feed of public changes is append-only.'),
  lockDocuments: false,
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: labelOf('changes:kind'),
      options: kindOptions,
      required: true,
    },
    {
      name: 'collection',
      type: 'text',
      admin: shownByName('collection'),
      label: labelOf('changes:collection'),
      required: true,
    },
    { name: 'document', type: 'text', label: labelOf('changes:document'), required: true },
    {
      name: 'slugs',
      type: 'json',
      label: labelOf('changes:slugs'),
      typescriptSchema: [
        () => ({ additionalProperties: { type: ['string', 'null'] }, type: ['object', 'null'] }),
      ],
    },
    {
      name: 'locales',
      type: 'json',
      admin: shownByName('locale'),
      label: labelOf('changes:locales'),
      typescriptSchema: [() => ({ items: { type: 'string' }, type: 'array' })],
    },
    {
      name: 'at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: labelOf('changes:at'),
      required: true,
    },
    { name: 'version', type: 'text', label: labelOf('changes:version') },
  ],
  timestamps: false,
})
