import type { CollectionConfig } from 'payload'

import { belongsTo } from '../../src/config/collection-groups'
import { fuzzyDateField } from '../../src/fields/fuzzy-date-field'
import { slugFields } from '../../src/fields/slug-fields'
import { withCrossFieldRule } from '../../src/validation/cross-field'
import { delegationRule } from './rule'
import { delegationSearch } from './search'

export const Delegations: CollectionConfig = withCrossFieldRule(
  {
    slug: 'delegations',
    labels: {
      singular: { ar: 'وفد', en: 'Delegation' },
      plural: { ar: 'الوفود', en: 'Delegations' },
    },
    admin: {
      defaultColumns: ['name', 'direction', 'level', '_status'],
      group: { ar: 'المحتوى', en: 'Content' },
      useAsTitle: 'name',
    },
    custom: belongsTo(['report', 'linkable', 'public'], { search: delegationSearch }),
    fields: [
      {
        name: 'name',
        type: 'text',
        label: { ar: 'الاسم', en: 'Name' },
        localized: true,
        required: true,
      },
      ...slugFields,
      {
        type: 'row',
        fields: [
          {
            name: 'direction',
            type: 'select',
            label: { ar: 'الاتجاه', en: 'Direction' },
            required: true,
            options: [
              { value: 'incoming', label: { ar: 'وافد', en: 'Incoming' } },
              { value: 'outgoing', label: { ar: 'مُوفَد', en: 'Outgoing' } },
            ],
            admin: {
              description: {
                ar: 'من منظور الوزارة الناشرة',
                en: 'Seen from the publishing ministry',
              },
            },
          },
          {
            name: 'level',
            type: 'select',
            label: { ar: 'المستوى', en: 'Level' },
            options: [
              { value: 'ministerial', label: { ar: 'وزاري', en: 'Ministerial' } },
              {
                value: 'senior_officials',
                label: { ar: 'كبار المسؤولين', en: 'Senior officials' },
              },
              { value: 'technical', label: { ar: 'فني', en: 'Technical' } },
              { value: 'diplomatic', label: { ar: 'دبلوماسي', en: 'Diplomatic' } },
            ],
          },
        ],
      },
      {
        name: 'representedCountry',
        type: 'relationship',
        label: { ar: 'الدولة الممثَّلة', en: 'Represented country' },
        relationTo: 'countries',
      },
      {
        name: 'representedOrganization',
        type: 'relationship',
        label: { ar: 'الجهة الممثَّلة', en: 'Represented organization' },
        relationTo: 'organizations',
      },
      {
        name: 'members',
        type: 'relationship',
        label: { ar: 'الأعضاء', en: 'Members' },
        relationTo: 'people',
        hasMany: true,
      },
      {
        name: 'head',
        type: 'group',
        label: { ar: 'رئيس الوفد', en: 'Head of delegation' },
        fields: [
          {
            name: 'person',
            type: 'relationship',
            label: { ar: 'الشخص', en: 'Person' },
            relationTo: 'people',
          },
          {
            name: 'title',
            type: 'text',
            label: { ar: 'صفته آنذاك', en: 'Title held then' },
            localized: true,
          },
        ],
      },
      {
        name: 'purpose',
        type: 'textarea',
        label: { ar: 'الغرض', en: 'Purpose' },
        localized: true,
      },
      fuzzyDateField('startDate', { ar: 'البداية', en: 'Start' }),
      fuzzyDateField('endDate', { ar: 'النهاية', en: 'End' }),
      {
        type: 'tabs',
        tabs: [
          {
            label: { ar: 'مرتبط به', en: 'Linked' },
            fields: [
              {
                name: 'events',
                type: 'join',
                label: { ar: 'الفعاليات', en: 'Events' },
                collection: 'events',
                on: 'delegations',
              },
              {
                name: 'articles',
                type: 'join',
                label: { ar: 'المقالات', en: 'Articles' },
                collection: 'articles',
                on: 'delegations',
              },
            ],
          },
        ],
      },
    ],
  },
  delegationRule,
)
