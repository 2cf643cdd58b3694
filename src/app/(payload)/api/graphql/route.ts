import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlHandler } from '../../../../api/route-handlers'

export const POST = graphqlHandler(config)
export const OPTIONS = REST_OPTIONS(config)
