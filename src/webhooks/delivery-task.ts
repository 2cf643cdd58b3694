import type { PayloadRequest, TaskConfig } from 'payload'

import type { WebhookSettings } from '../settings/webhooks'
import type { WebhookDelivery, WebhookEndpoint } from '../payload-types'
import type { DeliveryStatus } from './deliveries-collection'
import { DestinationRefused, resolveDestination } from './destination'
import { WEBHOOK_DELIVERIES_SLUG, WEBHOOK_ENDPOINTS_SLUG, WEBHOOK_TASK } from './names'
import { postTo, type AttemptResult } from './send'
import { SIGNATURE_HEADER, signatureHeader } from './signature'

/** The document, or undefined when it was deleted. */
const findOne = async <Slug extends typeof WEBHOOK_DELIVERIES_SLUG | typeof WEBHOOK_ENDPOINTS_SLUG>(
  req: PayloadRequest,
  collection: Slug,
  id: number | string,
) =>
  (
    await req.payload.find({
      collection,
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      where: { id: { equals: id } },
    })
  ).docs[0]

/** One attempt: the endpoint's current URL and secret, the stored body, signed now. */
const attempt = async (
  endpoint: WebhookEndpoint | undefined,
  delivery: WebhookDelivery,
  settings: WebhookSettings,
): Promise<AttemptResult> => {
  if (!endpoint) return { error: 'the endpoint was deleted', ok: false }
  if (!endpoint.enabled) return { error: 'the endpoint is disabled', ok: false }
  if (!endpoint.secret) return { error: 'the endpoint has no signing secret', ok: false }
  const body = JSON.stringify(delivery.body)
  try {
    const destination = await resolveDestination(endpoint.url, settings)
    return await postTo(
      destination,
      body,
      {
        'content-type': 'application/json',
        'jusur-delivery': String(delivery.id),
        'jusur-event': delivery.event,
        [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, body),
        'user-agent': 'Jusur-Webhooks/1',
      },
      settings.timeoutMs,
    )
  } catch (error) {
    if (error instanceof DestinationRefused) return { error: error.problem.en, ok: false }
    throw error
  }
}

const idOf = (value: WebhookDelivery['endpoint']) =>
  value && typeof value === 'object' ? value.id : value

/**
 * The job that sends one delivery (queued by ./queue-deliveries.ts or the
 * resend endpoint). Each attempt is written to the delivery at once (the
 * runner gives the handler no transaction), then a failed one throws, so that
 * Payload's job runner tries again after an exponential backoff:
 * `retryDelayMs`, twice that, four times... for `retries` more attempts. The
 * last failure leaves the delivery `failed`; an admin can send it again.
 */
export const webhookDeliveryTask = (
  settings: WebhookSettings,
): TaskConfig<{ input: { delivery: string }; output: { status: string } }> => ({
  slug: WEBHOOK_TASK as never,
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: {
    attempts: settings.retries,
    backoff: { type: 'exponential', delay: settings.retryDelayMs },
  },
  handler: async ({ input, job, req }) => {
    const delivery = (await findOne(req, WEBHOOK_DELIVERIES_SLUG, input.delivery)) as
      undefined | WebhookDelivery
    // Cleared from the log since it was queued: nothing left to send.
    if (!delivery) return { output: { status: 'gone' } }
    const endpointID = idOf(delivery.endpoint)
    const endpoint = endpointID
      ? ((await findOne(req, WEBHOOK_ENDPOINTS_SLUG, endpointID)) as undefined | WebhookEndpoint)
      : undefined
    const result = await attempt(endpoint, delivery, settings)
    const delivered = result.ok
    const lastTry = (job.totalTried ?? 0) >= settings.retries
    const status: DeliveryStatus = delivered ? 'delivered' : lastTry ? 'failed' : 'pending'
    const now = new Date().toISOString()
    await req.payload.update({
      collection: WEBHOOK_DELIVERIES_SLUG,
      data: {
        attempts: (delivery.attempts ?? 0) + 1,
        lastAttemptAt: now,
        lastError: result.error ?? null,
        lastStatus: result.status ?? null,
        status,
        ...(delivered && { deliveredAt: now }),
      },
      depth: 0,
      id: delivery.id,
      req,
    })
    if (!delivered)
      throw new Error(
        `webhook delivery ${delivery.id} failed: ${result.status ?? ''} ${result.error ?? ''}`.trim(),
      )
    return { output: { status } }
  },
})
