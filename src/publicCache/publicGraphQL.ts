import { createHash } from 'node:crypto'
import { getPayload } from 'payload'
import type { SanitizedConfig } from 'payload'

import { answerKey, isMutation } from './answerKey'
import type { GraphQLRequest } from './answerKey'
import { GraphQLRequestError, readGraphQLRequest } from './graphQLRequest'
import { publicCacheOf } from './publicCache'
import type { PublicCache } from './publicCache'
import type { CachedAnswer } from './store'

type Handler = (request: Request) => Promise<Response>

/** No session cookie and no Authorization header: the only requests whose answers may be shared. */
export const isAnonymous = (headers: Headers): boolean =>
  !headers.get('authorization') && !/(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

const publicHeaders = (cache: PublicCache, etag: string, state: 'HIT' | 'MISS') => ({
  'cache-control': `public, max-age=${cache.maxAgeSeconds}, stale-while-revalidate=${cache.staleWhileRevalidateSeconds}`,
  'content-type': 'application/json',
  etag,
  vary: 'Authorization, Cookie',
  'x-cache': state,
})

/** The cached bytes, or 304 when the caller already has them. */
export const cachedResponse = (request: { headers: Headers }, cache: PublicCache, answer: CachedAnswer, state: 'HIT' | 'MISS') => {
  const headers = publicHeaders(cache, answer.etag, state)
  const known = request.headers.get('if-none-match')
  if (known && known.split(',').some((tag) => tag.trim() === answer.etag)) return new Response(null, { headers, status: 304 })
  return new Response(answer.body, { headers, status: 200 })
}

const withHeaders = (response: Response, headers: Record<string, string>) => {
  const merged = new Headers(response.headers)
  for (const [name, value] of Object.entries(headers)) merged.set(name, value)
  return new Response(response.body, { headers: merged, status: response.status, statusText: response.statusText })
}

/** The cache key with its generation, or undefined when this request must not touch the cache. */
export const lookupKey = async (cache: PublicCache | undefined, headers: Headers, request: GraphQLRequest) => {
  if (!cache?.enabled || !isAnonymous(headers)) return undefined
  const key = answerKey(request)
  return key && `${await cache.store().generation()}:${key}`
}

/**
 * `/api/graphql` for careers sites: GET (with `query`, or `id` for a persisted operation) and POST, anonymous
 * query answers cached (keyed by the normalised operation and variables, invalidated by any public change),
 * `ETag` / `If-None-Match` -> 304, `Cache-Control` with `stale-while-revalidate`. Signed-in requests and
 * mutations go straight to Payload and are never stored.
 */
export const publicGraphQL = (config: Promise<SanitizedConfig>, payloadPost: Handler): { GET: Handler; POST: Handler } => {
  const serve = async (request: Request, graphQLRequest: GraphQLRequest, forward: () => Request) => {
    const payload = await getPayload({ config })
    const cache = publicCacheOf(payload.config)
    // Without its store (Redis down), the cache steps aside: answers are served fresh, and the error logged.
    const bypass = (err: unknown) => {
      payload.logger.error({ err, msg: 'Public GraphQL cache unavailable; answering without it' })
      return undefined
    }
    const key = await lookupKey(cache, request.headers, graphQLRequest).catch(bypass)
    if (!cache || !key) {
      const response = await payloadPost(forward())
      return isAnonymous(request.headers) ? response : withHeaders(response, { 'cache-control': 'private, no-store' })
    }
    const hit = await cache.store().get(key).catch(bypass)
    if (hit) return cachedResponse(request, cache, hit, 'HIT')
    const response = await payloadPost(forward())
    const body = await response.text()
    if (response.status !== 200 || body.includes('"errors"')) {
      return new Response(body, { headers: { 'cache-control': 'no-store', 'content-type': 'application/json' }, status: response.status })
    }
    const answer = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }
    // Stored under the generation read before the query ran: a change meanwhile makes it unreachable.
    await cache.store().set(key, answer, cache.ttlSeconds).catch(bypass)
    return cachedResponse(request, cache, answer, 'MISS')
  }

  return {
    GET: async (request) => {
      const url = new URL(request.url)
      let graphQLRequest: GraphQLRequest
      try {
        graphQLRequest = readGraphQLRequest(url)
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
      return serve(request, graphQLRequest, () => new Request(url, { body: JSON.stringify(graphQLRequest), headers, method: 'POST' }))
    },
    POST: async (request) => {
      const text = await request.text()
      let graphQLRequest: GraphQLRequest | undefined
      try {
        graphQLRequest = JSON.parse(text) as GraphQLRequest
      } catch {
        graphQLRequest = undefined // Payload answers the malformed body
      }
      const forward = () => new Request(request.url, { body: text, headers: request.headers, method: 'POST' })
      if (!graphQLRequest || typeof graphQLRequest.query !== 'string') return payloadPost(forward())
      return serve(request, graphQLRequest, forward)
    },
  }
}
