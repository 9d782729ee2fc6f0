import { Redis } from 'ioredis'

import type { CachedAnswer, PublicCacheStore } from './store'

/**
 * Shared through Redis, so several app instances serve the same answers and one publish invalidates them
 * all: the generation is a Redis counter, answers are Redis strings that expire on their own.
 */
export const redisStore = (url: string, { prefix }: { prefix: string }): PublicCacheStore => {
  // A command waits for at most one reconnection when Redis is down; then it fails and the cache steps aside.
  const redis = new Redis(url, { maxRetriesPerRequest: 1 })
  redis.on('error', () => {}) // each failed command rejects, and its caller logs it
  const generationKey = `${prefix}generation`
  return {
    bump: async () => {
      await redis.incr(generationKey)
    },
    close: async () => {
      await redis.quit()
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
