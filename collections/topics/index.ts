import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../../src/access/collections'
import { belongsTo } from '../../src/config/collection-groups'
import { refuseDeleteWhenReferenced } from '../../src/hooks/refuse-delete-when-referenced'

/** The bilingual taxonomy: counter-terrorism, organized crime, peacekeeping, ... */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: { ar: 'موضوع', en: 'Topic' },
    plural: { ar: 'الموضوعات', en: 'Topics' },
  },
  admin: { group: { ar: 'الكيانات', en: 'Entities' }, useAsTitle: 'name' },
  custom: belongsTo(['reference', 'public']),
  access: referenceAccess,
  // Drafts: a change reaches readers once a reviewer publishes it (src/editorial/workflow.ts).
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeDelete: [refuseDeleteWhenReferenced] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { ar: 'الاسم', en: 'Name' },
      localized: true,
      required: true,
    },
    {
      name: 'key',
      type: 'text',
      label: { ar: 'المفتاح', en: 'Key' },
      required: true,
      unique: true,
      admin: {
        description: {
          ar: 'معرّف ثابت بحروف إنجليزية، مثل organized-crime',
          en: 'A stable English identifier, e.g. organized-crime',
        },
      },
    },
    {
      name: 'description',
      type: 'textarea',
      label: { ar: 'الوصف', en: 'Description' },
      localized: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      label: { ar: 'الموضوع الأشمل', en: 'Broader topic' },
      relationTo: 'topics',
    },
    {
      name: 'articles',
      type: 'join',
      label: { ar: 'المقالات', en: 'Articles' },
      collection: 'articles',
      on: 'topics',
    },
    {
      name: 'agreements',
      type: 'join',
      label: { ar: 'الاتفاقيات', en: 'Agreements' },
      collection: 'agreements',
      on: 'domains',
    },
  ],
}
