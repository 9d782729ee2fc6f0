// For careers sites: the typed client of the careers API (/api/careers/graphql) and the types codegen made
// from its schema and operations. Imports nothing of Payload: packages/careers-client publishes this entry.
export { createCareersClient } from './client.ts'
export type { CareersClient, FaqPage, JobPostingFacetMenus, JobPostingPage, PostingOptions } from './client.ts'
export { CareersClientError } from './clientError.ts'
export type { CareersGraphQLError } from './clientError.ts'
export type * from '../../graphql/generated/careers/graphql.ts'
