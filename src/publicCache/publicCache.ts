import { memoryStore } from './memoryStore.ts'
import { redisStore } from './redisStore.ts'
import type { PublicCacheStore } from './store.ts'

export type PublicCacheOptions = {
  /** Default true. False serves every public query fresh (the bench's "cold" variant). */
  enabled?: boolean
  /** `Cache-Control: max-age` for browsers and CDNs. Default 10 s. */
  maxAgeSeconds?: number
  /** Shares answers and invalidations between app instances; in-process without it. */
  redisUrl?: string
  /**
   * Keeps apps on different databases apart in one Redis; instances of one app must share it. Default: a
   * hash of the database URI (see the app's config).
   */
  redisPrefix?: string
  /** `stale-while-revalidate`: how long a CDN may serve an old answer while it fetches a new one. Default 60 s. */
  staleWhileRevalidateSeconds?: number
  /** How long an answer stays in our cache when nothing changes. Default 300 s. */
  ttlSeconds?: number
}

export type PublicCache = {
  enabled: boolean
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  /** Created on first use, so that building the config (type generation, migrations) opens no connection. */
  store: () => PublicCacheStore
  ttlSeconds: number
}

const configKey = Symbol.for('payload-plugin-job-descriptions.publicCache')

export const createPublicCache = (options: PublicCacheOptions = {}): PublicCache => {
  let store: PublicCacheStore | undefined
  const cache: PublicCache = {
    enabled: options.enabled !== false,
    maxAgeSeconds: options.maxAgeSeconds ?? 10,
    staleWhileRevalidateSeconds: options.staleWhileRevalidateSeconds ?? 60,
    store: () =>
      (store ??= options.redisUrl
        ? redisStore(options.redisUrl, { prefix: `jd:public:${options.redisPrefix ?? 'default'}:` })
        : memoryStore()),
    ttlSeconds: options.ttlSeconds ?? 300,
  }
  return cache
}

type WithCache = { custom?: Record<string | symbol, unknown> }

/** The cache a config carries (the plugin puts it under `custom`). */
export const publicCacheOf = (config: WithCache): PublicCache | undefined =>
  config.custom?.[configKey as unknown as string] as PublicCache | undefined

export const withPublicCache = <T extends WithCache>(config: T, cache: PublicCache): T => ({
  ...config,
  custom: { ...config.custom, [configKey as unknown as string]: cache },
})
