// GraphQL: GET and POST, anonymous queries answered by the public read path (src/publicCache), unless
// GRAPHQL_ROUTE=payload asks for Payload's own route. Either way, what reaches Payload's route has passed
// guardedGraphQLPost (a bounded body, no fragment cycle, a bounded depth).
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { parseEnv } from '../../../../env.ts'
import { guardedGraphQLPost, publicGraphQL } from 'payload-plugin-job-descriptions/server'

const payloadRoute = { GET: () => Promise.resolve(new Response(null, { status: 405 })), POST: guardedGraphQLPost(config, GRAPHQL_POST(config)) }

export const { GET, POST } = parseEnv().GRAPHQL_ROUTE === 'payload' ? payloadRoute : publicGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
