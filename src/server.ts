// Server-only helpers for a host's routes and admin layout (they load Payload's route and admin handlers,
// which the plugin itself does not). See docs/security.md, "For hosts".
export { careersGraphQLRoute } from './publicCache/careersGraphQLRoute.ts'
export { guardedGraphQLPost, publicGraphQL } from './publicCache/publicGraphQL.ts'
export { jobDescriptionsServerFunctions, schedulePublish } from './workflow/scheduleServerFunctions.ts'
// For a custom Node server in front of Next (as the project's dev/scripts/serve.ts): answer anonymous
// GraphQL GETs through the running app's public read path, fresh answers on worker threads.
export { isMutation } from './publicCache/answerKey.ts'
export { readGraphQLRequest } from './publicCache/graphQLRequest.ts'
export { isAnonymous, publicReadStarted, runningPublicRead } from './publicCache/publicRead.ts'
export { serveReadThread, startReadThreads } from './publicCache/readThreads.ts'
export type { ReadThreads } from './publicCache/readThreads.ts'
// The public careers API (docs/careers-api.md): `export const { GET, OPTIONS, POST } = careersApiRoute(config)`
// in app/(payload)/api/careers/graphql/route.ts; careersApiHandler serves it from any fetch-style server.
export { careersApiHandler, careersApiRoute } from './careersApi/route.ts'
