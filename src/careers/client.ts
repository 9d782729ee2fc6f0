import type { Where } from 'payload'
import { z } from 'zod'

import {
  CareersFaqsDocument,
  CareersFilterOptionsDocument,
  CareersPostingBySlugDocument,
  CareersPostingsDocument,
  CareersPreviewDocument,
  type JobDescription_Where,
  type TypedDocumentString,
} from '../../graphql/generated/graphql.ts'
import { parseLocationLabel } from './locationLabel.ts'
import { openPostingsWhere } from './openPostings.ts'
import { employmentTypes, workplaceTypes } from './vocabulary.ts'

/** A GraphQL or HTTP failure, with the server's messages. */
export class CareersClientError extends Error {
  constructor(
    message: string,
    readonly details: { errors?: { message: string }[]; status?: number } = {},
  ) {
    super(message)
    this.name = 'CareersClientError'
  }
}

/** The filters a careers list offers; every one optional. Checked before a request is sent. */
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

export type PostingFilters = z.input<typeof postingFilters>

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
    // To the minute: every careers page asking within the same minute sends the same variables, so the
    // public cache can answer them all (a posting may outlive its closing time by up to a minute).
    toGraphQLWhere(openPostingsWhere(new Date(Math.floor(now.getTime() / 60_000) * 60_000))),
    ...(filters.department ? [{ department: { equals: filters.department } }] : []),
    ...(filters.workplaceType ? [{ workplaceType: { equals: filters.workplaceType } }] : []),
    ...(filters.employmentType ? [{ employmentType: { in: [filters.employmentType] } }] : []),
    ...(filters.location ? locationWhere(filters.location) : []),
    ...(filters.q
      ? filters.q
          .split(/\s+/)
          .map((word) => ({ OR: [{ title: { like: word } }, { summaryPlain: { like: word } }] }))
      : []),
  ],
})

type Options = {
  /** The app's GraphQL endpoint, e.g. https://cms.example.com/api/graphql */
  endpoint: string
  /** Defaults to the global fetch; pass one to add caching, tracing or retries. */
  fetch?: typeof fetch
  headers?: Record<string, string>
}

/**
 * A typed client for the careers operations in graphql/operations/. Results are typed by the generated
 * documents; a GraphQL error or an HTTP failure throws a CareersClientError with the server's message.
 */
export const createCareersClient = ({ endpoint, fetch: fetchImpl = fetch, headers = {} }: Options) => {
  const request = async <Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables?: Variables,
  ): Promise<Result> => {
    let response: Response
    // Operations of graphql/operations/ go as GET by their persisted hash: short URLs a CDN and the app's
    // public cache can answer. Anything longer than a URL should be is POSTed.
    const hash = document.__meta__?.hash as string | undefined
    const url = hash && `${endpoint}?id=${hash}&variables=${encodeURIComponent(JSON.stringify(variables ?? {}))}`
    try {
      response =
        url && url.length <= 4000
          ? await fetchImpl(url, { headers: { accept: 'application/json', ...headers }, method: 'GET' })
          : await fetchImpl(endpoint, {
              body: JSON.stringify({ query: document.toString(), variables }),
              headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
              method: 'POST',
            })
    } catch (error) {
      throw new CareersClientError(`Could not reach ${endpoint}: ${(error as Error).message}`)
    }
    const text = await response.text()
    let body: { data?: Result; errors?: { message: string }[] }
    try {
      body = JSON.parse(text)
    } catch {
      throw new CareersClientError(`${endpoint} answered HTTP ${response.status} with no JSON: ${text.slice(0, 200)}`, {
        status: response.status,
      })
    }
    if (body.errors?.length) {
      throw new CareersClientError(body.errors.map((error) => error.message).join('; '), {
        errors: body.errors,
        status: response.status,
      })
    }
    if (!response.ok || !body.data) {
      throw new CareersClientError(`${endpoint} answered HTTP ${response.status}`, { status: response.status })
    }
    return body.data
  }

  return {
    /** Answers a FAQ list: published candidate FAQs. */
    faqs: async (limit = 100) => (await request(CareersFaqsDocument, { limit })).Faqs?.docs ?? [],
    /** Departments, locations, workplace and employment types that have open postings. */
    filterOptions: async () => (await request(CareersFilterOptionsDocument)).CareersFilterOptions,
    /** A page of open postings. Throws a ZodError naming the filter for an invalid one. */
    listPostings: async (filters: PostingFilters = {}) => {
      const parsed = postingFilters.parse(filters)
      const result = await request(CareersPostingsDocument, {
        limit: parsed.limit,
        page: parsed.page,
        sort: parsed.sort === 'title' ? 'title' : '-datePosted',
        where: postingsWhere(parsed),
      })
      return result.JobDescriptions!
    },
    /** A published posting by slug, or null. */
    postingBySlug: async (slug: string) =>
      (await request(CareersPostingBySlugDocument, { slug })).JobDescriptions?.docs[0] ?? null,
    /** The draft a preview token names; throws when the token is forged or expired. */
    preview: async (token: string) => (await request(CareersPreviewDocument, { token })).CareersPreview ?? null,
    request,
  }
}

export type CareersClient = ReturnType<typeof createCareersClient>
