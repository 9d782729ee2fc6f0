import { createHash } from 'node:crypto'
import { getPayload, headersWithCors } from 'payload'
import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'

import { answerKey, isMutation, parsedDocument, parseRefusal } from './answerKey.ts'
import type { GraphQLRequest } from './answerKey.ts'
import { answerAnonymousQuery } from './anonymousQuery.ts'
import { bodyTooLarge, readBoundedText } from './boundedBody.ts'
import { GraphQLRequestError, readGraphQLBody, readGraphQLRequest } from './graphQLRequest.ts'
import { variablesRefusal } from './jsonDepth.ts'
import { payloadGraphQL } from './preparedQuery.ts'
import { publicCacheOf } from './publicCache.ts'
import type { PublicCache } from './publicCache.ts'
import { isAnonymous } from './publicRead.ts'
import type { FreshAnswer, PublicAnswer } from './publicRead.ts'
import { shapeErrors } from './queryShape.ts'
import type { CachedAnswer } from './store.ts'

type Handler = (request: Request) => Promise<Response>

const corsByOrigin = new WeakMap<Payload, Map<null | string, Record<string, string>>>()

/**
 * The Access-Control-* headers Payload's own routes send this request (the config's `cors`); they depend
 * on the request's Origin alone, so each origin's are worked out once (up to 100 origins are kept).
 */
const corsHeaders = (payload: Payload, headers: Headers): Record<string, string> => {
  let byOrigin = corsByOrigin.get(payload)
  if (!byOrigin) corsByOrigin.set(payload, (byOrigin = new Map()))
  const origin = headers.get('origin')
  let cors = byOrigin.get(origin)
  if (!cors) {
    cors = Object.fromEntries(headersWithCors({ headers: new Headers(), req: { headers, payload } as PayloadRequest }))
    if (byOrigin.size >= 100) byOrigin.clear()
    byOrigin.set(origin, cors)
  }
  return cors
}

/** With a list of allowed origins, the one asking is echoed back (Payload's default is an empty list). */
const echoesOrigin = ({ config: { cors } }: Payload) => {
  const origins = Array.isArray(cors) ? cors : (cors as { origins?: unknown } | undefined)?.origins
  return Array.isArray(origins) && origins.length > 0
}

