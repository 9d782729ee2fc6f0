// GraphQL: the route the plugin exports for hosts (see careersGraphQLRoute): GET and POST, anonymous queries
// answered by the public read path, unless GRAPHQL_ROUTE=payload asks for Payload's own route alone. Either
// way, what reaches Payload's route has passed guardedGraphQLPost.
import config from '@payload-config'
import { careersGraphQLRoute } from 'payload-plugin-job-descriptions/server'

import { parseEnv } from '../../../../env.ts'

export const { GET, OPTIONS, POST } = careersGraphQLRoute(config, { publicReads: parseEnv().GRAPHQL_ROUTE === 'public' })
