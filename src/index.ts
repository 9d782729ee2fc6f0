export { candidateFaqsOrSignedIn } from './access/candidateFaqsOrSignedIn.js'
export { isAdmin } from './access/isAdmin.js'
export { isEditor } from './access/isEditor.js'
export type { RoleModel } from './access/roleModel.js'
export { isSignedIn } from './access/isSignedIn.js'
export { isPublished, publishedOrSignedIn } from './access/publishedOrSignedIn.js'
export { hasRole, roles } from './access/roles.js'
export type { Role } from './access/roles.js'
export { defaultSlugs, jobDescriptionsPlugin } from './plugin.js'
export type {
  CollectionOverride,
  JobDescriptionsAccess,
  JobDescriptionsJobs,
  JobDescriptionsPluginOptions,
  JobDescriptionsSlugOptions,
  JobDescriptionsSlugs,
} from './types.js'
export * from './careers/index.js'
export { isHR } from './access/isHR.js'
export { stages } from './workflow/stages.js'
export type { Action as WorkflowAction, Stage } from './workflow/stages.js'
export { transition } from './workflow/transition.js'
export { settleNotifications } from './workflow/notify.js'
export { verifyWebhookSignature } from './workflow/webhookSignature.js'
export type { WorkflowNotifications } from './types.js'
export { withRequestBodyCheck } from './requestBody/withRequestBodyCheck.js'
