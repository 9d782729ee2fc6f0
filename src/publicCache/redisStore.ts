import { Redis } from 'ioredis'

import type { CachedAnswer, PublicCacheStore } from './store.ts'

/**
 * How long one Redis command (or connection attempt) may take before the cache steps aside. Not less: the
 * clock runs from when the command is queued, and a save that blocks the event loop (SQLite's driver is
 * synchronous) delays reading Redis's answer; at one second, seeding on a loaded machine timed out a bump.
 */
export const redisTimeoutMs = 2000

/**
 * Shared through Redis, so several app instances serve the same answers and one publish invalidates them
 * all: the generation is a Redis counter, answers are Redis strings that expire on their own.
 */
export const redisStore = (url: string, { prefix }: { prefix: string }): PublicCacheStore => {
  // A command waits for at most one reconnection when Redis is down; then it fails and the cache steps aside.
  // A Redis that accepts connections but never answers (overloaded, a half-open connection, a proxy whose
  // backend is gone) would hold every read and HR's every save: each command, and each connection attempt,
  // gives up after redisTimeoutMs instead, and the caller goes on without the cache.
  const redis = new Redis(url, { commandTimeout: redisTimeoutMs, connectTimeout: redisTimeoutMs, maxRetriesPerRequest: 1 })
  redis.on('error', () => {}) // each failed command rejects, and its caller logs it
  const generationKey = `${prefix}generation`
  return {
    bump: async () => {
      await redis.incr(generationKey)
    },
    close: async () => {
      // QUIT waits for Redis's answer; one that never comes must not hold the shutdown.
      await redis.quit().catch(() => redis.disconnect())
    },
    generation: async () => (await redis.get(generationKey)) ?? '0',
    get: async (key) => {
      const value = await redis.get(`${prefix}${key}`)
      return value ? (JSON.parse(value) as CachedAnswer) : undefined
    },
    kind: 'redis',
    set: async (key, answer, ttlSeconds) => {
      await redis.set(`${prefix}${key}`, JSON.stringify(answer), 'EX', ttlSeconds)
    },
  }
}
