import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { Approvals } from '../collections/Approvals.js'
import { Faqs } from '../collections/Faqs.js'
import { JobDescriptions } from '../collections/JobDescriptions.js'
import { Requirements } from '../collections/Requirements.js'
import { Responsibilities } from '../collections/Responsibilities.js'
import { rolesField, Users } from '../collections/Users.js'
import { nobody } from './access/nobody.js'
import { verificationOffMutation } from './auth/verificationOff.js'
import { withBoundedReads } from './hooks/boundedReads.js'
import { checkOptions } from './options.js'
import { careersFilterOptions } from './queries/careersFilterOptions.js'
import { careersPreview } from './queries/careersPreview.js'
import { scopeRelationshipFilters } from './hooks/scopeRelationshipFilters.js'
import { instantiateTemplateMutation } from './queries/instantiateTemplateMutation.js'
import { withRequestDataCheck } from './requestBody/checkRequestData.js'
import type { CollectionContext, JobDescriptionsPluginOptions, JobDescriptionsSlugs } from './types.js'
import { withPublicCacheInvalidation } from './publicCache/invalidate.js'
import { createPublicCache, withPublicCache } from './publicCache/publicCache.js'
import { publicAnswer } from './publicCache/publicGraphQL.js'
import { queryDepthRule } from './publicCache/queryShape.js'
import { registerPublicRead } from './publicCache/publicRead.js'
import { expirePostingsTask } from './workflow/expirePostings.js'
import { withWorkflow } from './workflow/withWorkflow.js'
import { workflowMutations } from './workflow/workflowMutation.js'

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
    const context: CollectionContext = {
      editor: options.editor ?? lexicalEditor(),
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
