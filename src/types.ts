import type { CollectionConfig, CollectionSlug, Field, RichTextField } from 'payload'
import type { z } from 'zod'

import type { RoleModel } from './access/roleModel.ts'
import type { collectionKeys, jobsSchema, slugsSchema } from './options.ts'
import type { PublicCacheOptions } from './publicCache/publicCache.ts'

/**
 * The slugs a host may give the plugin's collections: plain strings (a host's own `CollectionSlug` does not
 * know them before the plugin runs). `approvals` is the audit trail of the review workflow; `users` names
 * the accounts collection (see `JobDescriptionsPluginOptions.slugs`).
 */
export type JobDescriptionsSlugOptions = z.infer<typeof slugsSchema>

/** The slugs in force, every one set: what the collections, endpoints and admin components use. */
export type JobDescriptionsSlugs = Record<keyof Required<JobDescriptionsSlugOptions>, CollectionSlug>

/** The collections `overrides` reaches (the accounts are the host's own, or the plugin's plain Users). */
export type OverridableCollection = (typeof collectionKeys)[number]

/**
 * Changes to one of the plugin's collections, as Payload's form-builder (`formOverrides`) and search plugin
 * (`searchOverrides`) allow. Applied before the plugin's guards: the review guard, the request checks and
 * the scoped filters wrap whatever comes out, and `access` can only narrow what the plugin allows.
 */
export type CollectionOverride = {
  /** Each predicate is asked after the plugin's own, and only where that one allows: both must allow. */
  access?: Partial<Pick<NonNullable<CollectionConfig['access']>, 'create' | 'delete' | 'read' | 'readVersions' | 'update'>>
  /** Merged over the plugin's admin options. */
  admin?: CollectionConfig['admin']
  /** The fields, from the plugin's own; the workflow's fields (stage, approved revision, panel) are added after. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
  /** Run after the plugin's hooks of the same kind; the review guard runs before every beforeOperation. */
  hooks?: CollectionConfig['hooks']
}

/** The host's own role model, for hosts whose users have roles of their own; see RoleModel. */
export type JobDescriptionsAccess = Partial<RoleModel>

/** Who runs the jobs queue that scheduled publishing and expiry need. */
export type JobDescriptionsJobs = z.infer<typeof jobsSchema>

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
   * Maps the plugin's roles onto the host's: `isAdmin`, `isReviewer` (HR), `isEditor`, each
   * `(user) => boolean`. Unmapped ones read the `roles` field the plugin adds to the users; when both
   * `isAdmin` and `isReviewer` are mapped, no `roles` field is added.
   */
  access?: JobDescriptionsAccess
  /**
   * The public careers API (`/api/careers/graphql`, see docs/careers-api.md). `locales`: the locales its
   * read model renders (salaries and dates are written for each), the first the default. Default
   * `['en', 'de']`.
   */
  careers?: { locales?: string[] }
  /**
   * Rich-text editor for summary, overview, FAQ answers and notes. Defaults to the Payload config's
   * `editor`; the careers renderings read Lexical JSON, so either must be a Lexical editor.
   */
  editor?: RichTextField['editor']
  /**
   * `false` keeps the collections (so the database schema and migrations stay the same) but hides them
   * from the admin and closes them to every API caller that does not override access.
   */
  enabled?: boolean
  /** Required for `jobPostingJsonLd`; without it that field is null. */
  hiringOrganization?: HiringOrganization
  /** Who runs scheduled publishing and expiry: the host's `jobs.autoRun` (default; warned about when missing) or an `external` runner. */
  jobs?: JobDescriptionsJobs
  /** How many versions each document keeps; older ones are pruned. Default 50. */
  maxVersionsPerDoc?: number
  /** Review notifications: email links and the signed webhook. */
  notifications?: WorkflowNotifications
  /** Fields, hooks, access and admin options per collection; see CollectionOverride. */
  overrides?: Partial<Record<OverridableCollection, CollectionOverride>>
  /** The response cache of anonymous GraphQL queries (src/publicCache). In-process unless `redisUrl` is set. */
  publicCache?: PublicCacheOptions
  /** The public URL of a posting's page, for the JobPosting `url`; e.g. (slug) => `https://jobs.example.com/${slug}`. */
  postingUrl?: (slug: string) => string
  /** Secret that signs draft-preview tokens; defaults to the Payload secret. */
  previewSecret?: string
  /**
   * Renames the collections. `users` names the accounts: a host collection with `auth` under that slug
   * gets the plugin's roles; a slug no host collection has makes the plugin bring its Users under it.
   * Unset, the users are Payload's own choice (`admin.user`, else the first auth collection), and only
   * a config without any auth collection gets the plugin's Users, as `users`.
   */
  slugs?: JobDescriptionsSlugOptions
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
