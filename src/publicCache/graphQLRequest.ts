import { z } from 'zod'

import { persistedQueries } from './answerKey.ts'
import type { GraphQLRequest } from './answerKey.ts'
import { boundedCache, textBytes } from './boundedCache.ts'
import { variablesRefusal } from './jsonDepth.ts'

const jsonObject = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown
    } catch {
      context.addIssue({ code: 'custom', message: 'is not JSON' })
      return z.NEVER
    }
  })
  .pipe(z.record(z.string(), z.unknown()).nullable())
  .superRefine((value, context) => {
    const refusal = variablesRefusal(value)
    if (refusal) context.addIssue({ code: 'custom', message: refusal.replace(/^variables: /, 'is ') })
  })

const getParams = z.object({
  extensions: jsonObject.optional(),
  id: z.string().regex(/^[0-9a-f]{64}$/, 'must be the sha256 of a persisted operation').optional(),
  operationName: z.string().optional(),
  query: z.string().max(20_000, 'is too long for a GET; POST it').optional(),
  variables: jsonObject.optional(),
})

export class GraphQLRequestError extends Error {}

const graphQLParams = new Set(['extensions', 'id', 'operationName', 'query', 'variables'])
const hasOtherParams = (names: Iterable<string>) => [...names].some((name) => !graphQLParams.has(name))

const read = (search: string): GraphQLRequest => {
  const params = new URLSearchParams(search)
  const parsed = getParams.safeParse(Object.fromEntries(params))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new GraphQLRequestError(`${issue.path.join('.')}: ${issue.message}`)
  }
  const { extensions, id, operationName, query, variables } = parsed.data
  const hash = id ?? ((extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash)
  // An own property only: `constructor` or `__proto__` must not find Object.prototype's.
  const text = query ?? (hash && Object.hasOwn(persistedQueries, hash) ? persistedQueries[hash] : undefined)
  if (!text) throw new GraphQLRequestError(hash ? `id: no persisted operation has the hash ${hash}` : 'query: missing (or id, for a persisted operation)')
  return Object.freeze({ operationName, otherParams: hasOtherParams(params.keys()), query: text, variables: variables ?? undefined })
}

/**
 * The URLs read, up to 8 MB by estimate: the URL, the query text when it is not a persisted one (which the
 * request shares with persistedQueries), and the parsed variables at about four times their text.
 */
const persistedTexts = new Set(Object.values(persistedQueries))
const known = boundedCache<GraphQLRequest>({
  maxBytes: 8 * 1024 * 1024,
  sizeOf: (request, search) => textBytes(search) * 3 + (persistedTexts.has(request.query) ? 0 : textBytes(request.query)),
})

/** The bytes the cache of URLs holds, by its estimate (for tests). */
export const knownRequestBytes = (): number => known.calculatedSize

/**
 * A GraphQL request as careers sites send it over GET, from the URL's query string (`?…`): `query` (or `id`,
 * the sha256 of an operation in graphql/operations/, or Apollo's `extensions.persistedQuery.sha256Hash`)
 * and `variables`. Bad input is an error naming the parameter. Careers sites repeat the same few URLs, so
 * the ones most recently read well are kept (up to 8 MB); the same URL gives the same (frozen) object,
 * which the cache key remembers too.
 */
export const readGraphQLRequest = (search: string): GraphQLRequest => {
  let request = known.get(search)
  if (!request) {
    request = read(search)
    known.set(search, request)
  }
  return request
}

/**
 * A POSTed GraphQL request, or undefined when the body is not one (Payload answers it). Parameters in the
 * URL, or keys in the body besides the request's own, mark it `otherParams`.
 */
export const readGraphQLBody = (text: string, url: URL): GraphQLRequest | undefined => {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!body || typeof body !== 'object' || typeof (body as GraphQLRequest).query !== 'string') return undefined
  const { operationName, query, variables } = body as GraphQLRequest
  return { operationName, otherParams: url.search !== '' || hasOtherParams(Object.keys(body)), query, variables }
}
