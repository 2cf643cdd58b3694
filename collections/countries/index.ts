import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminsOnly } from '../../src/access'
import { referenceAccess } from '../../src/access/collections'
import { belongsTo } from '../../src/config/collection-groups'
import { articleJoins } from '../../src/fields/article-joins'
import { refuseDeleteWhenReferenced } from '../../src/hooks/refuse-delete-when-referenced'
import { inCallerLanguage } from '../../src/lib/caller-language'

/**
 * Every ISO 3166-1 country, loaded from the i18n-iso-countries package by
 * `loadCountries` (src/seed/countries.ts), not typed by hand.
 */
export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: {
    singular: { ar: 'دولة', en: 'Country' },
    plural: { ar: 'الدول', en: 'Countries' },
  },
  admin: {
    defaultColumns: ['name', 'code'],
    group: { ar: 'الكيانات', en: 'Entities' },
    useAsTitle: 'name',
  },
  custom: belongsTo(['reference', 'linkable', 'public']),
  // Read and reviewed like other reference data; only administrators write it.
  access: { ...referenceAccess, create: adminsOnly, delete: adminsOnly, update: adminsOnly },
  // Drafts: a change reaches readers once a reviewer publishes it (src/editorial/workflow.ts).
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'code',
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
      name: 'code',
      type: 'text',
      label: { ar: 'الرمز الثنائي (أيزو 3166-1)', en: 'Code (ISO 3166-1 alpha-2)' },
      required: true,
      unique: true,
      validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
        /^[A-Z]{2}$/.test(value ?? '')
          ? true
          : inCallerLanguage(req, {
              ar: 'الرمز حرفان لاتينيان كبيران وفق المعيار أيزو 3166-1، مثل EG.',
              en: 'The code is two capital letters (ISO 3166-1 alpha-2), such as EG.',
            }),
    },
    {
      name: 'alpha3',
      type: 'text',
      label: { ar: 'الرمز الثلاثي', en: 'Alpha-3 code' },
    },
    ...articleJoins('countries'),
    {
      name: 'events',
      type: 'join',
      label: { ar: 'الفعاليات', en: 'Events' },
      collection: 'events',
      on: 'location.country',
    },
    {
      name: 'delegations',
      type: 'join',
      label: { ar: 'الوفود', en: 'Delegations' },
      collection: 'delegations',
      on: 'representedCountry',
    },
    {
      name: 'agreements',
      type: 'join',
      label: { ar: 'الاتفاقيات', en: 'Agreements' },
      collection: 'agreements',
      on: 'parties.country',
    },
    {
      name: 'people',
      type: 'join',
      label: { ar: 'الأشخاص', en: 'People' },
      collection: 'people',
      on: 'country',
    },
    {
      name: 'organizations',
      type: 'join',
      label: { ar: 'الجهات', en: 'Organizations' },
      collection: 'organizations',
      on: 'country',
    },
  ],
}
