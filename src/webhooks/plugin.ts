import type { Config, Plugin } from 'payload'

import { PUBLIC_CHANGES_SLUG } from '@jusur/editorial-workflow'

import { webhookSettings } from '../settings/webhooks'
import { webhookDeliveriesCollection } from './deliveries-collection'
import { webhookDeliveryTask } from './delivery-task'
import { webhookEndpointsCollection } from './endpoints-collection'
import { WEBHOOK_QUEUE } from './names'
import { queueDeliveries } from './queue-deliveries'

/**
 * Signed webhooks for every public change (docs/webhooks.md). Driven by the
 * workflow's feed of public changes, so it comes after the workflow plugin:
 * an `afterChange` hook on `public-changes` queues the deliveries in the
 * change's transaction; the collections of endpoints and of the delivery log;
 * the task that sends them on its own queue, run every few seconds by each
 * instance (beside the workflow's scheduler; in tests, which run jobs
 * themselves, not at all). `collections` are those whose changes the feed
 * lists: an endpoint may pick among them.
 */
export const webhooksPlugin =
  (collections: readonly string[]): Plugin =>
  (config: Config): Config => {
    const settings = webhookSettings()
    const all = config.collections ?? []
    if (!all.some((collection) => collection.slug === PUBLIC_CHANGES_SLUG))
      throw new Error('webhooksPlugin: apply it after the editorial workflow (public-changes).')
    const collectionOptions = collections.map((slug) => ({
      label: all.find((collection) => collection.slug === slug)?.labels?.plural ?? slug,
      value: slug,
    }))
    const previousAutoRun = config.jobs?.autoRun
    return {
      ...config,
      collections: [
        ...all.map((collection) =>
          collection.slug === PUBLIC_CHANGES_SLUG
            ? {
                ...collection,
                hooks: {
                  ...collection.hooks,
                  afterChange: [...(collection.hooks?.afterChange ?? []), queueDeliveries],
                },
              }
            : collection,
        ),
        webhookEndpointsCollection(collectionOptions),
        webhookDeliveriesCollection,
      ],
      jobs: {
        ...config.jobs,
        autoRun: async (payload) => {
          const previous =
            typeof previousAutoRun === 'function'
              ? await previousAutoRun(payload)
              : (previousAutoRun ?? [])
          const own =
            process.env.NODE_ENV === 'test' ? [] : [{ cron: settings.cron, queue: WEBHOOK_QUEUE }]
          return [...previous, ...own]
        },
        tasks: [...(config.jobs?.tasks ?? []), webhookDeliveryTask(settings)],
      },
    }
  }
