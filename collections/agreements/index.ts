import type { CollectionConfig } from 'payload'

import { belongsTo } from '../../src/config/collection-groups'
import { fuzzyDateField } from '../../src/fields/fuzzy-date-field'
import { slugFields } from '../../src/fields/slug-fields'
import { withCrossFieldRule } from '../../src/validation/cross-field'
import { agreementRule } from './rule'
import { agreementSearch } from './search'

export const Agreements: CollectionConfig = withCrossFieldRule(
  {
    slug: 'agreements',
    labels: {
      singular: { ar: 'اتفاقية', en: 'Agreement' },
      plural: { ar: 'الاتفاقيات', en: 'Agreements' },
    },
    admin: {
      defaultColumns: ['title', 'kind', 'status', '_status'],
      group: { ar: 'المحتوى', en: 'Content' },
      useAsTitle: 'title',
    },
    custom: belongsTo(['report', 'linkable', 'public'], { search: agreementSearch }),
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { ar: 'العنوان', en: 'Title' },
        localized: true,
        required: true,
      },
      ...slugFields,
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            label: { ar: 'النوع', en: 'Kind' },
            required: true,
            options: [
              { value: 'protocol', label: { ar: 'بروتوكول', en: 'Protocol' } },
              { value: 'mou', label: { ar: 'مذكرة تفاهم', en: 'Memorandum of understanding' } },
              { value: 'programme', label: { ar: 'برنامج تعاون', en: 'Cooperation programme' } },
              { value: 'treaty', label: { ar: 'معاهدة', en: 'Treaty' } },
              { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
            ],
          },
          {
            name: 'status',
            type: 'select',
            // Payload's drafts already own enum_agreements_status (for _status).
            enumName: 'enum_agreements_lifecycle',
            label: { ar: 'الحالة', en: 'Status' },
            required: true,
            defaultValue: 'signed',
            options: [
              { value: 'under_negotiation', label: { ar: 'قيد التفاوض', en: 'Under negotiation' } },
              { value: 'signed', label: { ar: 'موقّعة', en: 'Signed' } },
              { value: 'in_force', label: { ar: 'سارية', en: 'In force' } },
              { value: 'expired', label: { ar: 'منتهية', en: 'Expired' } },
              { value: 'terminated', label: { ar: 'مُلغاة', en: 'Terminated' } },
            ],
          },
          {
            name: 'referenceNumber',
            type: 'text',
            label: { ar: 'الرقم المرجعي', en: 'Reference number' },
          },
        ],
      },
      {
        name: 'parties',
        type: 'array',
        label: { ar: 'الأطراف', en: 'Parties' },
        labels: { singular: { ar: 'طرف', en: 'Party' }, plural: { ar: 'الأطراف', en: 'Parties' } },
        fields: [
          // A party is a country or an organization: two plain relations rather than one
          // polymorphic one, whose join from inside an array repeats each agreement (Payload 3.90).
          {
            type: 'row',
            fields: [
              {
                name: 'country',
                type: 'relationship',
                label: { ar: 'دولة', en: 'Country' },
                relationTo: 'countries',
              },
              {
                name: 'organization',
                type: 'relationship',
                label: { ar: 'جهة', en: 'Organization' },
                relationTo: 'organizations',
              },
            ],
          },
          {
            name: 'signatory',
            type: 'relationship',
            label: { ar: 'الموقّع', en: 'Signatory' },
            relationTo: 'people',
          },
          {
            name: 'signatoryTitle',
            type: 'text',
            label: { ar: 'صفة الموقّع آنذاك', en: 'Signatory title then' },
            localized: true,
          },
        ],
      },
      fuzzyDateField('signingDate', { ar: 'تاريخ التوقيع', en: 'Signing date' }),
      {
        name: 'signingEvent',
        type: 'relationship',
        label: { ar: 'فعالية التوقيع', en: 'Signing event' },
        relationTo: 'events',
      },
      fuzzyDateField('effectiveDate', { ar: 'تاريخ السريان', en: 'Effective date' }),
      fuzzyDateField('expiryDate', { ar: 'تاريخ الانتهاء', en: 'Expiry date' }),
      {
        name: 'domains',
        type: 'relationship',
        label: { ar: 'مجالات التعاون', en: 'Domains' },
        relationTo: 'topics',
        hasMany: true,
      },
      {
        name: 'summary',
        type: 'textarea',
        label: { ar: 'الملخص', en: 'Summary' },
        localized: true,
      },
      {
        name: 'phases',
        type: 'array',
        label: { ar: 'المراحل والبرامج', en: 'Phases and programmes' },
        labels: { singular: { ar: 'مرحلة', en: 'Phase' }, plural: { ar: 'المراحل', en: 'Phases' } },
        fields: [
          {
            name: 'name',
            type: 'text',
            label: { ar: 'الاسم', en: 'Name' },
            localized: true,
            required: true,
          },
          {
            name: 'description',
            type: 'textarea',
            label: { ar: 'الوصف', en: 'Description' },
            localized: true,
          },
          {
            name: 'plannedCourses',
            type: 'number',
            label: { ar: 'عدد الدورات المقررة', en: 'Planned courses' },
            min: 0,
          },
          fuzzyDateField('startDate', { ar: 'البداية', en: 'Start' }),
          fuzzyDateField('endDate', { ar: 'النهاية', en: 'End' }),
        ],
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: { ar: 'مرتبط بها', en: 'Linked' },
            fields: [
              {
                name: 'events',
                type: 'join',
                label: { ar: 'الفعاليات', en: 'Events' },
                collection: 'events',
                on: 'agreements',
              },
              {
                name: 'articles',
                type: 'join',
                label: { ar: 'المقالات', en: 'Articles' },
                collection: 'articles',
                on: 'agreements',
              },
            ],
          },
        ],
      },
    ],
  },
  agreementRule,
)
