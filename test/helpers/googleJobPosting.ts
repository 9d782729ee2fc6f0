import { z } from 'zod'

import { employmentTypes } from '../../src/careers/vocabulary'

/**
 * Google's job-posting structured data rules (developers.google.com/search/docs/appearance/structured-data/job-posting):
 * the required properties, and the recommended ones we promise to fill for a complete posting.
 */
const postalAddress = z.object({
  '@type': z.literal('PostalAddress'),
  addressCountry: z.string().regex(/^[A-Z]{2}$/),
  addressLocality: z.string().optional(),
  addressRegion: z.string().optional(),
  postalCode: z.string().optional(),
  streetAddress: z.string().optional(),
})

const place = z.object({ '@type': z.literal('Place'), address: postalAddress })
const country = z.object({ '@type': z.literal('Country'), name: z.string().min(1) })

/** A single value as an object, as Google's examples give one; two or more as an array, never one in an array. */
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(2)])

/** The values of a one-or-many property as a list, for tests that look at each. */
export const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

export const googleJobPosting = z
  .object({
    '@context': z.literal('https://schema.org/'),
    '@type': z.literal('JobPosting'),
    // required
    datePosted: z.iso.date(),
    description: z.string().regex(/<(p|ul|li|h2)>/, 'description is HTML'),
    hiringOrganization: z.object({ '@type': z.literal('Organization'), name: z.string().min(1), sameAs: z.url().optional() }),
    title: z.string().min(1),
    jobLocation: oneOrMany(place).optional(),
    // recommended
    applicantLocationRequirements: oneOrMany(country).optional(),
    baseSalary: z.object({
      '@type': z.literal('MonetaryAmount'),
      currency: z.string().regex(/^[A-Z]{3}$/),
      value: z
        .object({
          '@type': z.literal('QuantitativeValue'),
          maxValue: z.number().optional(),
          minValue: z.number().optional(),
          unitText: z.enum(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']),
        })
        .refine((value) => value.minValue !== undefined || value.maxValue !== undefined, 'a salary value'),
    }),
    directApply: z.boolean(),
    employmentType: z.array(z.enum(employmentTypes)).min(1),
    identifier: z.object({ '@type': z.literal('PropertyValue'), name: z.string().min(1), value: z.string().min(1) }),
    jobLocationType: z.literal('TELECOMMUTE').optional(),
    validThrough: z.iso.datetime({ offset: true }).optional(),
    // beyond Google's list, from our structured requirements
    educationRequirements: z.unknown().optional(),
    experienceRequirements: z.unknown().optional(),
    url: z.url().optional(),
  })
  .refine(
    (posting) =>
      posting.jobLocation !== undefined ||
      (posting.jobLocationType === 'TELECOMMUTE' && posting.applicantLocationRequirements !== undefined),
    'a jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements',
  )
