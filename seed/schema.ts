import { z } from 'zod'

import { employmentTypes } from '../collections/JobDescriptions'

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

const demoUser = z.object({
  email: z.email(),
  name: z.string().min(1),
  password: z.string().min(8),
  roles: z.array(z.enum(['admin', 'editor', 'hr'])).min(1),
})

/** Everything the seeder writes. Two templates may share an item only if they agree on all of it. */
export const seedData = z
  .object({ demoUsers: z.array(demoUser), templates: z.array(templateSeed).min(1) })
  .superRefine((data, ctx) => {
    const slugs = new Set<string>()
    for (const [index, template] of data.templates.entries()) {
      if (slugs.has(template.slug)) {
        ctx.addIssue({ code: 'custom', message: `duplicate slug "${template.slug}"`, path: ['templates', index, 'slug'] })
      }
      slugs.add(template.slug)
    }
    const kinds = ['responsibilities', 'requirements', 'faqs'] as const
    for (const kind of kinds) {
      const seen = new Map<string, string>()
      data.templates.forEach((template, t) =>
        template[kind].forEach((item, i) => {
          const key = 'text' in item ? item.text : item.question
          const value = JSON.stringify(item)
          const earlier = seen.get(key)
          if (earlier !== undefined && earlier !== value) {
            ctx.addIssue({
              code: 'custom',
              message: `"${key}" appears twice with different attributes; a shared item must be identical`,
              path: ['templates', t, kind, i],
            })
          }
          seen.set(key, value)
        }),
      )
    }
  })

export type SeedData = z.infer<typeof seedData>
export type TemplateSeed = z.infer<typeof templateSeed>
export type TemplateSeedInput = z.input<typeof templateSeed>
export type DemoUserSeed = z.infer<typeof demoUser>
