import { createCareersClient } from '../../../careers'

/**
 * The careers pages read the app's public GraphQL API over HTTP with the typed client, exactly as a
 * separate careers site would; CAREERS_GRAPHQL_URL points them elsewhere.
 */
export const careers = createCareersClient({
  endpoint: process.env.CAREERS_GRAPHQL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/graphql`,
})

export const organizationName = process.env.ORGANIZATION_NAME ?? 'Acme Robotics'
