import type { CollectionConfig, FieldHook, Option, TextFieldSingleValidation } from 'payload'

import { CHANGE_KINDS, translate, type WorkflowTextKey } from '@jusur/editorial-workflow'

import { adminsOnly } from '../access'
import { ADMINISTRATION_GROUP } from '../config/collection-groups'
import { inCallerLanguage } from '../lib/caller-language'
import { webhookSettings } from '../settings/webhooks'
import { urlProblem } from './destination'
import { WEBHOOK_ENDPOINTS_SLUG } from './names'
import { newSigningSecret } from './signature'

/** The kinds of change, named as the feed's admin names them. */
export const changeKindOptions: Option[] = CHANGE_KINDS.map((kind) => ({
  label: ({ i18n }) => translate(i18n, `changes:kind_${kind}` as WorkflowTextKey),
  value: kind,
}))

/**
 * The signing secret: made when the endpoint is created and when an admin
 * asks for a new one (`rotateSecret`); whatever a request sends for it is
 * ignored.
 */
const keepOrMakeSecret: FieldHook = ({ operation, originalDoc, siblingData }) =>
  operation === 'create' || siblingData.rotateSecret === true || !originalDoc?.secret
    ? newSigningSecret()
    : originalDoc.secret

/**
 * `webhook-endpoints`: where Jusur POSTs every public change (docs/webhooks.md),
 * admins only. `collections` are those whose changes are sent (the feed's:
 * reports and reference data), as `collectionOptions` names them.
 */
export const webhookEndpointsCollection = (collectionOptions: Option[]): CollectionConfig => ({
  slug: WEBHOOK_ENDPOINTS_SLUG,
  labels: {
    plural: { ar: 'نقاط استقبال الإشعارات', en: 'Webhook endpoints' },
    singular: { ar: 'نقطة استقبال إشعارات', en: 'Webhook endpoint' },
  },
  access: {
    create: adminsOnly,
    delete: adminsOnly,
    read: adminsOnly,
    update: adminsOnly,
  },
  admin: {
    defaultColumns: ['url', 'enabled', 'kinds', 'collections', 'description'],
    description: {
      ar: 'تتلقى كل نقطة طلب POST موقّعًا عند كل تغيير يراه القراء (نشر، تحديث، تصحيح، سحب من السجل، سحب من النشر، حذف).',
      en: 'Each endpoint receives a signed POST for every change readers see (published, updated, corrected, retracted, unpublished, deleted).',
    },
    group: ADMINISTRATION_GROUP,
    useAsTitle: 'url',
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      label: { ar: 'الرابط', en: 'URL' },
      admin: {
        description: {
          ar: 'رابط يبدأ بـ http:// أو https:// على أحد المضيفين في WEBHOOK_ALLOWED_HOSTS.',
          en: 'http:// or https:// on a host of WEBHOOK_ALLOWED_HOSTS.',
        },
      },
      maxLength: 2000,
      required: true,
      validate: ((value, { req }) => {
        if (!value)
          return inCallerLanguage(req, { ar: 'الرابط مطلوب.', en: 'The URL is required.' })
        const problem = urlProblem(value, webhookSettings())
        return problem ? inCallerLanguage(req, problem) : true
      }) satisfies TextFieldSingleValidation,
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: { ar: 'مفعّلة', en: 'Enabled' },
    },
    {
      name: 'description',
      type: 'textarea',
      label: { ar: 'الوصف', en: 'Description' },
      maxLength: 1000,
    },
    {
      name: 'kinds',
      type: 'select',
      admin: {
        description: { ar: 'اتركه فارغًا لتشمل كل الأنواع.', en: 'Empty: every kind.' },
      },
      hasMany: true,
      label: { ar: 'أنواع التغيير', en: 'Kinds of change' },
      options: changeKindOptions,
    },
    {
      name: 'collections',
      type: 'select',
      admin: {
        description: { ar: 'اتركه فارغًا لتشمل كل المجموعات.', en: 'Empty: every collection.' },
      },
      hasMany: true,
      label: { ar: 'المجموعات', en: 'Collections' },
      options: collectionOptions,
    },
    {
      name: 'secret',
      type: 'text',
      admin: {
        description: {
          ar: 'يُوقَّع به كل طلب (ترويسة Jusur-Signature)، ويُنشأ تلقائيًا. انسخه إلى الجهة المستقبِلة.',
          en: 'Signs every request (the Jusur-Signature header); generated. Copy it to the receiver.',
        },
        readOnly: true,
      },
      hooks: { beforeChange: [keepOrMakeSecret] },
      label: { ar: 'سر التوقيع', en: 'Signing secret' },
    },
    {
      name: 'rotateSecret',
      type: 'checkbox',
      admin: {
        description: {
          ar: 'يُنشأ سر جديد عند الحفظ، ويتوقف السر القديم فورًا.',
          en: 'A new secret is made on save; the old one stops at once.',
        },
      },
      label: { ar: 'إنشاء سر جديد', en: 'Generate a new secret' },
      virtual: true,
    },
  ],
})
