import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../../src/access/collections'
import { belongsTo } from '../../src/config/collection-groups'
import { aliasesField } from '../../src/fields/aliases-field'
import { articleJoins } from '../../src/fields/article-joins'
import { nameKeysField } from '../../src/fields/name-keys-field'
import { refuseDeleteWhenReferenced } from '../../src/hooks/refuse-delete-when-referenced'
import { duplicateNameRule, refuseDuplicateNames } from '../../src/hooks/refuse-duplicate-names'
import { validatedBy } from '../../src/validation/cross-field'
import { organizationSearch } from './search'

export const ORGANIZATION_KINDS = [
  { value: 'ministry', label: { ar: 'وزارة', en: 'Ministry' } },
  { value: 'department', label: { ar: 'إدارة أو قطاع', en: 'Department' } },
  { value: 'police', label: { ar: 'جهاز شرطة', en: 'Police body' } },
  { value: 'academy', label: { ar: 'أكاديمية أو جامعة', en: 'Academy or university' } },
  { value: 'research', label: { ar: 'مركز بحثي أو تدريبي', en: 'Research or training centre' } },
  { value: 'international', label: { ar: 'منظمة دولية', en: 'International organization' } },
  { value: 'regional', label: { ar: 'منظمة إقليمية', en: 'Regional organization' } },
  { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
]

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: {
    singular: { ar: 'جهة', en: 'Organization' },
    plural: { ar: 'الجهات', en: 'Organizations' },
  },
  admin: {
    defaultColumns: ['name', 'acronym', 'kind', 'country'],
    group: { ar: 'الكيانات', en: 'Entities' },
    useAsTitle: 'name',
  },
  custom: belongsTo(['reference', 'linkable', 'public'], { search: organizationSearch }),
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
        name: 'acronym',
        type: 'text',
        label: { ar: 'الاختصار', en: 'Acronym' },
        localized: true,
      },
      {
        name: 'kind',
        type: 'select',
        label: { ar: 'النوع', en: 'Kind' },
        options: ORGANIZATION_KINDS,
      },
      {
        name: 'country',
        type: 'relationship',
        label: { ar: 'الدولة', en: 'Country' },
        relationTo: 'countries',
      },
      {
        name: 'parent',
        type: 'relationship',
        label: { ar: 'الجهة الأم', en: 'Part of' },
        relationTo: 'organizations',
      },
      nameKeysField,
      {
        type: 'tabs',
        tabs: [
          {
            label: { ar: 'المقالات', en: 'Articles' },
            fields: articleJoins('organizations'),
          },
          {
            label: { ar: 'العلاقات', en: 'Relations' },
            fields: [
              {
                name: 'units',
                type: 'join',
                label: { ar: 'الجهات التابعة', en: 'Units' },
                collection: 'organizations',
                on: 'parent',
              },
              {
                name: 'people',
                type: 'join',
                label: { ar: 'الأشخاص', en: 'People' },
                collection: 'people',
                on: 'positions.organization',
              },
              {
                name: 'eventsHosted',
                type: 'join',
                label: { ar: 'فعاليات استضافتها', en: 'Events hosted' },
                collection: 'events',
                on: 'host',
              },
              {
                name: 'events',
                type: 'join',
                label: { ar: 'فعاليات شاركت فيها', en: 'Events attended' },
                collection: 'events',
                on: 'participatingOrganizations',
              },
              {
                name: 'delegations',
                type: 'join',
                label: { ar: 'الوفود', en: 'Delegations' },
                collection: 'delegations',
                on: 'representedOrganization',
              },
              {
                name: 'agreements',
                type: 'join',
                label: { ar: 'الاتفاقيات', en: 'Agreements' },
                collection: 'agreements',
                on: 'parties.organization',
              },
            ],
          },
        ],
      },
    ],
    duplicateNameRule,
  ),
}
