import { z } from 'zod'

import type { JobDescriptionsPluginOptions } from './types.ts'

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter')

const optionsSchema = z
  .object({
    editor: z.unknown().optional(),
    enabled: z.boolean().optional(),
    hiringOrganization: z
      .object({ logo: z.url().optional(), name: z.string().trim().min(1), sameAs: z.url().optional() })
      .strict()
      .optional(),
    maxVersionsPerDoc: z.number().int().min(1).max(1000).optional(),
    notifications: z
      .object({
        serverURL: z.url().optional(),
        webhook: z.object({ secret: z.string().min(32), url: z.url() }).strict().optional(),
      })
      .strict()
      .optional(),
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
    slugs: z
      .object({ approvals: slug, faqs: slug, jobDescriptions: slug, requirements: slug, responsibilities: slug, users: slug })
      .partial()
      .strict()
      .optional(),
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
