import type { CollectionConfig, Field, FieldAccess, PayloadRequest, StaticLabel } from 'payload'

import { shownByName } from './code-label'
import { labelOf, type WorkflowTextKey } from './translations'
import { requestMark } from './transition-context'
import { asSlug, type Label, type ResolvedOptions } from './types'

/** The collection of in-admin notifications (a fixed name, as `workflow-events` is). */
export const INBOX_SLUG = 'workflow-notifications'

/** One notification, as the plugin writes it. */
export type InboxEntry = {
  /** What happened, in every admin language: the transition's label, or a refusal's. */
  action: Label
  /** Who took the step; null when the system did (a refusal when due). */
  actor: null | number | string
  collection: string
  comment: null | string
  /** The document's id, as text. */
  document: string
  recipient: number | string
  /** The document's title in each content language. */
  title: Label
  /** The transition's name, or `refusedWhenDue`. */
  transition: string
}

/** A text kept in several languages (`{ ar, en }`), read-only, shown in lists and the edit view in the admin's language. */
const perLanguageText = (name: string, label: WorkflowTextKey): Field => ({
  name,
  type: 'json',
  access: { update: () => false },
  admin: shownByName('perLanguage'),
  label: labelOf(label),
  required: true,
  typescriptSchema: [() => ({ additionalProperties: { type: 'string' }, type: 'object' })],
})

/** The plugin's own access to the inbox: only it writes notifications. */
const inboxMark = requestMark<{ inbox: true }>('editorialWorkflow.inbox')

/** Writes one notification per recipient, inside the request's transaction if it has one. */
export const deliverToInbox = (req: PayloadRequest, entries: InboxEntry[]) =>
  inboxMark.run(req, { inbox: true }, async () => {
    for (const entry of entries)
      await req.payload.create({
        collection: asSlug(INBOX_SLUG),
        data: { ...entry, document: String(entry.document) } as never,
        depth: 0,
        overrideAccess: false,
        req,
      })
  })

/**
 * `workflow-notifications`: each user's inbox, shown by the admin's bell.
 * A user reads and marks read only their own notifications (an API key of
 * another auth collection, such as a website's, reads none); nothing but
 * the time it was read can be changed, and only the plugin writes one.
 */
export const inboxCollection = (options: ResolvedOptions, group: StaticLabel): CollectionConfig => {
  const ownOnly = ({ req }: { req: PayloadRequest }) =>
    req.user?.collection === options.usersSlug ? { recipient: { equals: req.user.id } } : false
  const fixed: { update: FieldAccess } = { update: () => false }
  return {
    slug: INBOX_SLUG,
    labels: {
      plural: labelOf('inbox:plural'),
      singular: labelOf('inbox:singular'),
    },
    access: {
      create: ({ req }) => inboxMark.read(req) !== undefined,
      delete: () => false,
      read: ownOnly,
      update: ownOnly,
    },
    admin: {
      defaultColumns: ['createdAt', 'action', 'title', 'actor', 'readAt'],
      group,
      // Searched by its comment; a notification's title is when it came, as the admin writes dates
      // (without one, Payload would name it, and offer to search it, by its “ID”).
      listSearchableFields: ['comment'],
      useAsTitle: 'createdAt',
    },
    defaultSort: '-createdAt',
    // The bell reads it over REST; consumers of the public API have no use for it.
    graphQL: false,
    lockDocuments: false,
    fields: [
      {
        name: 'recipient',
        type: 'relationship',
        access: fixed,
        index: true,
        label: labelOf('inbox:recipient'),
        relationTo: asSlug(options.usersSlug),
        // Not required: deleting a user leaves their notifications to nobody rather than failing.
      },
      perLanguageText('action', 'inbox:action'),
      perLanguageText('title', 'inbox:title'),
      {
        name: 'transition',
        type: 'text',
        access: fixed,
        admin: shownByName('transition', options),
        label: labelOf('inbox:transition'),
        required: true,
      },
      {
        name: 'collection',
        type: 'text',
        access: fixed,
        admin: shownByName('collection'),
        label: labelOf('inbox:collection'),
        required: true,
      },
      {
        name: 'document',
        type: 'text',
        access: fixed,
        label: labelOf('inbox:document'),
        required: true,
      },
      {
        name: 'actor',
        type: 'relationship',
        access: fixed,
        label: labelOf('inbox:actor'),
        relationTo: asSlug(options.usersSlug),
      },
      { name: 'comment', type: 'textarea', access: fixed, label: labelOf('inbox:comment') },
      {
        name: 'readAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' } },
        index: true,
        label: labelOf('inbox:readAt'),
      },
    ],
    timestamps: true,
  }
}
