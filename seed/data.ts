import { backEndDeveloperRemote } from './postings/back-end-developer-remote.ts'
import { backendDeveloperBerlin } from './postings/backend-developer-berlin.ts'
import { seedData } from './schema.ts'
import { backEndDeveloper } from './templates/back-end-developer.ts'
import { backendDeveloper } from './templates/backend-developer.ts'

/** Validated when loaded: a malformed seed fails here, naming the path, before anything is written. */
export const seed = seedData.parse({
  // Development-only accounts, one per role; never created when NODE_ENV=production.
  demoUsers: [
    { email: 'admin@example.com', name: 'Ada Admin', password: 'demo-admin-password', roles: ['admin'] },
    { email: 'editor@example.com', name: 'Eddie Editor', password: 'demo-editor-password', roles: ['editor'] },
    { email: 'hr@example.com', name: 'Harper HR', password: 'demo-hr-password', roles: ['hr'] },
  ],
  // Development-only example postings, so that a first start shows a careers page with jobs on it.
  examplePostings: [backendDeveloperBerlin, backEndDeveloperRemote],
  templates: [backendDeveloper, backEndDeveloper],
})
