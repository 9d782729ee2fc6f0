import type { GraphQLRequest } from './answerKey.ts'

/** An answer as it goes on the wire; a null body is a 304. */
export type PublicAnswer = { body: null | string; headers: Record<string, string>; status: number }

/**
 * A fresh answer's JSON, worked out without the cache (answerAnonymousQuery on some Payload), or undefined
 * when only Payload's own GraphQL route can answer it.
 */
export type FreshAnswer = (request: GraphQLRequest, headers: Headers) => Promise<string | undefined>

/** No session cookie and no Authorization header: the only requests whose answers may be shared. */
export const isAnonymous = (headers: Headers): boolean =>
  !headers.get('authorization') && !/(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')
