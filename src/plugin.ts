import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { Approvals } from '../collections/Approvals.ts'
import { CareersFaqs } from '../collections/CareersFaqs.ts'
import { CareersPostings } from '../collections/CareersPostings.ts'
import { Faqs } from '../collections/Faqs.ts'
import { JobDescriptions } from '../collections/JobDescriptions.ts'
import { Requirements } from '../collections/Requirements.ts'
import { Responsibilities } from '../collections/Responsibilities.ts'
import { Users } from '../collections/Users.ts'
import { nobody } from './access/nobody.ts'
import { defaultRoleModel, withRoleModel } from './access/roleModel.ts'
import type { RoleModel } from './access/roleModel.ts'
import { verificationOffMutation } from './auth/verificationOff.ts'
import { withBoundedReads } from './hooks/boundedReads.ts'
import { withTranslations } from './i18n/withTranslations.ts'
import { checkOptions } from './options.ts'
import { applyOverride } from './overrides.ts'
import { careersFilterOptions } from './queries/careersFilterOptions.ts'
import { careersPreview } from './queries/careersPreview.ts'
import { scopeRelationshipFilters } from './hooks/scopeRelationshipFilters.ts'
import { instantiateTemplateMutation } from './queries/instantiateTemplateMutation.ts'
import { withRequestDataCheck } from './requestBody/checkRequestData.ts'
import type {
  CollectionContext,
  JobDescriptionsAccess,
  JobDescriptionsPluginOptions,
  JobDescriptionsSlugs,
  OverridableCollection,
} from './types.ts'
import { findUsers } from './users/findUsers.ts'
import type { UsersCollection } from './users/findUsers.ts'
import { withHostUsers } from './users/withHostUsers.ts'
import { withCareersApi } from './careersApi/settings.ts'
import type { CareersApiSettings } from './careersApi/settings.ts'
import { withPublicCacheInvalidation } from './publicCache/invalidate.ts'
import { rebuildIfEmpty } from './readModel/rebuildIfEmpty.ts'
import { followPublicChange } from './readModel/sync.ts'
import { createPublicCache, withPublicCache } from './publicCache/publicCache.ts'
import { queryDepthRule } from './publicCache/queryShape.ts'
import { expirePostingsTask } from './workflow/expirePostings.ts'
import { checkJobRunner } from './workflow/jobRunnerCheck.ts'
import { withWorkflow } from './workflow/withWorkflow.ts'
import { workflowMutations } from './workflow/workflowMutation.ts'

/** The collections under review, in the order the plugin adds them, by their key in `slugs` and `overrides`. */
const reviewedCollections = [
  ['jobDescriptions', JobDescriptions],
  ['responsibilities', Responsibilities],
  ['requirements', Requirements],
  ['faqs', Faqs],
] as const satisfies readonly (readonly [OverridableCollection, (context: CollectionContext) => CollectionConfig])[]

export const defaultSlugs = {
  approvals: 'approvals',
  careersFaqs: 'careers-faqs',
  careersPostings: 'careers-postings',
  faqs: 'faqs',
  jobDescriptions: 'job-descriptions',
  requirements: 'requirements',
  responsibilities: 'responsibilities',
  users: 'users',
} as const satisfies JobDescriptionsSlugs

/** A disabled plugin keeps its tables (migrations stay valid) but shows and serves nothing. */
const disable = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { create: nobody, delete: nobody, read: nobody, readVersions: nobody, update: nobody },
  admin: { ...collection.admin, hidden: true },
  endpoints: [],
})

/** Every filter on our collections sees only what the caller may read (see scopeRelationshipFilters). */
const withScopedFilters = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), scopeRelationshipFilters] },
})

/** What every collection the plugin brings gets: request data checked first, reads bounded, filters scoped. */
const hardened = (collection: CollectionConfig): CollectionConfig =>
  withRequestDataCheck(withBoundedReads(withScopedFilters(collection)))

/**
 * The accounts: the host's own users (found as Payload finds them, see findUsers) get the roles field and
 * the first-user-is-admin rule; only a config without users gets the plugin's Users collection.
 */
const withUsers = (
  collections: CollectionConfig[],
  users: UsersCollection,
  context: CollectionContext,
  config: Config,
  mapsRoles: boolean,
): CollectionConfig[] => {
  if (!users.host) {
    const secureCookies = Boolean(config.serverURL?.startsWith('https://'))
    return [...collections, hardened(Users(context, { secureCookies }))]
  }
  return collections.map((collection) => (collection === users.host ? withHostUsers(collection, { mapsRoles }) : collection))
}

/** The host's role model where it maps one (the `access` option), the plugin's `roles` field elsewhere. */
const roleModelFrom = (access: JobDescriptionsAccess | undefined): RoleModel => ({
  isAdmin: access?.isAdmin ?? defaultRoleModel.isAdmin,
  isEditor: access?.isEditor ?? defaultRoleModel.isEditor,
  isReviewer: access?.isReviewer ?? defaultRoleModel.isReviewer,
})

