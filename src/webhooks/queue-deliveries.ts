import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import {
  cursorAfter,
  publicChangeOf,
  type PublicChange,
  type PublicChangeEntry,
} from '@jusur/editorial-workflow'

import type { WebhookEndpoint } from '../payload-types'
import {
  WEBHOOK_DELIVERIES_SLUG,
  WEBHOOK_ENDPOINTS_SLUG,
  WEBHOOK_QUEUE,
  WEBHOOK_TASK,
} from './names'

/** What a webhook's body says: the change as the feed lists it, and the feed's cursor just after it. */
export type WebhookBody = { change: PublicChange; cursor: string; event: string }

const wants = (endpoint: WebhookEndpoint, entry: PublicChangeEntry) =>
  (!endpoint.kinds?.length || endpoint.kinds.includes(entry.kind)) &&
  (!endpoint.collections?.length || (endpoint.collections as string[]).includes(entry.collection))

/** Queues one delivery attempt, inside the request's transaction. */
export const queueDelivery = (req: PayloadRequest, delivery: number | string) =>
  req.payload.jobs.queue({
    input: { delivery: String(delivery) } as never,
    queue: WEBHOOK_QUEUE,
    req,
    task: WEBHOOK_TASK as never,
  })

/**
 * After an entry of the feed of public changes is written: a delivery for
 * each enabled endpoint that wants it, and its job, in the same transaction
 * as the entry and the change itself. A change that rolls back leaves
 * neither; one that commits has its deliveries queued, which the job runner
 * sends until they succeed or run out of attempts (at least once).
 */
export const queueDeliveries: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const entry = doc as PublicChangeEntry & { id: number | string }
  const { docs: endpoints } = await req.payload.find({
    collection: WEBHOOK_ENDPOINTS_SLUG,
    depth: 0,
    pagination: false,
    req,
    where: { enabled: { equals: true } },
  })
  const body: WebhookBody = {
    change: publicChangeOf(entry),
    cursor: cursorAfter(entry.id),
    event: entry.kind,
  }
  for (const endpoint of endpoints) {
    if (!wants(endpoint, entry)) continue
    const delivery = await req.payload.create({
      collection: WEBHOOK_DELIVERIES_SLUG,
      data: {
        body,
        change: String(entry.id),
        collection: entry.collection,
        document: entry.document,
        endpoint: endpoint.id,
        event: entry.kind,
        status: 'pending',
      },
      depth: 0,
      req,
    })
    await queueDelivery(req, delivery.id)
  }
  return doc
}
