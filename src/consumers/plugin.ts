import type { Config, Plugin } from 'payload'

import { CONSUMERS_SLUG } from './consumer-key'

/**
 * Payload makes a user of whoever sends an API key of a `useAPIKey` collection,
 * on every path it serves (REST, GraphQL, the admin's pages and server
 * functions). A consumer is not a user: its key is verified, counted and then
 * removed by the API's first layer (src/api/fair-limits.ts), and the request
 * answered as an anonymous one. So once Payload has made its strategies, the
 * consumers' is taken out: on a path that layer does not cover, a key is no
 * credential at all. The key UI (enable, rotate) is Payload's still.
 */
export const consumersPlugin: Plugin = (config: Config): Config => ({
  ...config,
  onInit: async (payload) => {
    payload.authStrategies = payload.authStrategies.filter(
      (strategy) => strategy.name !== `${CONSUMERS_SLUG}-api-key`,
    )
    await config.onInit?.(payload)
  },
})
