import { z } from 'zod'

import {
  CareersFaqsDocument,
  CareersJobPostingDocument,
  CareersJobPostingFacetsDocument,
  CareersJobPostingPreviewDocument,
  CareersJobPostingsDocument,
} from '../../graphql/generated/careers/graphql.ts'
import type {
  CareersFaqsQueryVariables,
  CareersJobPostingFacetsQueryVariables,
  CareersJobPostingsQueryVariables,
  TypedDocumentString,
} from '../../graphql/generated/careers/graphql.ts'
import { CareersClientError, errorCodes } from './clientError.ts'

type Options = {
  /** The careers API, e.g. https://cms.example.com/api/careers/graphql */
  endpoint: string
  /** Defaults to the global fetch; pass one to add caching, tracing or retries. */
  fetch?: typeof fetch
  headers?: Record<string, string>
  /** The locale asked for when a call names none, e.g. "de". The server's default ("en") otherwise. */
  locale?: string
}

/** What `jobPosting` and `preview` take besides their first argument. */
export type PostingOptions = {
  locale?: string
  /** The posting's page on the careers site, for the JSON-LD `url`: a URL with {slug}, or a base URL. */
  siteUrl?: string
}

/**
 * The GraphQL answer, checked before it is believed: `data` is what the generated document types say
 * (the server's schema is the contract), `errors` are read for their codes.
 */
const answerBody = z.object({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z
    .array(
      z.looseObject({
        extensions: z.record(z.string(), z.unknown()).optional(),
        message: z.string(),
        path: z.array(z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
})

/** What the client reads of a generated document: its text, and the hash it is committed under. */
type Document = { __meta__?: Record<string, unknown>; toString(): string }

type Answer = { body: z.infer<typeof answerBody> | undefined; status: number; text: string }

/** Longer GET URLs are POSTed: some proxies and CDNs cut URLs at 4 to 8 kB. */
const maxUrlLength = 4000

/**
 * A typed client for the careers API (`/api/careers/graphql`), on the committed operations of
 * graphql/careers/ and the types codegen made from them. It needs nothing but a `fetch`.
 *
 * Each query goes as a GET by its committed hash (`?documentId=sha256:<hash>&variables=…`): short URLs a
 * CDN and the server's public cache answer. A server that does not know the hash (older or newer than this
 * client: PERSISTED_QUERY_NOT_FOUND) gets the query text by POST, and that operation is POSTed from then on;
 * so is any request whose URL would be too long. Any GraphQL error or HTTP failure throws a
 * CareersClientError with the codes the server gave.
 */
export const createCareersClient = ({ endpoint, fetch: fetchImpl = fetch, headers = {}, locale: defaultLocale }: Options) => {
  const unknownHashes = new Set<string>()

  const send = async (url: string, init: RequestInit): Promise<Answer> => {
    let response: Response
    let text: string
    try {
      response = await fetchImpl(url, { ...init, headers: { accept: 'application/json', ...init.headers, ...headers } })
      text = await response.text()
    } catch (error) {
      throw new CareersClientError(`Could not reach ${endpoint}: ${(error as Error).message}`, { cause: error })
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    const parsed = answerBody.safeParse(json)
    return { body: parsed.success ? parsed.data : undefined, status: response.status, text }
  }

  const post = (document: Document, variables: unknown) =>
    send(endpoint, {
      body: JSON.stringify({ query: document.toString(), variables }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })

  const exchange = async (document: Document, variables: unknown): Promise<Answer> => {
    const hash = document.__meta__?.hash
    if (typeof hash !== 'string' || unknownHashes.has(hash)) return post(document, variables)
    const query = new URLSearchParams({ documentId: `sha256:${hash}`, variables: JSON.stringify(variables ?? {}) })
    const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}${query}`
    if (url.length > maxUrlLength) return post(document, variables)
    const answer = await send(url, { method: 'GET' })
    if (!errorCodes(answer.body?.errors ?? []).includes('PERSISTED_QUERY_NOT_FOUND')) return answer
    unknownHashes.add(hash)
    return post(document, variables)
  }

  /** Any committed careers operation, typed by its generated document. */
  const request = async <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables?: Variables): Promise<Result> => {
    const { body, status, text } = await exchange(document, variables)
    if (!body) {
      throw new CareersClientError(`${endpoint} answered HTTP ${status} with no GraphQL answer: ${text.slice(0, 200)}`, { status })
    }
    if (body.errors?.length) {
      throw new CareersClientError(body.errors.map((error) => error.message).join('; '), { errors: body.errors, status })
    }
    if (status < 200 || status > 299 || !body.data) throw new CareersClientError(`${endpoint} answered HTTP ${status}`, { status })
    // The generated document's result type: the server answers exactly the schema codegen read.
    return body.data as Result
  }

  const withLocale = <T extends { locale?: null | string }>(variables: T): T => ({ ...variables, locale: variables.locale ?? defaultLocale })

  return {
    /** The filter menus for the postings `filter` and `search` match; pass an entry's `value` back as the filter. */
    facets: async (args: CareersJobPostingFacetsQueryVariables = {}) =>
      (await request(CareersJobPostingFacetsDocument, withLocale(args))).jobPostingFacets,
    /** Candidate FAQs: the general ones, then, with `posting` (a slug), that posting's own. */
    faqs: async (args: CareersFaqsQueryVariables = {}) => (await request(CareersFaqsDocument, args)).careersFaqs,
    /** One open posting by its slug, or null. */
    jobPosting: async (slug: string, { locale, siteUrl }: PostingOptions = {}) =>
      (await request(CareersJobPostingDocument, withLocale({ locale, siteUrl, slug }))).jobPosting ?? null,
    /** A page of open postings: `nodes`, `totalCount`, `page`, `hasNextPage`. */
    jobPostings: async (args: CareersJobPostingsQueryVariables = {}) =>
      (await request(CareersJobPostingsDocument, withLocale(args))).jobPostings,
    /** The latest draft a preview token names, or null; a forged or expired token throws (FORBIDDEN). */
    preview: async (token: string, { locale, siteUrl }: PostingOptions = {}) =>
      (await request(CareersJobPostingPreviewDocument, withLocale({ locale, siteUrl, token }))).jobPostingPreview ?? null,
    request,
  }
}

export type CareersClient = ReturnType<typeof createCareersClient>
/** A page of `jobPostings`. */
export type JobPostingPage = Awaited<ReturnType<CareersClient['jobPostings']>>
/** The filter menus of `facets`. */
export type JobPostingFacetMenus = Awaited<ReturnType<CareersClient['facets']>>
/** A page of `faqs`. */
export type FaqPage = Awaited<ReturnType<CareersClient['faqs']>>