export const jobDescriptionsPlugin =
  (options: JobDescriptionsPluginOptions = {}) =>
  (config: Config): Config => {
    checkOptions(options)
    const users = findUsers(config, options.slugs?.users)
    // Where a host's slug names become collection slugs: the collections below are made under them.
    const slugs = { ...defaultSlugs, ...options.slugs, users: users.slug } as JobDescriptionsSlugs
    // The host's editor unless the options name one. Not a default of our own: importing
    // @payloadcms/richtext-lexical's main entry in plain Node never settles (see docs/plugin.md), and every
    // Payload app with rich text configures its editor anyway.
    const editor = options.editor ?? config.editor
    if (!editor) {
      throw new Error('jobDescriptionsPlugin: options.editor is missing and the Payload config has no `editor`; set `editor: lexicalEditor()` in either')
    }
    const context: CollectionContext = {
      editor,
      hiringOrganization: options.hiringOrganization,
      maxVersionsPerDoc: options.maxVersionsPerDoc ?? 50,
      notifications: options.notifications,
      postingUrl: options.postingUrl,
      previewSecret: options.previewSecret,
      slugs,
    }
    const publicCache = createPublicCache(options.publicCache)
    const careers: CareersApiSettings = {
      hiringOrganization: options.hiringOrganization,
      locales: options.careers?.locales ?? ['en', 'de'],
      postingUrl: options.postingUrl,
      previewSecret: options.previewSecret,
      slugs,
    }
    // Every public change renders what it changes into the careers read model, in its transaction,
    // before the cache hears of it.
    const follow = (req: Parameters<typeof followPublicChange>[0], collection: string, id: number | string) =>
      followPublicChange(req, careers, collection, id)
    // The host's override first, then the workflow and the hardening: the guards hold whatever it says.
    const overridden = (key: OverridableCollection, collection: CollectionConfig) => applyOverride(collection, options.overrides?.[key])
    const reviewed = reviewedCollections.map(([key, collection]) =>
      withPublicCacheInvalidation(publicCache, follow)(withWorkflow(context)(overridden(key, collection(context)))),
    )
    const ours = [...reviewed, overridden('approvals', Approvals(context)), CareersPostings(context), CareersFaqs(context)].map(hardened)
    const enabled = options.enabled !== false
    const mapsRoles = Boolean(options.access?.isAdmin && options.access?.isReviewer)

    const withCollections: Config = {
      ...config,
      // Only the plugin's own Users are named here; a host's users are already Payload's choice.
      admin: users.host ? config.admin : { ...config.admin, user: config.admin?.user ?? users.slug },
      collections: withUsers([...(config.collections ?? []), ...(enabled ? ours : ours.map(disable))], users, context, config, mapsRoles),
      custom: withRoleModel(config.custom, roleModelFrom(options.access)),
      // The admin's strings in English and German; the host's own translations stay and win.
      i18n: withTranslations(config.i18n),
      // Registered even when disabled (unscheduled then): task slugs are part of the jobs table's schema.
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), expirePostingsTask(context.slugs, { scheduled: enabled })] },
    }
    if (!enabled) return withCollections

    const reviewedSlugs = reviewed.map((collection) => collection.slug as CollectionSlug)

    const hostQueries = config.graphQL?.queries
    const hostMutations = config.graphQL?.mutations
    const hostValidationRules = config.graphQL?.validationRules
    return withCareersApi(withPublicCache({
      ...withCollections,
      onInit: async (payload) => {
        checkJobRunner(payload, options.jobs)
        // Before migrations have made its tables this cannot look; the app's migrate step asks again.
        await rebuildIfEmpty(payload, careers).catch((err: unknown) =>
          payload.logger.debug({ err, msg: 'Careers read model not checked at start (migrations pending?)' }),
        )
        await config.onInit?.(payload)
      },
      graphQL: {
        ...config.graphQL,
        // Payload's route and the public read path alike (preparedQuery applies Payload's rules).
        validationRules: (args) => [...(hostValidationRules?.(args) ?? []), queryDepthRule],
        queries: (GraphQL, info) => ({
          ...hostQueries?.(GraphQL, info),
          ...careersFilterOptions(context.slugs)(GraphQL, info),
          ...careersPreview(context.slugs, options.previewSecret)(GraphQL, info),
        }),
        mutations: (GraphQL, info) => ({
          ...hostMutations?.(GraphQL, info),
          ...instantiateTemplateMutation(context.slugs)(GraphQL, info),
          ...workflowMutations(reviewedSlugs)(GraphQL, info),
          ...(users.host ? {} : verificationOffMutation(context.slugs.users)(GraphQL, info)),
        }),
      },
    }, publicCache), careers)
  }
