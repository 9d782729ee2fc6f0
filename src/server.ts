// Server-only helpers for a host's routes and admin layout (they load Payload's route and admin handlers,
// which the plugin itself does not). See docs/security.md, "For hosts".
export { careersGraphQLRoute } from './publicCache/careersGraphQLRoute.ts'
export { guardedGraphQLPost, publicGraphQL } from './publicCache/publicGraphQL.ts'
export { jobDescriptionsServerFunctions, schedulePublish } from './workflow/scheduleServerFunctions.ts'
// The public careers API (docs/careers-api.md): `export const { GET, OPTIONS, POST } = careersApiRoute(config)`
// in app/(payload)/api/careers/graphql/route.ts; careersApiHandler serves it from any fetch-style server,
// careersApiListener from node:http (a careers server of its own, without Next).
export { careersApiListener } from './careersApi/nodeListener.ts'
export { careersApiHandler, careersApiRoute } from './careersApi/route.ts'
