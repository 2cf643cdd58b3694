import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access'
import { ADMINISTRATION_GROUP } from '../config/collection-groups'
import { changeKindOptions } from './endpoints-collection'
import { WEBHOOK_DELIVERIES_SLUG, WEBHOOK_ENDPOINTS_SLUG } from './names'
import { resendEndpoint } from './resend-endpoint'

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

const STATUS_LABELS: Record<DeliveryStatus, { ar: string; en: string }> = {
  delivered: { ar: 'سُلّم', en: 'Delivered' },
  failed: { ar: 'تعذّر تسليمه', en: 'Failed' },
  pending: { ar: 'قيد الإرسال', en: 'Pending' },
}

/**
 * `webhook-deliveries`: the log, one row per change and endpoint, written by
 * the system alone (./queue-deliveries.ts, ./delivery-task.ts); admins read
 * it, send a delivery again (./resend-endpoint.ts, the button of
 * ./admin/resend-button.tsx) and may clear old rows.
 */
export const webhookDeliveriesCollection: CollectionConfig = {
  slug: WEBHOOK_DELIVERIES_SLUG,
  labels: {
    plural: { ar: 'الإشعارات المرسلة', en: 'Webhook deliveries' },
    singular: { ar: 'إشعار مرسل', en: 'Webhook delivery' },
  },
  access: {
    create: () => false,
    delete: adminsOnly,
    read: adminsOnly,
    update: () => false,
  },
  admin: {
    defaultColumns: ['id', 'event', 'collection', 'document', 'endpoint', 'status', 'attempts'],
    group: ADMINISTRATION_GROUP,
  },
  defaultSort: '-createdAt',
  endpoints: [resendEndpoint],
  fields: [
    {
      name: 'resend',
      type: 'ui',
      admin: {
        components: { Field: '/src/webhooks/admin/resend-button#ResendButton' },
        position: 'sidebar',
      },
      label: { ar: 'إرسال مجددًا', en: 'Send again' },
    },
    {
      name: 'endpoint',
      type: 'relationship',
      index: true,
      label: { ar: 'نقطة الاستقبال', en: 'Endpoint' },
      relationTo: WEBHOOK_ENDPOINTS_SLUG as never,
    },
    {
      name: 'event',
      type: 'select',
      label: { ar: 'نوع التغيير', en: 'Kind of change' },
      options: changeKindOptions,
      required: true,
    },
    { name: 'collection', type: 'text', label: { ar: 'المجموعة', en: 'Collection' } },
    { name: 'document', type: 'text', label: { ar: 'الوثيقة', en: 'Document' } },
    {
      name: 'change',
      type: 'text',
      admin: {
        description: {
          ar: 'رقم التغيير في سجل التغييرات العامة.',
          en: 'The change’s id in the feed of public changes.',
        },
      },
      label: { ar: 'التغيير', en: 'Change' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      label: { ar: 'الحالة', en: 'Status' },
      options: DELIVERY_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
      required: true,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { ar: 'عدد المحاولات', en: 'Attempts' },
    },
    {
      name: 'lastStatus',
      type: 'number',
      label: { ar: 'آخر رمز استجابة', en: 'Last response status' },
    },
    { name: 'lastError', type: 'textarea', label: { ar: 'آخر خطأ', en: 'Last error' } },
    {
      name: 'lastAttemptAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { ar: 'آخر محاولة', en: 'Last attempt' },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { ar: 'سُلّم في', en: 'Delivered at' },
    },
    {
      name: 'body',
      type: 'json',
      label: { ar: 'المحتوى المرسل', en: 'Body sent' },
      required: true,
    },
  ],
}
