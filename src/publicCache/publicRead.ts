import type { GraphQLRequest } from './answerKey.ts'

/** An answer as it goes on the wire; a null body is a 304. */
export type PublicAnswer = { body: null | string; headers: Record<string, string>; status: number }

/**
 * A fresh answer's JSON, worked out without the cache (answerAnonymousQuery on some Payload), or undefined
 * when only Payload's own GraphQL route can answer it.
 */
export type FreshAnswer = (request: GraphQLRequest, headers: Headers) => Promise<string | undefined>

/**
 * The running app's answer to an anonymous query (`publicAnswer` bound to its Payload), or undefined when
 * only Payload's own GraphQL route can answer it. `fresh` works out what the cache does not hold (by
 * default the app's own Payload, on this thread; scripts/serve.ts passes its read threads').
 */
export type PublicRead = (request: GraphQLRequest, headers: Headers, fresh?: FreshAnswer) => Promise<PublicAnswer | undefined>

/** No session cookie and no Authorization header: the only requests whose answers may be shared. */
export const isAnonymous = (headers: Headers): boolean =>
  !headers.get('authorization') && !/(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

type Slot = { read?: PublicRead; waiting: ((read: PublicRead) => void)[] }

const registryKey = Symbol.for('payload-plugin-job-descriptions.publicRead')

const slot = (): Slot => ((globalThis as Record<symbol, unknown>)[registryKey] ??= { waiting: [] }) as Slot

/**
 * The server in front of Next (scripts/serve.ts) loads its own copy of our modules, and must not start a
 * second Payload; it finds the running app's public read path through this process-wide slot, filled when
 * Payload starts.
 */
export const registerPublicRead = (read: PublicRead): void => {
  const registry = slot()
  registry.read = read
  for (const resolve of registry.waiting.splice(0)) resolve(read)
}

export const runningPublicRead = (): PublicRead | undefined => slot().read

/** Settles once the app's Payload has started (and so has migrated its database). */
export const publicReadStarted = (): Promise<PublicRead> =>
  new Promise((resolve) => {
    const registry = slot()
    if (registry.read) resolve(registry.read)
    else registry.waiting.push(resolve)
  })