/** The cached bytes, or 304 when the caller already has them. */
const sharedAnswer = (payload: Payload, cache: PublicCache, headers: Headers, answer: CachedAnswer, state: 'HIT' | 'MISS'): PublicAnswer => {
  const known = headers.get('if-none-match')
  const notModified = known?.split(',').some((tag) => tag.trim() === answer.etag)
  return {
    body: notModified ? null : answer.body,
    headers: {
      ...corsHeaders(payload, headers),
      'cache-control': `public, max-age=${cache.maxAgeSeconds}, stale-while-revalidate=${cache.staleWhileRevalidateSeconds}`,
      'content-type': 'application/json',
      etag: answer.etag,
      // A CDN must keep one copy per origin when the allowed origin is echoed back.
      vary: echoesOrigin(payload) ? 'Authorization, Cookie, Origin' : 'Authorization, Cookie',
      'x-cache': state,
    },
    status: notModified ? 304 : 200,
  }
}

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`

/** Without its store (Redis down), the cache steps aside: answers are served fresh, and the error logged. */
const bypass = (payload: Payload) => (err: unknown) => {
  payload.logger.error({ err, msg: 'Public GraphQL cache unavailable; answering without it' })
  return undefined
}

/** The cache key with its generation, or undefined when this request must not touch the cache. */
const lookupKey = async (cache: PublicCache | undefined, request: GraphQLRequest) => {
  const key = cache?.enabled ? answerKey(request) : undefined
  return key && `${await cache!.store().generation()}:${key}`
}

/**
 * The answer to an anonymous query: from the public cache; or fresh (`fresh`, by default answerAnonymousQuery
 * on this Payload), and then stored when it may be shared; or undefined when only Payload's own GraphQL
 * route can answer it (errors, among others). What is not shared (a draft preview, or anything while the
 * cache is off) is `no-store`.
 */
export const publicAnswer = async (
  payload: Payload,
  request: GraphQLRequest,
  headers: Headers,
  fresh: FreshAnswer = (request, headers) => answerAnonymousQuery(payload, request, headers),
): Promise<PublicAnswer | undefined> => {
  if (request.otherParams) return undefined
  const cache = publicCacheOf(payload.config)
  const key = await lookupKey(cache, request).catch(bypass(payload))
  const hit = key ? await cache!.store().get(key).catch(bypass(payload)) : undefined
  if (hit) return sharedAnswer(payload, cache!, headers, hit, 'HIT')
  const body = await fresh(request, headers)
  if (body === undefined) return undefined
  if (!key) return { body, headers: { ...corsHeaders(payload, headers), 'cache-control': 'no-store', 'content-type': 'application/json' }, status: 200 }
  const answer = { body, etag: etagOf(body) }
  // Stored under the generation read before the query ran: a change meanwhile makes it unreachable.
  await cache!.store().set(key, answer, cache!.ttlSeconds).catch(bypass(payload))
  return sharedAnswer(payload, cache!, headers, answer, 'MISS')
}

const toResponse = ({ body, headers, status }: PublicAnswer) => new Response(body, { headers, status })

const withHeaders = (response: Response, headers: Record<string, string>) => {
  const merged = new Headers(response.headers)
  for (const [name, value] of Object.entries(headers)) merged.set(name, value)
  return new Response(response.body, { headers: merged, status: response.status, statusText: response.statusText })
}

const refusal = (messages: { locations?: unknown; message: string }[]) =>
  Response.json({ errors: messages.map(({ locations, message }) => ({ locations, message })) }, { status: 400 })

/**
 * A 400 naming what is wrong with a GraphQL request before Payload's route reads it (it would answer a 500
 * with an empty body, or a 200 with a bare stack overflow): variables nested too deep, a text nested too
 * deep to parse, a fragment cycle or a depth above the limit (see shapeErrors). Undefined when Payload's
 * route may have it; it names a plain syntax error itself.
 */
const requestRefusal = async (config: Promise<SanitizedConfig>, body: unknown): Promise<Response | undefined> => {
  if (!body || typeof body !== 'object') return undefined
  const { query, variables } = body as { query?: unknown; variables?: unknown }
  const deepVariables = variablesRefusal(variables)
  if (deepVariables) return refusal([{ message: deepVariables }])
  if (typeof query !== 'string') return undefined
  const unparsable = parseRefusal(query)
  if (unparsable) return refusal([{ message: unparsable }])
  const document = parsedDocument(query)
  if (!document) return undefined
  const { schema } = await payloadGraphQL((await getPayload({ config })).config)
  const errors = shapeErrors(schema, document)
  return errors.length > 0 ? refusal([...errors]) : undefined
}

const parsedBody = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Payload's GraphQL POST behind the checks it lacks: a body of at most 100 KB (413 above it, read no
 * further), and a request that requestRefusal lets through (400 naming what is wrong).
 * The app's route uses it for everything it hands Payload, and as the whole route with GRAPHQL_ROUTE=payload.
 */
export const guardedGraphQLPost =
  (config: Promise<SanitizedConfig>, payloadPost: Handler): Handler =>
  async (request) => {
    const text = await readBoundedText(request)
    if (text === null) return bodyTooLarge()
    return (await requestRefusal(config, parsedBody(text))) ?? payloadPost(new Request(request.url, { body: text, headers: request.headers, method: 'POST' }))
  }

/**
 * `/api/graphql` for careers sites: GET (with `query`, or `id` for a persisted operation) and POST. Anonymous
 * queries get `publicAnswer`: cached (keyed by the normalised operation and variables, invalidated by any
 * public change), `ETag` / `If-None-Match` -> 304, `Cache-Control` with `stale-while-revalidate`, run on
 * Payload's schema without re-parsing or re-validating a known text. Signed-in requests, mutations and
 * whatever `publicAnswer` leaves go to Payload's own route, through guardedGraphQLPost; signed-in answers
 * are `private, no-store`. A POST body above 100 KB is a 413.
 */
export const publicGraphQL = (config: Promise<SanitizedConfig>, unguardedPost: Handler): { GET: Handler; POST: Handler } => {
  const payloadPost = guardedGraphQLPost(config, unguardedPost)
  const serve = async (request: Request, graphQLRequest: GraphQLRequest, forward: () => Request) => {
    if (!isAnonymous(request.headers)) return withHeaders(await payloadPost(forward()), { 'cache-control': 'private, no-store' })
    const answer = await publicAnswer(await getPayload({ config }), graphQLRequest, request.headers)
    if (answer) return toResponse(answer)
    return withHeaders(await payloadPost(forward()), { 'cache-control': 'no-store' })
  }

  return {
    GET: async (request) => {
      const url = new URL(request.url)
      let graphQLRequest: GraphQLRequest
      try {
        graphQLRequest = readGraphQLRequest(url.search)
      } catch (error) {
        if (!(error instanceof GraphQLRequestError)) throw error
        return Response.json({ errors: [{ message: error.message }] }, { status: 400 })
      }
      if (isMutation(graphQLRequest.query)) {
        return Response.json({ errors: [{ message: 'GET answers queries only; send mutations with POST.' }] }, { status: 405 })
      }
      const headers = new Headers(request.headers)
      headers.set('content-type', 'application/json')
      headers.delete('content-length')
      const { operationName, query, variables } = graphQLRequest
      const body = JSON.stringify({ operationName, query, variables })
      return serve(request, graphQLRequest, () => new Request(url, { body, headers, method: 'POST' }))
    },
    POST: async (request) => {
      const text = await readBoundedText(request)
      if (text === null) return bodyTooLarge()
      const graphQLRequest = readGraphQLBody(text, new URL(request.url))
      const deepVariables = variablesRefusal(graphQLRequest?.variables)
      if (deepVariables) return refusal([{ message: deepVariables }])
      const forward = () => new Request(request.url, { body: text, headers: request.headers, method: 'POST' })
      // Payload answers a malformed body, and runs mutations.
      if (!graphQLRequest || isMutation(graphQLRequest.query)) return payloadPost(forward())
      return serve(request, graphQLRequest, forward)
    },
  }
}
