import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from '../../../../api/request-guard'

// GraphQL requests pass the bad-input gate (src/api/request-guard.ts) before Payload.
export const POST = guardGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
