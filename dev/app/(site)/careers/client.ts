import { createCareersClient } from 'payload-plugin-job-descriptions/careers'
import { parseEnv } from '../../../env.ts'

const env = parseEnv()

/**
 * The careers pages read the app's public GraphQL API over HTTP with the typed client, exactly as a
 * separate careers site would; CAREERS_GRAPHQL_URL points them elsewhere.
 */
export const careers = createCareersClient({
  endpoint: env.CAREERS_GRAPHQL_URL ?? `http://127.0.0.1:${env.PORT}/api/graphql`,
})

export const organizationName = env.ORGANIZATION_NAME
