import type { CollectionConfig } from 'payload'

import { publishedOrStaff, rolesOnly, CONTENT_WRITER_ROLES } from '../../src/access'
import { onlyPublishersPublish } from './hooks/only-publishers-publish'

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
  access: {
    create: rolesOnly('admin', 'editor', 'author'),
    delete: rolesOnly('admin', 'editor'),
    read: publishedOrStaff,
    readVersions: rolesOnly(...CONTENT_WRITER_ROLES, 'reviewer'),
    update: rolesOnly(...CONTENT_WRITER_ROLES),
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [onlyPublishersPublish],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { ar: 'العنوان', en: 'Title' },
      localized: true,
      required: true,
    },
    {
      name: 'slug',
      type: 'text',
      label: { ar: 'المُعرّف في الرابط', en: 'Slug' },
      localized: true,
      index: true,
      admin: { position: 'sidebar' },
    },
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
  ],
}
