import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from '../../../../api/request-guard'
import { withReadCache } from '../../../../read-cache/with-read-cache'

// GraphQL requests pass the bad-input gate (src/api/request-guard.ts) before Payload;
// anonymous queries may be answered by the published-read cache (src/read-cache) first.
export const POST = withReadCache(config, guardGraphQL(config, GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
