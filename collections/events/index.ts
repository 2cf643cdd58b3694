import type { CollectionConfig } from 'payload'

import { belongsTo } from '../../src/config/collection-groups'
import { fuzzyDateField } from '../../src/fields/fuzzy-date-field'
import { slugFields } from '../../src/fields/slug-fields'
import { withCrossFieldRule } from '../../src/validation/cross-field'
import { eventRule } from './rule'
import { eventSearch } from './search'

export const EVENT_KINDS = [
  { value: 'official_visit', label: { ar: 'زيارة رسمية', en: 'Official visit' } },
  { value: 'bilateral_meeting', label: { ar: 'لقاء ثنائي', en: 'Bilateral meeting' } },
  { value: 'talks', label: { ar: 'مباحثات', en: 'Talks' } },
  { value: 'signing_ceremony', label: { ar: 'مراسم توقيع', en: 'Signing ceremony' } },
  { value: 'site_visit', label: { ar: 'زيارة ميدانية', en: 'Site visit' } },
  { value: 'workshop', label: { ar: 'ورشة عمل', en: 'Workshop' } },
  { value: 'training_course', label: { ar: 'دورة تدريبية', en: 'Training course' } },
  { value: 'conference', label: { ar: 'مؤتمر', en: 'Conference' } },
  { value: 'assembly_session', label: { ar: 'دورة جمعية عامة', en: 'Assembly session' } },
  { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
]

export const Events: CollectionConfig = withCrossFieldRule(
  {
    slug: 'events',
    labels: {
      singular: { ar: 'فعالية', en: 'Event' },
      plural: { ar: 'الفعاليات', en: 'Events' },
    },
    admin: {
      defaultColumns: ['title', 'kind', '_status', 'updatedAt'],
      group: { ar: 'المحتوى', en: 'Content' },
      useAsTitle: 'title',
    },
    custom: belongsTo(['report', 'linkable', 'public'], { search: eventSearch }),
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
        name: 'kind',
        type: 'select',
        label: { ar: 'النوع', en: 'Kind' },
        required: true,
        defaultValue: 'other',
        options: EVENT_KINDS,
      },
      {
        name: 'description',
        type: 'richText',
        label: { ar: 'الوصف', en: 'Description' },
        localized: true,
      },
      fuzzyDateField('startDate', { ar: 'البداية', en: 'Start' }),
      fuzzyDateField('endDate', { ar: 'النهاية', en: 'End' }),
      {
        name: 'location',
        type: 'group',
        label: { ar: 'المكان', en: 'Location' },
        fields: [
          { name: 'venue', type: 'text', label: { ar: 'المقر', en: 'Venue' }, localized: true },
          { name: 'city', type: 'text', label: { ar: 'المدينة', en: 'City' }, localized: true },
          {
            name: 'country',
            type: 'relationship',
            label: { ar: 'الدولة', en: 'Country' },
            relationTo: 'countries',
          },
        ],
      },
      {
        name: 'host',
        type: 'relationship',
        label: { ar: 'الجهة المضيفة', en: 'Host organization' },
        relationTo: 'organizations',
      },
      {
        name: 'participants',
        type: 'relationship',
        label: { ar: 'المشاركون', en: 'Participants' },
        relationTo: 'people',
        hasMany: true,
      },
      {
        name: 'participatingOrganizations',
        type: 'relationship',
        label: { ar: 'الجهات المشاركة', en: 'Participating organizations' },
        relationTo: 'organizations',
        hasMany: true,
      },
      {
        name: 'delegations',
        type: 'relationship',
        label: { ar: 'الوفود المشاركة', en: 'Delegations involved' },
        relationTo: 'delegations',
        hasMany: true,
      },
      {
        name: 'agreements',
        type: 'relationship',
        label: { ar: 'الاتفاقيات المعنية', en: 'Agreements concerned' },
        relationTo: 'agreements',
        hasMany: true,
      },
      {
        name: 'parentEvent',
        type: 'relationship',
        label: { ar: 'جزء من فعالية', en: 'Part of event' },
        relationTo: 'events',
        admin: {
          description: {
            ar: 'مثل مراسم توقيع خلال زيارة رسمية',
            en: 'e.g. a signing ceremony during an official visit',
          },
        },
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: { ar: 'مرتبط بها', en: 'Linked' },
            fields: [
              {
                name: 'articles',
                type: 'join',
                label: { ar: 'المقالات', en: 'Articles' },
                collection: 'articles',
                on: 'events',
              },
              {
                name: 'subEvents',
                type: 'join',
                label: { ar: 'فعاليات ضمنها', en: 'Events within' },
                collection: 'events',
                on: 'parentEvent',
              },
              {
                name: 'agreementsSigned',
                type: 'join',
                label: { ar: 'اتفاقيات وُقّعت فيها', en: 'Agreements signed at it' },
                collection: 'agreements',
                on: 'signingEvent',
              },
            ],
          },
        ],
      },
    ],
  },
  eventRule,
)
