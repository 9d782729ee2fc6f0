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
  /**
   * The generation as this process knows it without waiting, or undefined when it cannot be sure: the
   * memory store always knows; the Redis store trusts what it last read or bumped for knownGenerationMs,
   * so that another instance's publish is seen within that (see hotAnswers.ts).
   */
  knownGeneration: () => string | undefined
  set: (key: string, answer: CachedAnswer, ttlSeconds: number) => Promise<void>
}
