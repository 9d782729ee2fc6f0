import type { Redis } from 'ioredis'

import type { CachedAnswer, PublicCacheStore } from './store.ts'

/**
 * How long one Redis command (or connection attempt) may take before the cache steps aside. Not less: the
 * clock runs from when the command is queued, and a save that blocks the event loop (SQLite's driver is
 * synchronous) delays reading Redis's answer; at one second, seeding on a loaded machine timed out a bump.
 */
export const redisTimeoutMs = 2000

/**
 * How long a generation read from (or bumped in) Redis is trusted without asking again: another
 * instance's publish is seen here within this, and this instance's own at once.
 */
export const knownGenerationMs = 250

/**
 * Shared through Redis, so several app instances serve the same answers and one publish invalidates them
 * all: the generation is a Redis counter, answers are Redis strings that expire on their own.
 */
export const redisStore = (url: string, { prefix }: { prefix: string }): PublicCacheStore => {
  // A command waits for at most one reconnection when Redis is down; then it fails and the cache steps aside.
  // A Redis that accepts connections but never answers (overloaded, a half-open connection, a proxy whose
  // backend is gone) would hold every read and HR's every save: each command, and each connection attempt,
  // gives up after redisTimeoutMs instead, and the caller goes on without the cache.
  //
  // ioredis is an optional peer: loaded with the first command, so that a host without a shared cache need
  // not install it, and one that sets `redisUrl` without it is told what is missing. Left to Node at run
  // time (the comments): a bundler resolving it at build time failed the host's `next build` without it.
  let connecting: Promise<Redis> | undefined
  const connection = () =>
    (connecting ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'ioredis').then(
      ({ Redis }) => {
        const client = new Redis(url, { commandTimeout: redisTimeoutMs, connectTimeout: redisTimeoutMs, maxRetriesPerRequest: 1 })
        client.on('error', () => {}) // each failed command rejects, and its caller logs it
        return client
      },
      (error: unknown) => {
        throw new Error(`publicCache.redisUrl needs the optional peer dependency ioredis (npm install ioredis): ${String(error)}`)
      },
    ))
  const generationKey = `${prefix}generation`
  let known: { at: number; generation: string } | undefined
  const know = (generation: string) => {
    // A read sent before this instance's bump may come back after it: it must not bring the old one back.
    const older = known && Date.now() - known.at < knownGenerationMs && Number(generation) < Number(known.generation)
    if (!older) known = { at: Date.now(), generation }
    return generation
  }
  return {
    bump: async () => {
      known = undefined
      know(String(await (await connection()).incr(generationKey)))
    },
    close: async () => {
      if (!connecting) return
      const redis = await connecting.catch(() => undefined)
      // QUIT waits for Redis's answer; one that never comes must not hold the shutdown.
      await redis?.quit().catch(() => redis.disconnect())
    },
    generation: async () => know((await (await connection()).get(generationKey)) ?? '0'),
    get: async (key) => {
      const value = await (await connection()).get(`${prefix}${key}`)
      return value ? (JSON.parse(value) as CachedAnswer) : undefined
    },
    kind: 'redis',
    knownGeneration: () => (known && Date.now() - known.at < knownGenerationMs ? known.generation : undefined),
    set: async (key, answer, ttlSeconds) => {
      await (await connection()).set(`${prefix}${key}`, JSON.stringify(answer), 'EX', ttlSeconds)
    },
  }
}
