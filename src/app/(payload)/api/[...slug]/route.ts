import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardRest } from '../../../../api/request-guard'
import { withReadCache } from '../../../../read-cache/with-read-cache'

// Every REST request passes the bad-input gate (src/api/request-guard.ts) before Payload;
// anonymous reads may be answered by the published-read cache (src/read-cache) first.
export const GET = withReadCache(config, guardRest(config, REST_GET(config)))
export const POST = guardRest(config, REST_POST(config))
export const DELETE = guardRest(config, REST_DELETE(config))
export const PATCH = guardRest(config, REST_PATCH(config))
export const PUT = guardRest(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
