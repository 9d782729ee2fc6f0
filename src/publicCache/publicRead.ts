import type { GraphQLRequest } from './answerKey'

/** An answer as it goes on the wire; a null body is a 304. */
export type PublicAnswer = { body: null | string; headers: Record<string, string>; status: number }

/**
 * The running app's answer to an anonymous query (`publicAnswer` bound to its Payload), or undefined when
 * only Payload's own GraphQL route can answer it.
 */
export type PublicRead = (request: GraphQLRequest, headers: Headers) => Promise<PublicAnswer | undefined>

/** No session cookie and no Authorization header: the only requests whose answers may be shared. */
export const isAnonymous = (headers: Headers): boolean =>
  !headers.get('authorization') && !/(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

const registryKey = Symbol.for('payload-plugin-job-descriptions.publicRead')

/**
 * The server in front of Next (scripts/serve.ts) loads its own copy of our modules, and must not start a
 * second Payload; it finds the running app's public read path through this process-wide slot, filled when
 * Payload starts.
 */
export const registerPublicRead = (read: PublicRead): void => {
  ;(globalThis as Record<symbol, unknown>)[registryKey] = read
}

export const runningPublicRead = (): PublicRead | undefined =>
  (globalThis as Record<symbol, unknown>)[registryKey] as PublicRead | undefined
