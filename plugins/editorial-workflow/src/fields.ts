import type { Field, FieldAccess } from 'payload'

import { asSlug, type ResolvedOptions } from './types'

const label = (ar: string, en: string) => ({ ar, en })

/**
 * What the plugin adds to each workflow collection. The state is a real,
 * indexed column so that lists filter and sort by it; the bookkeeping is a
 * group the admin does not edit (the gate refuses changes to either). Neither
 * is ever shown to anonymous readers.
 */
export const workflowFields = (options: ResolvedOptions, staffOnly: FieldAccess): Field[] => [
  {
    name: 'workflowState',
    type: 'select',
    access: { read: staffOnly },
    admin: {
      components: {
        Cell: '@jusur/editorial-workflow/client#StatePillCell',
        Field: '@jusur/editorial-workflow/client#WorkflowPanel',
      },
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: options.initialState,
    index: true,
    label: label('حالة التحرير', 'Editorial state'),
    options: Object.entries(options.states).map(([value, text]) => ({ label: text, value })),
  },
  {
    name: 'workflow',
    type: 'group',
    access: { read: staffOnly },
    admin: { disabled: true },
    label: label('بيانات مسار التحرير', 'Workflow bookkeeping'),
    fields: [
      {
        name: 'sequence',
        type: 'number',
        defaultValue: 0,
        label: label('عدد الإجراءات', 'Transitions taken'),
      },
      {
        name: 'assignee',
        type: 'relationship',
        index: true,
        label: label('المراجع المُسنَد', 'Assigned reviewer'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'submittedBy',
        type: 'relationship',
        label: label('أرسله للمراجعة', 'Submitted by'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'lastEditedBy',
        type: 'relationship',
        label: label('آخر من عدّل', 'Last edited by'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'contributors',
        type: 'json',
        label: label(
          'من عدّل المحتوى منذ آخر نشر',
          'Changed the content since the last publication',
        ),
      },
      {
        name: 'approvedBy',
        type: 'relationship',
        label: label('اعتمده', 'Approved by'),
        relationTo: asSlug(options.usersSlug),
      },
      {
        name: 'approvedVersion',
        type: 'text',
        label: label('النسخة المعتمدة', 'Approved version'),
      },
      { name: 'publishAt', type: 'date', label: label('موعد النشر المجدول', 'Scheduled for') },
      { name: 'translations', type: 'json', label: label('حالة الترجمة', 'Translation status') },
    ],
  },
]
