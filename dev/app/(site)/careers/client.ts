import { createCareersClient } from 'payload-plugin-job-descriptions/careers'
import { parseEnv } from '../../../env.ts'

const env = parseEnv()

/**
 * The careers pages read the public careers API over HTTP with the typed client, exactly as a separate
 * careers site would; CAREERS_GRAPHQL_URL points them elsewhere.
 */
export const careers = createCareersClient({
  endpoint: env.CAREERS_GRAPHQL_URL ?? `http://127.0.0.1:${env.PORT}/api/careers/graphql`,
})

export const organizationName = env.ORGANIZATION_NAME

/**
 * This site's own page of a posting, sent as `jsonLd(siteUrl)`: the JSON-LD names the page it is on, which
 * is where a search engine sends candidates. SERVER_URL is the app's public origin.
 */
export const postingPageUrl = `${(env.SERVER_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')}/careers/{slug}`
