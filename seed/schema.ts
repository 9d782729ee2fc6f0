import { z } from 'zod'

import { employmentTypes } from '../src/careers/vocabulary.ts'

/**
 * The shape of seed content. Rich text is written as Markdown and converted to Lexical when seeded.
 * Items are written inline in each template; the seeder stores one document per distinct text, so a
 * sentence used by two templates is one item referenced twice.
 */
const sentence = z.string().trim().min(3).max(500)
const markdown = z.string().trim().min(1)

export const responsibilitySeed = z.object({
  category: z.enum(['primary', 'additional']),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  text: sentence,
})

export const requirementSeed = z.object({
  category: z.enum(['education', 'experience', 'technical_skill', 'soft_skill', 'certification', 'other']),
  level: z.enum(['required', 'preferred']).default('required'),
  minimumYears: z.number().int().min(0).max(50).optional(),
  text: sentence,
})

export const faqSeed = z.object({
  answer: markdown,
  audience: z.enum(['candidates', 'authors']),
  question: sentence.refine((q) => q.endsWith('?'), 'a question ends with "?"'),
})

export const templateSeed = z.object({
  department: z.string().trim().min(1).optional(),
  employmentType: z.array(z.enum(employmentTypes)).default([]),
  faqs: z.array(faqSeed).min(1),
  notesForAuthors: markdown,
  overview: markdown.optional(),
  reportsTo: z.string().trim().min(1).optional(),
  requirements: z.array(requirementSeed).min(1),
  responsibilities: z.array(responsibilitySeed).min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  summary: markdown,
  title: sentence,
})

/** An example posting made from a template, placeholders filled in; seeded in development only. */
export const postingSeed = templateSeed.omit({ notesForAuthors: true }).extend({
  applyUrl: z.url(),
  directApply: z.boolean().default(false),
  locations: z.array(z.object({ city: z.string().optional(), country: z.string().length(2), region: z.string().optional() })).min(1),
  salary: z.object({
    currency: z.string().length(3),
    interval: z.enum(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']),
    max: z.number().positive(),
    min: z.number().positive(),
  }),
  /**
   * The last day to apply, counted from the day the seed runs: a fixed date would pass one day, and the
   * posting would then leave the careers list and be unpublished by the expiry job.
   */
  validThrough: z.object({ daysAfterSeeding: z.number().int().min(1).max(3650) }).optional(),
  workplaceType: z.enum(['on_site', 'hybrid', 'remote']),
})

const demoUser = z.object({
  email: z.email(),
  name: z.string().min(1),
  password: z.string().min(8),
  roles: z.array(z.enum(['admin', 'editor', 'hr'])).min(1),
})

/** Everything the seeder writes. Two templates may share an item only if they agree on all of it. */
export const seedData = z
  .object({
    demoUsers: z.array(demoUser),
    examplePostings: z.array(postingSeed).default([]),
    templates: z.array(templateSeed).min(1),
  })
  .superRefine((data, ctx) => {
    const documents = [
      ...data.templates.map((doc, index) => ({ doc, path: ['templates', index] })),
      ...data.examplePostings.map((doc, index) => ({ doc, path: ['examplePostings', index] })),
    ]
    const slugs = new Set<string>()
    for (const { doc, path } of documents) {
      if (slugs.has(doc.slug)) ctx.addIssue({ code: 'custom', message: `duplicate slug "${doc.slug}"`, path: [...path, 'slug'] })
      slugs.add(doc.slug)
    }
    for (const kind of ['responsibilities', 'requirements', 'faqs'] as const) {
      const seen = new Map<string, string>()
      for (const { doc, path } of documents) {
        doc[kind].forEach((item, i) => {
          const key = 'text' in item ? item.text : item.question
          const value = JSON.stringify(item)
          const earlier = seen.get(key)
          if (earlier !== undefined && earlier !== value) {
            ctx.addIssue({
              code: 'custom',
              message: `"${key}" appears twice with different attributes; a shared item must be identical`,
              path: [...path, kind, i],
            })
          }
          seen.set(key, value)
        })
      }
    }
  })

export type SeedData = z.infer<typeof seedData>
export type TemplateSeed = z.infer<typeof templateSeed>
export type TemplateSeedInput = z.input<typeof templateSeed>
export type PostingSeed = z.infer<typeof postingSeed>
export type PostingSeedInput = z.input<typeof postingSeed>
export type DemoUserSeed = z.infer<typeof demoUser>
