/**
 * Seeding for hosts and for the project's app: the two backend-developer templates (every sentence of
 * `../shared/seed-documents/`), optionally the example postings and the README's demo accounts. Idempotent:
 * an item whose text already exists is reused, a job description whose slug exists is kept.
 */
import type { Payload } from 'payload'

import type { JobDescriptionsSlugs } from '../src/types.ts'
import { seed } from './data.ts'
import { runSeed } from './seeder.ts'
import type { SeedReport } from './seeder.ts'

export { isContentEmpty } from './seeder.ts'
export type { SeedReport } from './seeder.ts'

export type SeedOptions = {
  /** The demo accounts with the README's passwords (editor, HR, admin). Never in production. Default false. */
  demoUsers?: boolean
  /** The two example postings as well as the templates. Default false. */
  examplePostings?: boolean
  /** The plugin's slugs, when the host renamed any (`jobDescriptionsPlugin({ slugs })`). */
  slugs?: Partial<JobDescriptionsSlugs>
}

/** Seeds templates, and what `options` adds; the project's app runs it from `npm run seed`. */
export const seedJobDescriptions = (payload: Payload, options: SeedOptions = {}): Promise<SeedReport> =>
  runSeed(payload, seed, {
    demoUsers: options.demoUsers ?? false,
    development: options.examplePostings ?? false,
    slugs: options.slugs,
  })

/** For hosts: the two backend-developer templates, published, with their reusable items. */
export const seedJobDescriptionTemplates = (payload: Payload, options: Pick<SeedOptions, 'slugs'> = {}): Promise<SeedReport> =>
  seedJobDescriptions(payload, { slugs: options.slugs })
