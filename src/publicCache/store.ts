/** A cached public answer: the exact bytes sent, and their entity tag. */
export type CachedAnswer = { body: string; etag: string }

/**
 * Where public answers are kept. Keys carry the current `generation`; a change to anything public bumps
 * it, so every earlier answer is unreachable at once, on every instance sharing the store.
 */
export type PublicCacheStore = {
  bump: () => Promise<void>
  close: () => Promise<void>
  generation: () => Promise<string>
  get: (key: string) => Promise<CachedAnswer | undefined>
  kind: 'memory' | 'redis'
  set: (key: string, answer: CachedAnswer, ttlSeconds: number) => Promise<void>
}
