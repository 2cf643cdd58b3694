import type { CollectionConfig, PayloadRequest, StaticLabel } from 'payload'

import { ValidationError } from 'payload'

import { shownByName } from './code-label'
import { WorkflowError } from './errors'
import { labelOf } from './translations'
import { activeTransition, runInTransition } from './transition-context'
import { asSlug, type ResolvedOptions } from './types'

export type WorkflowEventData = {
  assignee?: null | number | string
  collection: string
  comment?: null | string
  /** What else the entry records: the unpublished links a publisher accepted, the release item whose edit sent it back... */
  details?: null | Record<string, unknown>
  document: string
  from: string
  locale?: null | string
  publishAt?: null | string
  sequence: number
  to: string
  transition: string
  user?: null | number | string
  version?: null | string
}

/**
 * Hooks refusing every change and deletion with `message`, whoever asks and
 * through whichever API (overrideAccess included): the plugin's records are
 * written once and kept.
 */
export const appendOnlyHooks = (message: string): CollectionConfig['hooks'] => {
  const refuse = () => {
    throw new ValidationError({ errors: [{ message, path: 'id' }] })
  }
  return {
    beforeChange: [({ operation }) => (operation === 'update' ? refuse() : undefined)],
    beforeDelete: [refuse],
  }
}

/**
 * `workflow-events`: the append-only history. `sequenceKey` (collection,
 * document, sequence number) is unique, so of two transitions racing from the
 * same state only one can record itself: that is how the loser is detected.
 * `group` names its admin group in each language (Payload takes no label
 * function there).
 */
export const workflowEventsCollection = (
  options: ResolvedOptions,
  isStaff: (req: PayloadRequest) => boolean,
  group: StaticLabel,
): CollectionConfig => ({
  slug: options.eventsSlug,
  labels: {
    plural: labelOf('history:plural'),
    singular: labelOf('history:singular'),
  },
  access: {
    create: ({ req }) =>
      options.collections.some((slug) => activeTransition(req, slug) !== undefined),
    delete: () => false,
    read: ({ req }) => isStaff(req),
    update: () => false,
  },
  admin: {
    defaultColumns: ['createdAt', 'collection', 'document', 'transition', 'from', 'to', 'user'],
    group,
    // Searched by document (its id); an entry's title is when it happened, as the admin writes dates:
    // its transition is a name in code, which the list and the edit view show by its label.
    listSearchableFields: ['document'],
    useAsTitle: 'createdAt',
  },
  hooks: appendOnlyHooks('The workflow history is append-only.'),
  fields: [
    {
      name: 'collection',
      type: 'text',
      admin: shownByName('collection'),
      index: true,
      label: labelOf('history:collection'),
      required: true,
    },
    {
      name: 'document',
      type: 'text',
      index: true,
      label: labelOf('history:document'),
      required: true,
    },
    {
      name: 'transition',
      type: 'text',
      admin: shownByName('transition', options),
      label: labelOf('history:transition'),
      required: true,
    },
    {
      name: 'from',
      type: 'text',
      admin: shownByName('state', options),
      label: labelOf('history:from'),
      required: true,
    },
    {
      name: 'to',
      type: 'text',
      admin: shownByName('state', options),
      label: labelOf('history:to'),
      required: true,
    },
    {
      name: 'user',
      type: 'relationship',
      label: labelOf('history:user'),
      relationTo: asSlug(options.usersSlug),
    },
    { name: 'comment', type: 'textarea', label: labelOf('history:comment') },
    { name: 'details', type: 'json', label: labelOf('history:details') },
    {
      name: 'assignee',
      type: 'relationship',
      label: labelOf('history:assignee'),
      relationTo: asSlug(options.usersSlug),
    },
    { name: 'publishAt', type: 'date', label: labelOf('history:publishAt') },
    { name: 'version', type: 'text', label: labelOf('history:version') },
    {
      name: 'locale',
      type: 'text',
      admin: shownByName('locale'),
      label: labelOf('history:locale'),
    },
    { name: 'sequence', type: 'number', label: labelOf('history:sequence'), required: true },
    {
      name: 'sequenceKey',
      type: 'text',
      admin: { hidden: true },
      label: labelOf('history:sequenceKey'),
      required: true,
      unique: true,
    },
  ],
  timestamps: true,
})

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof ValidationError &&
  error.data.errors.some((problem) => problem.path === 'sequenceKey')

/**
 * Appends one event. Taking the next sequence number is the claim on the
 * document: if another transition took it first, this one lost the race (409).
 */
export const recordEvent = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  event: WorkflowEventData,
) => {
  try {
    return await runInTransition(
      req,
      { collection: event.collection, id: event.document, name: event.transition },
      () =>
        req.payload.create({
          collection: asSlug(options.eventsSlug),
          data: {
            ...event,
            sequenceKey: `${event.collection}:${event.document}:${event.sequence}`,
          } as never,
          overrideAccess: false,
          req,
        }),
    )
  } catch (error) {
    if (isUniqueViolation(error)) throw new WorkflowError(req, 409, 'lostRace')
    throw error
  }
}
