import type { Field, FieldAccess } from 'payload'

import { TRANSLATION_SUMMARIES } from './parity'
import { labelOf } from './translations'
import { asSlug, type ResolvedOptions } from './types'

/**
 * What the plugin adds to each workflow collection. The state is a real,
 * indexed column so that lists filter and sort by it; the bookkeeping is a
 * group the admin does not edit (the gate refuses changes to either). Neither
 * is ever shown to anonymous readers. `panel`: the state is shown by the
 * workflow's admin components (its list cell, and the edit view's panel).
 */
export const workflowFields = (
  options: ResolvedOptions,
  staffOnly: FieldAccess,
  panel: boolean,
): Field[] => [
  {
    name: 'workflowState',
    type: 'select',
    access: { read: staffOnly },
    admin: {
      ...(panel && {
        components: {
          Cell: '@jusur/editorial-workflow/client#StatePillCell',
          Field: '@jusur/editorial-workflow/client#WorkflowPanel',
        },
      }),
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: options.initialState,
    index: true,
    label: labelOf('field:workflowState'),
    options: Object.entries(options.states).map(([value, text]) => ({ label: text, value })),
  },
  // Derived from the bookkeeping by every save (`summarizeTranslations`), never written by a caller: lists filter on it.
  {
    name: 'translationStatus',
    type: 'select',
    access: { read: staffOnly },
    admin: {
      // The edit view's panel shows each language; the field is for lists, their columns and filters.
      condition: () => false,
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
    label: labelOf('field:translationStatus'),
    options: TRANSLATION_SUMMARIES.map((value) => ({
      label: labelOf(`translationStatus:${value}`),
      value,
    })),
  },
  {
    name: 'workflow',
    type: 'group',
    access: { read: staffOnly },
    // Nor in the comparison of versions, which would show its codes and JSON («"status": "complete"»).
    admin: { components: { Diff: '@jusur/editorial-workflow/rsc#NoDiff' }, disabled: true },
    label: labelOf('field:workflow'),
    fields: [
      {
        name: 'sequence',
        type: 'number',
        defaultValue: 0,
        label: labelOf('field:sequence'),
      },
      {
        name: 'assignee',
        type: 'relationship',
        index: true,
        label: labelOf('field:assignee'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'submittedBy',
        type: 'relationship',
        label: labelOf('field:submittedBy'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'lastEditedBy',
        type: 'relationship',
        label: labelOf('field:lastEditedBy'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'contributors',
        type: 'json',
        label: labelOf('field:contributors'),
      },
      {
        name: 'approvedBy',
        type: 'relationship',
        label: labelOf('field:approvedBy'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'approvedVersion',
        type: 'text',
        label: labelOf('field:approvedVersion'),
      },
      { name: 'publishAt', type: 'date', label: labelOf('field:publishAt') },
      // Text, not a select: a locale added to the config needs no migration. The gate checks it.
      // Rows saved before the field existed hold null: read as the default locale (see `sourceLocaleOf`).
      { name: 'sourceLocale', type: 'text', label: labelOf('field:sourceLocale') },
      { name: 'translations', type: 'json', label: labelOf('field:translations') },
    ],
  },
]
