import type { Where } from 'payload'
import { z } from 'zod'

import type { JobDescription_Where } from '../../graphql/generated/graphql.ts'
import { parseLocationLabel } from '../../src/careers/locationLabel.ts'
import { openPostingsWhere } from '../../src/careers/openPostings.ts'
import { employmentTypes, workplaceTypes } from '../../src/careers/vocabulary.ts'

/**
 * The variables of Payload's own `/api/graphql` careers operations (graphql/operations/), which the public
 * cache, read threads and the benchmark still measure. Careers sites use the careers API instead; these
 * were the old client's and live on here for those tests alone.
 */
export const postingFilters = z
  .object({
    department: z.string().trim().min(1).optional(),
    employmentType: z.enum(employmentTypes).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    /** A label from CareersFilterOptions.locations: "City, CC" or "CC". */
    location: z.string().trim().min(1).optional(),
    page: z.coerce.number().int().min(1).default(1),
    /** Words searched in titles and summaries. */
    q: z.string().trim().min(1).max(200).optional(),
    sort: z.enum(['newest', 'title']).default('newest'),
    workplaceType: z.enum(workplaceTypes.map((option) => option.value)).optional(),
  })
  .strict()

/** Payload's `and`/`or` (Local API and REST) are `AND`/`OR` in GraphQL; the rest has the same shape. */
const toGraphQLWhere = (where: Where): JobDescription_Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key.toUpperCase(), (value as Where[]).map(toGraphQLWhere)] : [key, value],
    ),
  )

const locationWhere = (label: string): JobDescription_Where[] => {
  const { city, country } = parseLocationLabel(label)
  return [{ locations__country: { equals: country } }, ...(city ? [{ locations__city: { equals: city } }] : [])]
}

/** The GraphQL `where` for a set of filters: open postings only, then each filter given. */
export const postingsWhere = (filters: z.output<typeof postingFilters>, now = new Date()): JobDescription_Where => ({
  AND: [
    // To the minute: every request within the same minute sends the same variables, so the public cache
    // can answer them all (a posting may outlive its closing time by up to a minute).
    toGraphQLWhere(openPostingsWhere(new Date(Math.floor(now.getTime() / 60_000) * 60_000))),
    ...(filters.department ? [{ department: { equals: filters.department } }] : []),
    ...(filters.workplaceType ? [{ workplaceType: { equals: filters.workplaceType } }] : []),
    ...(filters.employmentType ? [{ employmentType: { in: [filters.employmentType] } }] : []),
    ...(filters.location ? locationWhere(filters.location) : []),
    ...(filters.q
      ? filters.q.split(/\s+/).map((word) => ({ OR: [{ title: { like: word } }, { summaryPlain: { like: word } }] }))
      : []),
  ],
})
