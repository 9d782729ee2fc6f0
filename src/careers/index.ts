// For careers sites: the typed client and what it returns. Imports nothing of Payload at run time.
export { CareersClientError, createCareersClient, postingFilters, postingsWhere } from './client.js'
export type { CareersClient, PostingFilters } from './client.js'
export { groupRequirements } from '../render/groupRequirements.js'
export { employmentTypes, workplaceTypes } from './vocabulary.js'
export type * from '../../graphql/generated/graphql.js'
