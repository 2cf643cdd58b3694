import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../../src/access/collections'
import { belongsTo } from '../../src/config/collection-groups'
import { aliasesField } from '../../src/fields/aliases-field'
import { articleJoins } from '../../src/fields/article-joins'
import { nameKeysField } from '../../src/fields/name-keys-field'
import { refuseDeleteWhenReferenced } from '../../src/hooks/refuse-delete-when-referenced'
import { duplicateNameRule, refuseDuplicateNames } from '../../src/hooks/refuse-duplicate-names'
import { validatedBy } from '../../src/validation/cross-field'
import { personSearch } from './search'

export const People: CollectionConfig = {
  slug: 'people',
  labels: {
    singular: { ar: 'شخص', en: 'Person' },
    plural: { ar: 'الأشخاص', en: 'People' },
  },
  admin: {
    defaultColumns: ['name', 'country', 'updatedAt'],
    group: { ar: 'الكيانات', en: 'Entities' },
    useAsTitle: 'name',
  },
  custom: belongsTo(['reference', 'linkable', 'public'], { search: personSearch }),
  access: referenceAccess,
  // Drafts: a change reaches readers once a reviewer publishes it (src/editorial/workflow.ts).
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [refuseDuplicateNames],
    beforeDelete: [refuseDeleteWhenReferenced],
  },
  fields: validatedBy(
    [
      {
        name: 'name',
        type: 'text',
        label: { ar: 'الاسم', en: 'Name' },
        localized: true,
        required: true,
      },
      aliasesField,
      {
        name: 'country',
        type: 'relationship',
        label: { ar: 'الدولة', en: 'Country' },
        relationTo: 'countries',
      },
      {
        name: 'photo',
        type: 'upload',
        label: { ar: 'الصورة', en: 'Photo' },
        relationTo: 'media',
      },
      {
        name: 'positions',
        type: 'array',
        label: { ar: 'المناصب', en: 'Positions' },
        labels: {
          singular: { ar: 'منصب', en: 'Position' },
          plural: { ar: 'المناصب', en: 'Positions' },
        },
        fields: [
          {
            name: 'title',
            type: 'text',
            label: { ar: 'المنصب', en: 'Title' },
            localized: true,
            required: true,
          },
          {
            name: 'organization',
            type: 'relationship',
            label: { ar: 'الجهة', en: 'Organization' },
            relationTo: 'organizations',
          },
          {
            type: 'row',
            fields: [
              { name: 'from', type: 'date', label: { ar: 'من', en: 'From' } },
              { name: 'to', type: 'date', label: { ar: 'إلى', en: 'To' } },
            ],
          },
        ],
      },
      nameKeysField,
      {
        type: 'tabs',
        tabs: [
          {
            label: { ar: 'المقالات', en: 'Articles' },
            fields: articleJoins('people'),
          },
          {
            label: { ar: 'النشاط', en: 'Activity' },
            fields: [
              {
                name: 'events',
                type: 'join',
                label: { ar: 'الفعاليات', en: 'Events' },
                collection: 'events',
                on: 'participants',
              },
              {
                name: 'delegationsLed',
                type: 'join',
                label: { ar: 'وفود ترأسها', en: 'Delegations led' },
                collection: 'delegations',
                on: 'head.person',
              },
              {
                name: 'delegations',
                type: 'join',
                label: { ar: 'وفود شارك فيها', en: 'Delegations joined' },
                collection: 'delegations',
                on: 'members',
              },
              {
                name: 'agreementsSigned',
                type: 'join',
                label: { ar: 'اتفاقيات وقّعها', en: 'Agreements signed' },
                collection: 'agreements',
                on: 'parties.signatory',
              },
            ],
          },
        ],
      },
    ],
    duplicateNameRule,
  ),
}
