/** The names webhooks go by: their collections, and the job queue and task that send them. */
export const WEBHOOK_ENDPOINTS_SLUG = 'webhook-endpoints'
export const WEBHOOK_DELIVERIES_SLUG = 'webhook-deliveries'
export const WEBHOOK_QUEUE = 'webhooks'
export const WEBHOOK_TASK = 'jusurWebhookDelivery'
