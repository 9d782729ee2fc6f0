export { candidateFaqsOrSignedIn } from './access/candidateFaqsOrSignedIn.ts'
export { isAdmin } from './access/isAdmin.ts'
export { isEditor } from './access/isEditor.ts'
export type { RoleModel } from './access/roleModel.ts'
export { isSignedIn } from './access/isSignedIn.ts'
export { isPublished, publishedOrSignedIn } from './access/publishedOrSignedIn.ts'
export { hasRole, roles } from './access/roles.ts'
export type { Role } from './access/roles.ts'
export { defaultSlugs, jobDescriptionsPlugin } from './plugin.ts'
export type {
  CollectionOverride,
  JobDescriptionsAccess,
  JobDescriptionsJobs,
  JobDescriptionsPluginOptions,
  JobDescriptionsSlugOptions,
  JobDescriptionsSlugs,
} from './types.ts'
export * from './careers/index.ts'
export { isHR } from './access/isHR.ts'
export { stages } from './workflow/stages.ts'
export type { Action as WorkflowAction, Stage } from './workflow/stages.ts'
export { transition } from './workflow/transition.ts'
export { settleNotifications } from './workflow/notify.ts'
export { verifyWebhookSignature } from './workflow/webhookSignature.ts'
export type { WorkflowNotifications } from './types.ts'
export { withRequestBodyCheck } from './requestBody/withRequestBodyCheck.ts'
// Seeding: the templates for hosts (seedJobDescriptionTemplates), and what the project's app seeds.
export { isContentEmpty, seedJobDescriptions, seedJobDescriptionTemplates } from '../seed/index.ts'
export type { SeedOptions, SeedReport } from '../seed/index.ts'
// The public careers API's schema (printed as graphql/careers.graphql) and its read model.
export { careersSchema } from './careersApi/schema.ts'
export { careersTypeDefs } from './careersApi/typeDefs.ts'
export { buildCareersReadModelIfEmpty, rebuildCareersReadModel } from './readModel/rebuildCareersReadModel.ts'
