import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlHandler } from '../../../../api/route-handlers'

// One handler, one read cache: queries over GET (which CDNs can keep) and POST.
const graphql = graphqlHandler(config)

export const GET = graphql
export const POST = graphql
export const OPTIONS = REST_OPTIONS(config)
