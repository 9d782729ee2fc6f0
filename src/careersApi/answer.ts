import { createHash } from 'node:crypto'

import { execute, GraphQLError } from 'graphql'
import type { ExecutionResult } from 'graphql'
import type { Payload } from 'payload'

import { publicCacheOf } from '../publicCache/publicCache.ts'
import type { PublicCache } from '../publicCache/publicCache.ts'
import { careersError } from './errors.ts'
import { hotAnswer, keepHot } from './hotAnswers.ts'
import type { HotAnswer } from './hotAnswers.ts'
import { prepare } from './prepare.ts'
import { currentIndex } from './readModelIndex.ts'
import { careersRequest, CareersRequestError } from './request.ts'
import type { CareersRequest } from './request.ts'
import { careersFieldResolver } from './resolvers.ts'
import type { CareersContext } from './resolvers.ts'
import { careersSchema } from './schema.ts'
import { careersApiOf } from './settings.ts'

/**
 * What the careers API answers, whatever server carries it: route.ts makes a fetch Response of it (Next,
 * any fetch-style server), nodeListener.ts writes it to a node:http response.
 */
export type CareersAnswer = { body: Buffer<ArrayBuffer> | null | string; headers: Readonly<Record<string, string>>; status: number }

/** A request as the careers API reads it: a GET's query string (without `?`), or a POST's body text. */
export type CareersIncoming = { ifNoneMatch: null | string | undefined } & ({ method: 'GET'; search: string } | { body: string; method: 'POST' })

/** Public by design: any site may read it from a browser, without credentials. */
export const cors: Readonly<Record<string, string>> = {
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

const plain = (status: number, body: string, headers: Record<string, string> = {}): CareersAnswer => ({
  body,
  headers: { ...cors, 'cache-control': 'no-store', 'content-type': 'application/json', ...headers },
  status,
})

/** A refusal as a GraphQL error answer, with its HTTP status. */
export const errorAnswer = (error: GraphQLError, status: number): CareersAnswer =>
  plain(status, JSON.stringify({ errors: [{ extensions: error.extensions, message: error.message }] }))

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

const sharedHeaders = (cache: PublicCache, etag: string, state: 'HIT' | 'MISS') => ({
  ...cors,
  'cache-control': `public, max-age=${cache.maxAgeSeconds}, stale-while-revalidate=${cache.staleWhileRevalidateSeconds}`,
  'content-type': 'application/json',
  etag,
  'x-cache': state,
})

/** A shared answer, or 304 when the caller already holds these bytes. */
const shared = ({ bytes, etag, headers }: Pick<HotAnswer, 'bytes' | 'etag' | 'headers'>, ifNoneMatch: null | string | undefined): CareersAnswer => {
  const notModified = ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)
  return { body: notModified ? null : bytes, headers, status: notModified ? 304 : 200 }
}

/** Kept no later than the next posting's closing time: an answer must not show it once it has closed. */
const ttlSecondsOf = async (payload: Payload, cache: PublicCache) => {
  const closing = (await currentIndex(payload, careersApiOf(payload.config)!)).msUntilNextClosing(Date.now())
  return closing === undefined ? cache.ttlSeconds : Math.max(1, Math.min(cache.ttlSeconds, Math.floor(closing / 1000)))
}

/**
 * An answer through the public cache (the plugin's, shared with Payload's public GraphQL: any public
 * change empties both): a hit is served as stored; a 200 miss is stored under the generation read before
 * it ran. Either is kept hot for requests of the same text. ETag / If-None-Match gives 304. The store
 * unreachable, answers are worked out fresh.
 */
const cached = async (payload: Payload, request: CareersRequest, ifNoneMatch: null | string | undefined, hotKey: string): Promise<CareersAnswer> => {
  const prepared = prepare(request.text)
  // A preview token's answer is a draft: for its holder alone, kept by nobody.
  if (prepared.previews) {
    const { body, status } = await run(payload, request, prepared)
    return plain(status, body, { 'cache-control': 'private, no-store' })
  }
  const cache = publicCacheOf(payload.config)
  if (!cache?.enabled) {
    const { body, status } = await run(payload, request, prepared)
    return plain(status, body)
  }
  const key = `careers:${createHash('sha256').update(JSON.stringify([request.text, request.operationName ?? null, request.variables ?? null])).digest('base64url')}`
  const store = cache.store()
  const generation = await store.generation().catch(() => undefined)
  const fullKey = generation !== undefined ? `${generation}:${key}` : undefined
  const hit = fullKey ? await store.get(fullKey).catch(() => undefined) : undefined
  let answer = hit
  if (!answer) {
    const { body, status } = await run(payload, request, prepared)
    if (status !== 200 || !fullKey) return plain(status, body)
    answer = { body, etag: etagOf(body) }
  }
  const ttlSeconds = await ttlSecondsOf(payload, cache)
  if (!hit) await store.set(fullKey!, answer, ttlSeconds).catch(() => undefined)
  const hot = { bytes: Buffer.from(answer.body), etag: answer.etag, expires: Date.now() + ttlSeconds * 1000, generation: generation!, headers: sharedHeaders(cache, answer.etag, 'HIT') }
  keepHot(cache, hotKey, hot)
  return shared(hit ? hot : { ...hot, headers: sharedHeaders(cache, answer.etag, 'MISS') }, ifNoneMatch)
}

const hotKeyOf = (incoming: CareersIncoming) => (incoming.method === 'GET' ? `GET ${incoming.search}` : `POST ${incoming.body}`)

/**
 * The answer kept hot for exactly this request (see hotAnswers.ts), without awaiting anything, or
 * undefined: a server calls it first and, without one, careersAnswer.
 */
export const hotCareersAnswer = (payload: Payload, incoming: CareersIncoming): CareersAnswer | undefined => {
  const cache = publicCacheOf(payload.config)
  if (!cache?.enabled) return undefined
  const hot = hotAnswer(cache, hotKeyOf(incoming), Date.now())
  return hot && shared(hot, incoming.ifNoneMatch)
}

const requestOf = (incoming: CareersIncoming): CareersRequest => {
  if (incoming.method === 'GET') return careersRequest(Object.fromEntries(new URLSearchParams(incoming.search)), 'params')
  let json: unknown
  try {
    json = JSON.parse(incoming.body)
  } catch {
    throw new CareersRequestError(careersError('BAD_USER_INPUT', 'body: is not JSON'), 400)
  }
  return careersRequest(json, 'body')
}

/** The careers API's answer to a GET's parameters or a POST's JSON body; no session needed or read. */
export const careersAnswer = async (payload: Payload, incoming: CareersIncoming): Promise<CareersAnswer> => {
  try {
    return hotCareersAnswer(payload, incoming) ?? (await cached(payload, requestOf(incoming), incoming.ifNoneMatch, hotKeyOf(incoming)))
  } catch (error) {
    if (error instanceof CareersRequestError) return errorAnswer(error.error, error.status)
    payload.logger.error({ err: error, msg: 'Careers API request failed' })
    return errorAnswer(careersError('INTERNAL_SERVER_ERROR', 'Internal server error'), 500)
  }
}
