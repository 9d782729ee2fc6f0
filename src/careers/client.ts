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

type Answer = { ok: boolean; status: number; text: string }
/** What the client reads of a generated document: its text, and the hash it is persisted under. */
type Document = { __meta__?: Record<string, unknown>; toString(): string }
type GraphQLBody<Result> = { data?: Result; errors?: { extensions?: { code?: unknown }; message: string }[] }

const parsed = <Result>(text: string): GraphQLBody<Result> | undefined => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * How a server that will not take the operation by its hash says so: "unknown" (this app's 400 "id: no
 * persisted operation has the hash", Apollo's PERSISTED_QUERY_NOT_FOUND), "unsupported" (Apollo's
 * PERSISTED_QUERY_NOT_SUPPORTED), or undefined when it answered the operation (or failed at it).
 */
const persistedRefusal = ({ text }: Answer): 'unknown' | 'unsupported' | undefined => {
  if (!/persisted/i.test(text)) return undefined // an answer: not parsed twice
  for (const { extensions, message } of parsed(text)?.errors ?? []) {
    const said = `${String(extensions?.code ?? '')} ${message}`
    if (/PERSISTED_QUERY_NOT_SUPPORTED|PersistedQueryNotSupported/i.test(said)) return 'unsupported'
    if (/PERSISTED_QUERY_NOT_FOUND|PersistedQueryNotFound|no persisted (operation|query)/i.test(said)) return 'unknown'
  }
  return undefined
}

/**
 * A typed client for the careers operations in graphql/operations/. Results are typed by the generated
 * documents; a GraphQL error or an HTTP failure throws a CareersClientError with the server's message.
 *
 * Queries go as GET by their persisted hash (`?id=<sha256>&variables=…`): short URLs a CDN and the app's
 * public cache answer. Where GET is refused (405: a host that mounts Payload's route alone), the client
 * POSTs the query text instead, and, this instance, from then on; a hash the server does not know (an older
 * or newer server) is POSTed too, and that hash from then on. Mutations and URLs over 4000 characters are
 * always POSTed.
 */
export const createCareersClient = ({ endpoint, fetch: fetchImpl = fetch, headers = {} }: Options) => {
  let getRefused = false
  const unknownHashes = new Set<string>()

  const send = async (url: string, init: RequestInit): Promise<Answer> => {
    let response: Response
    try {
      response = await fetchImpl(url, init)
    } catch (error) {
      throw new CareersClientError(`Could not reach ${endpoint}: ${(error as Error).message}`)
    }
    return { ok: response.ok, status: response.status, text: await response.text() }
  }

  const post = (document: Document, variables: unknown) =>
    send(endpoint, {
      body: JSON.stringify({ query: document.toString(), variables }),
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      method: 'POST',
    })

  /** By GET where the server takes it, else by POST (see above). */
  const exchange = async (document: Document, variables: unknown): Promise<Answer> => {
    const hash = document.__meta__?.hash as string | undefined
    const isQuery = /^\s*(query\b|\{)/.test(document.toString())
    const url = hash && `${endpoint}?id=${hash}&variables=${encodeURIComponent(JSON.stringify(variables ?? {}))}`
    if (!url || !isQuery || url.length > 4000 || getRefused || unknownHashes.has(hash)) return post(document, variables)
    const answer = await send(url, { headers: { accept: 'application/json', ...headers }, method: 'GET' })
    if (answer.status === 405) getRefused = true
    else {
      const refusal = persistedRefusal(answer)
      if (!refusal) return answer
      if (refusal === 'unsupported') getRefused = true
      else unknownHashes.add(hash)
    }
    return post(document, variables)
  }

  const request = async <Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables?: Variables,
  ): Promise<Result> => {
    const response = await exchange(document, variables)
    const body = parsed<Result>(response.text)
    if (!body) {
      throw new CareersClientError(`${endpoint} answered HTTP ${response.status} with no JSON: ${response.text.slice(0, 200)}`, {
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
