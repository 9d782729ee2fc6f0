// For careers sites: the typed client and what it returns. Imports nothing of Payload at run time.
export { CareersClientError, createCareersClient, postingFilters, postingsWhere } from './client'
export type { CareersClient, PostingFilters } from './client'
export { groupRequirements } from '../render/groupRequirements'
export { employmentTypes, workplaceTypes } from './vocabulary'
export type * from '../../graphql/generated/graphql'
