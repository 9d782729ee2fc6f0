// Server-only helpers for a host's routes and admin layout (they load Payload's route and admin handlers,
// which the plugin itself does not). See docs/security.md, "For hosts".
export { careersGraphQLRoute } from './publicCache/careersGraphQLRoute.js'
export { guardedGraphQLPost } from './publicCache/publicGraphQL.js'
export { jobDescriptionsServerFunctions, schedulePublish } from './workflow/scheduleServerFunctions.js'
