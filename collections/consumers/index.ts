import type { CollectionConfig, TextFieldManyValidation } from 'payload'

import { adminsOnly, nobody } from '../../src/access'
import { CONSUMERS_SLUG } from '../../src/consumers/consumer-key'
import { consumerRateLimits } from '../../src/settings/security'
import { countedInArabic, SECONDS } from '../../src/lib/arabic-count'
import { inCallerLanguage } from '../../src/lib/caller-language'
import { forgetUsage } from './hooks/forget-usage'

/** The default limit (CONSUMER_RATE_LIMIT_POINTS / _SECONDS), as the admin states it. */
const DEFAULT_LIMIT = consumerRateLimits()

const ADMINISTRATION = { ar: 'الإدارة', en: 'Administration' }

/** An origin as browsers send it: scheme, host and port, nothing else. */
const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value
  } catch {
    return false
  }
}

const originsOnly: TextFieldManyValidation = (value, { req }) => {
  const wrong = (value ?? []).find((item) => !isOrigin(item))
  return wrong === undefined
    ? true
    : inCallerLanguage(req, {
        ar: `«${wrong}» ليس أصلًا (Origin) صالحًا: اكتبه مثل https://example.org، بلا مسار ولا شرطة مائلة في آخره.`,
        en: `"${wrong}" is not a valid origin: write it like https://example.org, with no path and no trailing slash.`,
      })
}

/**
 * The websites and apps that read Jusur with a key of their own (docs/consumer-keys.md):
 * managed by admins only. A request carrying a consumer's key is checked, counted and
 * then answered exactly as an anonymous read (src/consumers/with-api-limits.ts), so a
 * key never opens anything beyond published content. The key is Payload's API key
 * (`useAPIKey`), shown, enabled and rotated in the admin's own key UI; the login
 * strategies are off: a consumer never logs in and never enters the admin.
 */
export const Consumers: CollectionConfig = {
  slug: CONSUMERS_SLUG,
  labels: {
    singular: { ar: 'مستهلك', en: 'Consumer' },
    plural: { ar: 'المستهلكون', en: 'Consumers' },
  },
  admin: {
    defaultColumns: ['name', 'owner', 'enabled', 'rateLimit', 'lastSeen'],
    description: {
      ar: 'المواقع والتطبيقات التي تقرأ المحتوى المنشور، لكل منها مفتاحه. لا يقرأ المفتاح إلا المنشور.',
      en: 'Websites and apps that read published content with a key of their own. A key reads published content only.',
    },
    group: ADMINISTRATION,
    useAsTitle: 'name',
  },
  auth: { depth: 0, disableLocalStrategy: true, useAPIKey: true },
  // Every API request with a key looks its consumer up by the key's HMAC (src/consumers/consumer-key.ts).
  indexes: [{ fields: ['apiKeyIndex'] }],
  access: {
    // Not a way into the admin, whatever Payload makes of a key on an admin page.
    admin: () => false,
    create: adminsOnly,
    delete: adminsOnly,
    read: adminsOnly,
    readVersions: adminsOnly,
    unlock: adminsOnly,
    update: adminsOnly,
  },
  hooks: { beforeDelete: [forgetUsage] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { ar: 'الاسم', en: 'Name' },
      required: true,
    },
    {
      name: 'owner',
      type: 'text',
      label: { ar: 'المالك', en: 'Owner' },
      admin: {
        description: {
          ar: 'الجهة أو الشخص المسؤول عن هذا المستهلك، وطريقة التواصل معه.',
          en: 'The organization or person responsible for this consumer, and how to reach them.',
        },
      },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      label: { ar: 'مفعّل', en: 'Enabled' },
      defaultValue: true,
      admin: {
        description: {
          ar: 'إلغاء التفعيل يوقف المفتاح فورًا على كل الخوادم.',
          en: 'Disabling stops the key at once, on every instance.',
        },
      },
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      label: { ar: 'الأصول المسموح بها', en: 'Allowed origins' },
      validate: originsOnly,
      admin: {
        description: {
          ar: 'اتركه فارغًا ليُقبل المفتاح من أي مكان، وإلا فلا يُقبل إلا من متصفح على أحد هذه الأصول (ترويسة Origin)، مثل https://example.org.',
          en: 'Empty: the key is accepted from anywhere. Otherwise only from a browser on one of these origins (the Origin header), e.g. https://example.org.',
        },
      },
    },
    {
      name: 'rateLimit',
      type: 'number',
      label: { ar: 'حد الاستهلاك', en: 'Rate limit' },
      min: 1,
      admin: {
        description: {
          ar: `النقاط المسموح بها في كل ${countedInArabic(DEFAULT_LIMIT.durationSeconds, SECONDS)} (الجواب من الذاكرة المؤقتة بنقطة واحدة، وغيره بعدد الوثائق التي يقرؤها). اتركه فارغًا للحد الافتراضي: ${DEFAULT_LIMIT.points}.`,
          en: `Points per ${DEFAULT_LIMIT.durationSeconds} seconds (an answer from the cache costs one point, any other the documents it reads). Empty: the default, ${DEFAULT_LIMIT.points}.`,
        },
      },
    },
    {
      name: 'lastSeen',
      type: 'date',
      label: { ar: 'آخر استخدام', en: 'Last seen' },
      access: { create: nobody, update: nobody },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: 'usage',
      type: 'join',
      collection: 'consumer-usage',
      on: 'consumer',
      label: { ar: 'الطلبات في اليوم', en: 'Requests per day' },
      defaultSort: '-day',
      defaultLimit: 30,
      admin: { defaultColumns: ['day', 'requests', 'lastSeen'] },
    },
  ],
}
