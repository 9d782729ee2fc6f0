// GraphQL: Payload's route behind the plugin's guard (docs/security.md, "For hosts").
// TODO(issue 14): when payload-plugin-job-descriptions/server exports its GraphQL route handler (GET of the
// persisted operations by id, the public read path, POST), use it here instead, e.g.
//   export const { GET, POST } = jobDescriptionsGraphQLRoute(config)
// Until then this route has no GET, and the careers client's persisted GETs are answered 405.
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardedGraphQLPost } from 'payload-plugin-job-descriptions/server'

export const POST = guardedGraphQLPost(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
