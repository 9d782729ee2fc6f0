import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { Approvals } from '../collections/Approvals.ts'
import { Faqs } from '../collections/Faqs.ts'
import { JobDescriptions } from '../collections/JobDescriptions.ts'
import { Requirements } from '../collections/Requirements.ts'
import { Responsibilities } from '../collections/Responsibilities.ts'
import { rolesField, Users } from '../collections/Users.ts'
import { nobody } from './access/nobody.ts'
import { verificationOffMutation } from './auth/verificationOff.ts'
import { withBoundedReads } from './hooks/boundedReads.ts'
import { checkOptions } from './options.ts'
import { careersFilterOptions } from './queries/careersFilterOptions.ts'
import { careersPreview } from './queries/careersPreview.ts'
import { scopeRelationshipFilters } from './hooks/scopeRelationshipFilters.ts'
import { instantiateTemplateMutation } from './queries/instantiateTemplateMutation.ts'
import { withRequestDataCheck } from './requestBody/checkRequestData.ts'
import type { CollectionContext, JobDescriptionsPluginOptions, JobDescriptionsSlugs } from './types.ts'
import { withPublicCacheInvalidation } from './publicCache/invalidate.ts'
import { createPublicCache, withPublicCache } from './publicCache/publicCache.ts'
import { publicAnswer } from './publicCache/publicGraphQL.ts'
import { queryDepthRule } from './publicCache/queryShape.ts'
import { registerPublicRead } from './publicCache/publicRead.ts'
import { expirePostingsTask } from './workflow/expirePostings.ts'
import { withWorkflow } from './workflow/withWorkflow.ts'
import { workflowMutations } from './workflow/workflowMutation.ts'

export const defaultSlugs = {
  approvals: 'approvals',
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

const findHostUsers = (config: Config, context: CollectionContext) =>
  config.collections?.find((collection) => collection.slug === context.slugs.users)

/**
 * The host keeps its own users collection if it has one under our slug: we only add the `roles` field
 * our access rules read. Otherwise the plugin brings a users collection.
 */
const withUsers = (collections: CollectionConfig[], context: CollectionContext, config: Config): CollectionConfig[] => {
  const hostUsers = findHostUsers(config, context)
  if (!hostUsers) {
    const secureCookies = Boolean(config.serverURL?.startsWith('https://'))
    return [...collections, hardened(Users(context, { secureCookies }))]
  }
  const hasRoles = hostUsers.fields.some((field) => 'name' in field && field.name === 'roles')
  if (hasRoles) return collections
  return collections.map((collection) =>
    collection === hostUsers ? { ...collection, fields: [...collection.fields, rolesField] } : collection,
  )
}

export const jobDescriptionsPlugin =
  (options: JobDescriptionsPluginOptions = {}) =>
  (config: Config): Config => {
    checkOptions(options)
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
      slugs: { ...defaultSlugs, ...options.slugs },
    }
    const publicCache = createPublicCache(options.publicCache)
    const reviewed = [JobDescriptions, Responsibilities, Requirements, Faqs].map((collection) =>
      withPublicCacheInvalidation(publicCache)(withWorkflow(context)(collection(context))),
    )
    const ours = [...reviewed, Approvals(context)].map(hardened)
    const enabled = options.enabled !== false

    const withCollections: Config = {
      ...config,
      admin: { ...config.admin, user: config.admin?.user ?? context.slugs.users },
      collections: withUsers([...(config.collections ?? []), ...(enabled ? ours : ours.map(disable))], context, config),
      // Registered even when disabled (unscheduled then): task slugs are part of the jobs table's schema.
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), expirePostingsTask(context.slugs, { scheduled: enabled })] },
    }
    if (!enabled) return withCollections

    const reviewedSlugs = reviewed.map((collection) => collection.slug as CollectionSlug)

    const hostQueries = config.graphQL?.queries
    const hostMutations = config.graphQL?.mutations
    const hostValidationRules = config.graphQL?.validationRules
    return withPublicCache({
      ...withCollections,
      onInit: async (payload) => {
        registerPublicRead((request, headers, fresh) => publicAnswer(payload, request, headers, fresh))
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
          ...(findHostUsers(config, context) ? {} : verificationOffMutation(context.slugs.users)(GraphQL, info)),
        }),
      },
    }, publicCache)
  }
