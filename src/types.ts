import type { CollectionSlug, RichTextField } from 'payload'

import type { PublicCacheOptions } from './publicCache/publicCache.ts'

/** The slugs of the collections the plugin adds; each can be renamed to fit a host project. */
export type JobDescriptionsSlugs = {
  /** The audit trail of the review workflow. */
  approvals: CollectionSlug
  faqs: CollectionSlug
  jobDescriptions: CollectionSlug
  requirements: CollectionSlug
  responsibilities: CollectionSlug
  users: CollectionSlug
}

/** The employer named in every posting's JobPosting data (schema.org Organization). */
export type HiringOrganization = {
  logo?: string
  name: string
  /** The organization's own website. */
  sameAs?: string
}

/** Who hears about review moves beyond the emails Payload's email adapter sends. */
export type WorkflowNotifications = {
  /** Where links in emails point (the admin's origin); defaults to Payload's `serverURL`. */
  serverURL?: string
  /** POSTed a JSON record of every submit, approve, request-changes and publish, signed with HMAC-SHA256. */
  webhook?: { secret: string; url: string }
}

export type JobDescriptionsPluginOptions = {
  /**
   * Rich-text editor for summary, overview, FAQ answers and notes. Defaults to Lexical with its default
   * features; the careers renderings read Lexical JSON, so a replacement must be a Lexical editor too.
   */
  editor?: RichTextField['editor']
  /**
   * `false` keeps the collections (so the database schema and migrations stay the same) but hides them
   * from the admin and closes them to every API caller that does not override access.
   */
  enabled?: boolean
  /** Required for `jobPostingJsonLd`; without it that field is null. */
  hiringOrganization?: HiringOrganization
  /** How many versions each document keeps; older ones are pruned. Default 50. */
  maxVersionsPerDoc?: number
  /** Review notifications: email links and the signed webhook. */
  notifications?: WorkflowNotifications
  /** The response cache of anonymous GraphQL queries (src/publicCache). In-process unless `redisUrl` is set. */
  publicCache?: PublicCacheOptions
  /** The public URL of a posting's page, for the JobPosting `url`; e.g. (slug) => `https://jobs.example.com/${slug}`. */
  postingUrl?: (slug: string) => string
  /** Secret that signs draft-preview tokens; defaults to the Payload secret. */
  previewSecret?: string
  slugs?: Partial<JobDescriptionsSlugs>
}

/** What every collection factory receives from the plugin. */
export type CollectionContext = {
  editor: RichTextField['editor']
  hiringOrganization?: HiringOrganization
  maxVersionsPerDoc: number
  notifications?: WorkflowNotifications
  postingUrl?: (slug: string) => string
  previewSecret?: string
  slugs: JobDescriptionsSlugs
}
