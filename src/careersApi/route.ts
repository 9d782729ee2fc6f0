import { createHash } from 'node:crypto'

import { execute, GraphQLError } from 'graphql'
import type { ExecutionResult } from 'graphql'
import { getPayload } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { bodyTooLarge, readBoundedText } from '../publicCache/boundedBody.ts'
import { publicCacheOf } from '../publicCache/publicCache.ts'
import { careersError } from './errors.ts'
import { prepare } from './prepare.ts'
import { careersRequest, CareersRequestError } from './request.ts'
import type { CareersRequest } from './request.ts'
import { careersFieldResolver } from './resolvers.ts'
import type { CareersContext } from './resolvers.ts'
import { careersSchema } from './schema.ts'
import { currentIndex } from './readModelIndex.ts'
import { careersApiOf } from './settings.ts'

type Handler = (request: Request) => Promise<Response>

/** Public by design: any site may read it from a browser, without credentials. */
const cors = {
  'access-control-allow-headers': 'content-type, if-none-match',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-origin': '*',
  // So that a site's own script may read what the cache says (revalidation works without it).
  'access-control-expose-headers': 'etag, x-cache',
  'access-control-max-age': '86400',
}

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  INTERNAL_SERVER_ERROR: 500,
  NOT_FOUND: 404,
}

/**
 * Errors as the API promises them: every one with `extensions.code`; a variable graphql-js refused is
 * BAD_USER_INPUT; anything unexpected is logged and answered as INTERNAL_SERVER_ERROR without its
 * message (which could name internals, or be a minified class name).
 */
const publicError = (payload: Payload, error: GraphQLError) => {
  const code = error.extensions?.code
  if (typeof code === 'string') return { extensions: error.extensions, locations: error.locations, message: error.message, path: error.path }
  // Without a path, graphql-js refused the request's variables (a value of the wrong type, an unknown enum
  // value): the caller's input.
  if (!error.originalError || !error.path || error.originalError instanceof GraphQLError) {
    return { extensions: { code: 'BAD_USER_INPUT' }, locations: error.locations, message: error.message, path: error.path }
  }
  payload.logger.error({ err: error.originalError, msg: 'Careers API resolver failed' })
  return { extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: error.locations, message: 'Internal server error', path: error.path }
}

const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { ...cors, 'cache-control': 'no-store', 'content-type': 'application/json', ...headers }, status })

const errorAnswer = (error: GraphQLError, status: number) =>
  answer(status, JSON.stringify({ errors: [{ extensions: error.extensions, message: error.message }] }))

const run = async (payload: Payload, request: CareersRequest, prepared = prepare(request.text)): Promise<{ body: string; status: number }> => {
  if (prepared.errors.length > 0) {
    return { body: JSON.stringify({ errors: prepared.errors.map((error) => publicError(payload, error)) }), status: 400 }
  }
  const settings = careersApiOf(payload.config)
  if (!settings) throw new Error('The careers API runs on a config the job descriptions plugin made')
  const contextValue: CareersContext = { now: Date.now(), payload, settings }
  const result = (await execute({
    contextValue,
    document: prepared.document,
    fieldResolver: careersFieldResolver,
    operationName: request.operationName ?? undefined,
    schema: careersSchema,
    variableValues: request.variables ?? undefined,
  })) as ExecutionResult
  const errors = result.errors?.map((error) => publicError(payload, error))
  const status = errors?.length ? (statusOf[String(errors[0]!.extensions?.code)] ?? 200) : 200
  return { body: JSON.stringify(errors ? { data: result.data ?? null, errors } : { data: result.data }), status }
}

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`

/**
 * An answer through the public cache (the plugin's, shared with Payload's public GraphQL: any public
 * change empties both): a hit is served as stored; a 200 miss is stored under the generation read before
 * it ran. ETag / If-None-Match gives 304. The store unreachable, answers are worked out fresh.
 */
const cached = async (payload: Payload, request: CareersRequest, headers: Headers): Promise<Response> => {
  const prepared = prepare(request.text)
  // A preview token's answer is a draft: for its holder alone, kept by nobody.
  if (prepared.previews) {
    const { body, status } = await run(payload, request, prepared)
    return answer(status, body, { 'cache-control': 'private, no-store' })
  }
  const cache = publicCacheOf(payload.config)
  const key = cache?.enabled ? `careers:${createHash('sha256').update(JSON.stringify([request.text, request.operationName ?? null, request.variables ?? null])).digest('base64url')}` : undefined
  const store = cache?.store()
  const generation = key && store ? await store.generation().catch(() => undefined) : undefined
  const shared = (body: string, etag: string, state: string) => {
    const notModified = headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag)
    return new Response(notModified ? null : body, {
      headers: {
        ...cors,
        'cache-control': `public, max-age=${cache!.maxAgeSeconds}, stale-while-revalidate=${cache!.staleWhileRevalidateSeconds}`,
        'content-type': 'application/json',
        etag,
        'x-cache': state,
      },
      status: notModified ? 304 : 200,
    })
  }
  const fullKey = generation !== undefined ? `${generation}:${key}` : undefined
  const hit = fullKey ? await store!.get(fullKey).catch(() => undefined) : undefined
  if (hit) return shared(hit.body, hit.etag, 'HIT')
  const { body, status } = await run(payload, request, prepared)
  if (status !== 200 || !fullKey) return answer(status, body)
  const etag = etagOf(body)
  // Kept no later than the next posting's closing time: an answer must not show it once it has closed.
  const closing = (await currentIndex(payload, careersApiOf(payload.config)!)).msUntilNextClosing(Date.now())
  const ttlSeconds = closing === undefined ? cache!.ttlSeconds : Math.max(1, Math.min(cache!.ttlSeconds, Math.floor(closing / 1000)))
  await store!.set(fullKey, { body, etag }, ttlSeconds).catch(() => undefined)
  return shared(body, etag, 'MISS')
}

/** The careers API for one Payload: GET (parameters) and POST (a JSON body), no session needed or read. */
export const careersApiHandler = (payloadOf: () => Promise<Payload>): { GET: Handler; OPTIONS: Handler; POST: Handler } => {
  const serve = async (request: Request, read: () => Promise<CareersRequest>) => {
    const payload = await payloadOf()
    try {
      return await cached(payload, await read(), request.headers)
    } catch (error) {
      if (error instanceof CareersRequestError) return errorAnswer(error.error, error.status)
      payload.logger.error({ err: error, msg: 'Careers API request failed' })
      return errorAnswer(careersError('INTERNAL_SERVER_ERROR', 'Internal server error'), 500)
    }
  }
  return {
    GET: (request) => serve(request, async () => careersRequest(Object.fromEntries(new URL(request.url).searchParams), 'params')),
    OPTIONS: async () => new Response(null, { headers: cors, status: 204 }),
    POST: async (request) => {
      const text = await readBoundedText(request)
      if (text === null) return bodyTooLarge()
      return serve(request, async () => {
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          throw new CareersRequestError(careersError('BAD_USER_INPUT', 'body: is not JSON'), 400)
        }
        return careersRequest(json, 'body')
      })
    },
  }
}

/**
 * `/api/careers/graphql` for a host's Next app (`app/(payload)/api/careers/graphql/route.ts`):
 * `export const { GET, OPTIONS, POST } = careersApiRoute(config)`.
 */
export const careersApiRoute = (config: Promise<SanitizedConfig> | SanitizedConfig) => careersApiHandler(() => getPayload({ config }))
