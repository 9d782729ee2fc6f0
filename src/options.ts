import { z } from 'zod'

import type { JobDescriptionsPluginOptions } from './types.ts'

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter')

/** The collections the plugin brings; each can be renamed (`slugs`) and overridden (`overrides`). */
export const collectionKeys = ['approvals', 'faqs', 'jobDescriptions', 'requirements', 'responsibilities'] as const

export const slugsSchema = z
  .object({
    approvals: slug,
    careersFaqs: slug,
    careersPostings: slug,
    faqs: slug,
    jobDescriptions: slug,
    requirements: slug,
    responsibilities: slug,
    users: slug,
  })
  .partial()
  .strict()

const predicate = z.function().optional()

/** A host's own role model: each is `(user) => boolean`; unmapped ones read the plugin's `roles` field. */
export const accessSchema = z.object({ isAdmin: predicate, isEditor: predicate, isReviewer: predicate }).strict()

const accessOperations = ['create', 'delete', 'read', 'readVersions', 'update'] as const
const hookNames = [
  'afterChange',
  'afterDelete',
  'afterOperation',
  'afterRead',
  'beforeChange',
  'beforeDelete',
  'beforeOperation',
  'beforeRead',
  'beforeValidate',
] as const

const collectionOverride = z
  .object({
    access: z.object(Object.fromEntries(accessOperations.map((op) => [op, predicate]))).strict().optional(),
    admin: z.record(z.string(), z.unknown()).optional(),
    fields: predicate,
    hooks: z.object(Object.fromEntries(hookNames.map((name) => [name, z.array(z.function()).optional()]))).strict().optional(),
  })
  .strict()

export const overridesSchema = z.object(Object.fromEntries(collectionKeys.map((key) => [key, collectionOverride.optional()]))).strict()

export const jobsSchema = z
  .object({
    /**
     * `autoRun` (default): the host's `jobs.autoRun` runs the queues, and the plugin warns at startup when
     * it does not. `external`: the host runs a runner itself (`payload jobs:run`, a cron calling
     * `payload.jobs.run()`, a serverless job endpoint), so there is nothing to warn about.
     */
    runner: z.enum(['autoRun', 'external']).optional(),
  })
  .strict()

export const optionsSchema = z
  .object({
    access: accessSchema.optional(),
    careers: z
      .object({
        locales: z
          .array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be BCP 47 tags such as en, de or en-GB'))
          .min(1)
          .max(10)
          .optional(),
      })
      .strict()
      .optional(),
    editor: z.unknown().optional(),
    enabled: z.boolean().optional(),
    hiringOrganization: z
      .object({ logo: z.url().optional(), name: z.string().trim().min(1), sameAs: z.url().optional() })
      .strict()
      .optional(),
    jobs: jobsSchema.optional(),
    maxVersionsPerDoc: z.number().int().min(1).max(1000).optional(),
    notifications: z
      .object({
        serverURL: z.url().optional(),
        webhook: z.object({ secret: z.string().min(32), url: z.url() }).strict().optional(),
      })
      .strict()
      .optional(),
    overrides: overridesSchema.optional(),
    postingUrl: z.function().optional(),
    publicCache: z
      .object({
        enabled: z.boolean().optional(),
        maxAgeSeconds: z.number().int().min(0).optional(),
        redisPrefix: z.string().regex(/^[\w.-]+$/, 'must be letters, digits, dots, dashes or underscores').optional(),
        redisUrl: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
        staleWhileRevalidateSeconds: z.number().int().min(0).optional(),
        ttlSeconds: z.number().int().min(1).optional(),
      })
      .strict()
      .optional(),
    previewSecret: z.string().min(32).optional(),
    slugs: slugsSchema.optional(),
  })
  .strict()

/** Fails at config time, naming the option, rather than as a confusing schema error later. */
export const checkOptions = (options: JobDescriptionsPluginOptions): void => {
  const result = optionsSchema.safeParse(options)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${['options', ...issue.path].join('.')} ${issue.message}`)
    throw new Error(`jobDescriptionsPlugin: ${problems.join('; ')}`)
  }
}
