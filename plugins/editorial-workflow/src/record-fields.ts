import type { Field, FieldAccess } from 'payload'

import { writeEveryLocale } from './every-locale'
import { labelOf } from './translations'
import type { WorkflowTextKey } from './translations'

/** Arc's ANS correction types: what a note published with a change says it is. */
export const CORRECTION_KINDS = ['correction', 'clarification', 'update', 'editors_note'] as const

export type CorrectionKind = (typeof CORRECTION_KINDS)[number]

const kindOptions = CORRECTION_KINDS.map((kind) => ({
  label: labelOf(`record:kind_${kind}` as WorkflowTextKey),
  value: kind,
}))

/** Fields the workflow alone writes (the gate refuses callers' changes to them). */
export const RECORD_BOOKKEEPING = ['corrections', 'lastPublishedAt', 'retracted'] as const

/** Fields that are not content: changing them is no edit (approval stands). */
export const RECORD_NOT_CONTENT = [...RECORD_BOOKKEEPING, 'embargoUntil', 'embargoUntil_tz']

/**
 * The embargo: a time before which nothing makes the document public. Staff
 * see it; the roles of `mayEmbargo` set or lift it (the gate records each
 * change in the history). `cell`: lists show it in the time zone it was set in.
 */
export const embargoField = (
  staffOnly: FieldAccess,
  mayEmbargo: FieldAccess,
  cell: boolean,
): Field => ({
  name: 'embargoUntil',
  type: 'date',
  access: { create: mayEmbargo, read: staffOnly, update: mayEmbargo },
  admin: {
    ...(cell && { components: { Cell: '@jusur/editorial-workflow/client#EmbargoCell' } }),
    date: { pickerAppearance: 'dayAndTime' },
    description: labelOf('record:embargoDescription'),
    position: 'sidebar',
  },
  index: true,
  label: labelOf('record:embargoUntil'),
  // The time zone the editor meant is kept beside the instant and shown with it.
  timezone: true,
})

/**
 * The correction note a draft carries to its publication. In the sidebar,
 * under the workflow panel and the embargo: it is about publishing this
 * draft, and stays in view whatever the length of the text being corrected.
 */
export const correctionField = (staffOnly: FieldAccess): Field => ({
  name: 'correction',
  type: 'group',
  access: { read: staffOnly },
  admin: {
    // Only a document that has been public can be corrected.
    condition: (data) => Boolean(data?.lastPublishedAt),
    description: labelOf('record:correctionDescription'),
    position: 'sidebar',
  },
  label: labelOf('record:correction'),
  fields: [
    { name: 'kind', type: 'select', label: labelOf('record:kind'), options: kindOptions },
    {
      name: 'note',
      type: 'textarea',
      // Editors write it one locale at a time; publication clears every locale at once.
      hooks: { beforeChange: [writeEveryLocale] },
      label: labelOf('record:note'),
      localized: true,
    },
  ],
})

/**
 * What else the public record adds to a collection (besides `correctionField`):
 * the corrections published so far (oldest first), the retraction, and when
 * it was last published. Readers see all three.
 */
export const recordFields = (): Field[] => [
  {
    name: 'lastPublishedAt',
    type: 'date',
    admin: {
      date: { pickerAppearance: 'dayAndTime' },
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
    label: labelOf('record:lastPublishedAt'),
  },
  {
    name: 'corrections',
    type: 'array',
    admin: {
      condition: (data) => Array.isArray(data?.corrections) && data.corrections.length > 0,
      readOnly: true,
    },
    label: labelOf('record:corrections'),
    // Without them Payload names each row after the field, in English: “Correction 01”.
    labels: { plural: labelOf('record:corrections'), singular: labelOf('record:correctionEntry') },
    fields: [
      { name: 'kind', type: 'select', label: labelOf('record:kind'), options: kindOptions },
      {
        name: 'note',
        type: 'textarea',
        hooks: { beforeChange: [writeEveryLocale] },
        label: labelOf('record:note'),
        localized: true,
      },
      { name: 'at', type: 'date', label: labelOf('record:at') },
      { name: 'version', type: 'text', label: labelOf('record:version') },
    ],
  },
  {
    name: 'retracted',
    type: 'group',
    admin: {
      condition: (data) => Boolean(data?.retracted?.at),
      readOnly: true,
    },
    label: labelOf('record:retracted'),
    fields: [
      { name: 'at', type: 'date', index: true, label: labelOf('record:at') },
      {
        name: 'notice',
        type: 'textarea',
        hooks: { beforeChange: [writeEveryLocale] },
        label: labelOf('record:notice'),
        localized: true,
      },
      // Filled for readers of the retracted document, whose own fields they no longer see.
      {
        name: 'title',
        type: 'text',
        admin: { hidden: true },
        label: labelOf('record:title'),
        virtual: true,
      },
    ],
  },
]
