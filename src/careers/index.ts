// For careers sites: the typed client and what it returns. Imports nothing of Payload at run time.
export { CareersClientError, createCareersClient, postingFilters, postingsWhere } from './client.ts'
export type { CareersClient, PostingFilters } from './client.ts'
export { groupRequirements } from '../render/groupRequirements.ts'
export { employmentTypes, workplaceTypes } from './vocabulary.ts'
export type * from '../../graphql/generated/graphql.ts'
