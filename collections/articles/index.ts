import type { CollectionConfig, CollectionSlug, RelationshipField } from 'payload'

import { belongsTo } from '../../src/config/collection-groups'
import { slugFields } from '../../src/fields/slug-fields'
import { articleSearch } from './search'

/** A many-to-many link from the article to entities it covers. */
const link = (
  name: string,
  relationTo: CollectionSlug,
  label: { ar: string; en: string },
): RelationshipField => ({
  name,
  type: 'relationship',
  hasMany: true,
  label,
  relationTo,
})

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { ar: 'مقال', en: 'Article' },
    plural: { ar: 'المقالات', en: 'Articles' },
  },
  admin: {
    defaultColumns: ['title', '_status', 'publishedAt', 'updatedAt'],
    group: { ar: 'المحتوى', en: 'Content' },
    useAsTitle: 'title',
  },
  // The body's internal links become `mentions`, with link suggestions beside them (src/linking):
  // each suggestion is added to the relationship field below named after its collection.
  custom: belongsTo(['report', 'linkable', 'public'], {
    mentionsIn: 'body',
    search: articleSearch,
  }),
  // The public list: published articles, newest first, read from one index without sorting.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
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
      name: 'summary',
      type: 'textarea',
      label: { ar: 'الملخص', en: 'Summary' },
      localized: true,
    },
    {
      name: 'body',
      type: 'richText',
      label: { ar: 'نص المقال', en: 'Body' },
      localized: true,
    },
    {
      name: 'heroImage',
      type: 'upload',
      label: { ar: 'الصورة الرئيسية', en: 'Hero image' },
      relationTo: 'media',
    },
    {
      name: 'byline',
      type: 'text',
      label: { ar: 'كتبه', en: 'Byline' },
      localized: true,
    },
    {
      name: 'sourceAttribution',
      type: 'text',
      label: { ar: 'المصدر', en: 'Source attribution' },
      localized: true,
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { ar: 'تاريخ النشر', en: 'Publication date' },
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      ...link('topics', 'topics', { ar: 'الموضوعات', en: 'Topics' }),
      admin: { position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: { ar: 'ما يتناوله المقال', en: 'What the article covers' },
      fields: [
        link('events', 'events', { ar: 'الفعاليات', en: 'Events' }),
        link('delegations', 'delegations', { ar: 'الوفود', en: 'Delegations' }),
        link('agreements', 'agreements', { ar: 'الاتفاقيات', en: 'Agreements' }),
        link('people', 'people', { ar: 'الأشخاص', en: 'People' }),
        link('organizations', 'organizations', { ar: 'الجهات', en: 'Organizations' }),
        link('countries', 'countries', { ar: 'الدول', en: 'Countries' }),
      ],
    },
  ],
}
