import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { restHandlers } from '../../../../api/route-handlers'

export const { DELETE, GET, PATCH, POST, PUT } = restHandlers(config)
export const OPTIONS = REST_OPTIONS(config)
