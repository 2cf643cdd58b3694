import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withReadBudget } from '../cost/read-budget'
import { withFairLimits } from './fair-limits'
import { withReadCache } from '../read-cache/with-read-cache'
import { withPersistedQueries } from './persisted-queries'
import { persistedQueryStore, type PersistedQueryStore } from './persisted-query-store'
import { guardGraphQL, guardRest } from './request-guard'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * Jusur's API route handlers, as Next.js mounts them under /api (and as the
 * tests and the benchmark call them): every request is first told apart (a
 * consumer key, verified and then answered as an anonymous request; staff;
 * anyone) and held to its fair limit (./fair-limits.ts), then passes the bad-input gate
 * (./request-guard.ts) before Payload; anonymous reads may be answered by the
 * published-read cache (src/read-cache) first, and what it does not answer is
 * read within a budget (src/cost/read-budget.ts). Each call makes its own cache,
 * as each app instance has.
 */
export const restHandlers = (config: Config) => ({
  DELETE: withFairLimits(config, guardRest(config, REST_DELETE(config))),
  GET: withFairLimits(
    config,
    withReadCache(config, withReadBudget(config, guardRest(config, REST_GET(config)))),
  ),
  PATCH: withFairLimits(config, guardRest(config, REST_PATCH(config))),
  // POST too: the admin (and anyone) may read with POST and a method override.
  POST: withFairLimits(config, withReadBudget(config, guardRest(config, REST_POST(config)))),
  PUT: withFairLimits(config, guardRest(config, REST_PUT(config))),
})

/**
 * The GraphQL handler, for GET and POST (Payload's handler answers both; a mutation over GET
 * is refused by the guard): persisted queries (./persisted-queries.ts) first, so that every
 * layer behind sees the query itself. `cache: false` leaves the read cache out (the
 * benchmark's uncached runs); `persistedQueries` is the instance's store of queries.
 */
export const graphqlHandler = (
  config: Config,
  {
    cache = true,
    persistedQueries = persistedQueryStore(),
  }: { cache?: boolean; persistedQueries?: PersistedQueryStore } = {},
) => {
  const guarded = withReadBudget(config, guardGraphQL(config, GRAPHQL_POST(config)))
  return withFairLimits(
    config,
    withPersistedQueries(
      config,
      cache ? withReadCache(config, guarded) : guarded,
      persistedQueries,
    ),
  )
}
