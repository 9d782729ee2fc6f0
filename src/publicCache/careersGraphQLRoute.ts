import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardedGraphQLPost, publicGraphQL } from './publicGraphQL.ts'

/** What a route without GET answers a GET, as Next does for a route file that exports none. */
const getNotAllowed = () => Promise.resolve(new Response(null, { headers: { allow: 'OPTIONS, POST' }, status: 405 }))

/**
 * The whole GraphQL route (`app/(payload)/api/graphql/route.ts`), for a host to mount in place of Payload's:
 * `export const { GET, OPTIONS, POST } = careersGraphQLRoute(config)`. GET (`query`, or `id` for a persisted
 * operation of graphql/operations/) and POST, anonymous queries answered by publicGraphQL (the public cache,
 * ETag / 304); everything else goes to Payload's own POST (GRAPHQL_POST) through guardedGraphQLPost; OPTIONS
 * is Payload's (CORS preflight). `publicReads: false` keeps only Payload's route, still guarded: POST, and
 * GET answered 405, as a host that mounts Payload's route alone (for benchmarks, or to rule the public read
 * path out when chasing a problem).
 */
export const careersGraphQLRoute = (config: Promise<SanitizedConfig>, { publicReads = true }: { publicReads?: boolean } = {}) => {
  const payloadPost = GRAPHQL_POST(config)
  const { GET, POST } = publicReads ? publicGraphQL(config, payloadPost) : { GET: getNotAllowed, POST: guardedGraphQLPost(config, payloadPost) }
  return { GET, OPTIONS: REST_OPTIONS(config), POST }
}
