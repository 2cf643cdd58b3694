import type { CollectionConfig, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { WorkflowError } from './errors'
import { activeTransition, runInTransition } from './transition-context'
import { asSlug, type ResolvedOptions } from './types'

export type WorkflowEventData = {
  assignee?: null | number | string
  collection: string
  comment?: null | string
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

const label = (ar: string, en: string) => ({ ar, en })

/** Refuses every change and deletion, whoever asks and through whichever API (overrideAccess included). */
const appendOnly = () => {
  throw new ValidationError({
    errors: [{ message: 'The workflow history is append-only.', path: 'id' }],
  })
}

/**
 * `workflow-events`: the append-only history. `sequenceKey` (collection,
 * document, sequence number) is unique, so of two transitions racing from the
 * same state only one can record itself: that is how the loser is detected.
 */
export const workflowEventsCollection = (
  options: ResolvedOptions,
  isStaff: (req: PayloadRequest) => boolean,
): CollectionConfig => ({
  slug: options.eventsSlug,
  labels: {
    plural: label('سجل التحرير', 'Workflow history'),
    singular: label('حدث تحرير', 'Workflow event'),
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
    group: label('مسار التحرير', 'Workflow'),
    useAsTitle: 'transition',
  },
  hooks: {
    beforeChange: [({ operation }) => (operation === 'update' ? appendOnly() : undefined)],
    beforeDelete: [appendOnly],
  },
  fields: [
    {
      name: 'collection',
      type: 'text',
      index: true,
      label: label('المجموعة', 'Collection'),
      required: true,
    },
    {
      name: 'document',
      type: 'text',
      index: true,
      label: label('الوثيقة', 'Document'),
      required: true,
    },
    { name: 'transition', type: 'text', label: label('الإجراء', 'Transition'), required: true },
    { name: 'from', type: 'text', label: label('من حالة', 'From'), required: true },
    { name: 'to', type: 'text', label: label('إلى حالة', 'To'), required: true },
    {
      name: 'user',
      type: 'relationship',
      label: label('بواسطة', 'By'),
      relationTo: asSlug(options.usersSlug),
    },
    { name: 'comment', type: 'textarea', label: label('التعليق', 'Comment') },
    {
      name: 'assignee',
      type: 'relationship',
      label: label('أُسند إلى', 'Assigned to'),
      relationTo: asSlug(options.usersSlug),
    },
    { name: 'publishAt', type: 'date', label: label('موعد النشر', 'Publish at') },
    { name: 'version', type: 'text', label: label('النسخة', 'Version') },
    { name: 'locale', type: 'text', label: label('اللغة', 'Locale') },
    { name: 'sequence', type: 'number', label: label('الترتيب', 'Sequence'), required: true },
    {
      name: 'sequenceKey',
      type: 'text',
      admin: { hidden: true },
      label: label('مفتاح الترتيب', 'Sequence key'),
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
