// GraphQL: the route the plugin exports for hosts (see careersGraphQLRoute): GET and POST, anonymous queries
// answered by the public read path, unless GRAPHQL_ROUTE=payload asks for Payload's own route alone. Either
// way, what reaches Payload's route has passed guardedGraphQLPost.
import config from '@payload-config'

import { parseEnv } from '../../../../env.js'
import { careersGraphQLRoute } from '../../../../server.js'

export const { GET, OPTIONS, POST } = careersGraphQLRoute(config, { publicReads: parseEnv().GRAPHQL_ROUTE === 'public' })
