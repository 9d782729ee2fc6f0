// GraphQL: GET and POST, anonymous query answers served from the public cache (src/publicCache).
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { publicGraphQL } from '../../../../publicCache/publicGraphQL'

export const { GET, POST } = publicGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
