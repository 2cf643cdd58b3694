import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../../src/access'
import { CONSUMER_USAGE_SLUG, CONSUMERS_SLUG } from '../../src/consumers/consumer-key'

/**
 * One row per consumer and day (UTC): the requests made with its key, and when
 * it was last seen. Written only by the usage meter (src/consumers/usage-meter.ts),
 * which adds its counts every few seconds (`requests = requests + n`), never
 * through the API; admins read it on the consumer's page.
 */
export const ConsumerUsage: CollectionConfig = {
  slug: CONSUMER_USAGE_SLUG,
  labels: {
    singular: { ar: 'استخدام يومي', en: 'Daily usage' },
    plural: { ar: 'استخدام المستهلكين', en: 'Consumer usage' },
  },
  admin: {
    defaultColumns: ['consumer', 'day', 'requests', 'lastSeen'],
    group: { ar: 'الإدارة', en: 'Administration' },
    useAsTitle: 'day',
  },
  // The meter's upsert needs one row per consumer and day.
  indexes: [{ fields: ['consumer', 'day'], unique: true }],
  access: {
    create: () => false,
    delete: () => false,
    read: adminsOnly,
    update: () => false,
  },
  fields: [
    {
      name: 'consumer',
      type: 'relationship',
      relationTo: CONSUMERS_SLUG,
      label: { ar: 'المستهلك', en: 'Consumer' },
      required: true,
    },
    {
      name: 'day',
      type: 'text',
      label: { ar: 'اليوم', en: 'Day' },
      required: true,
      admin: { description: { ar: 'بالتوقيت العالمي المنسق (UTC).', en: 'In UTC.' } },
    },
    {
      name: 'requests',
      type: 'number',
      label: { ar: 'الطلبات', en: 'Requests' },
      required: true,
      defaultValue: 0,
    },
    {
      name: 'lastSeen',
      type: 'date',
      label: { ar: 'آخر استخدام', en: 'Last seen' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
