import type { CachedAnswer, PublicCacheStore } from './store.ts'

/** In-process, for one app instance: a bounded map, oldest entries dropped first. */
export const memoryStore = ({ maxEntries = 2000 } = {}): PublicCacheStore => {
  let generation = 0
  const entries = new Map<string, { answer: CachedAnswer; expires: number }>()
  return {
    bump: async () => {
      generation++
      entries.clear()
    },
    close: async () => entries.clear(),
    generation: async () => String(generation),
    get: async (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expires < Date.now()) {
        entries.delete(key)
        return undefined
      }
      return entry.answer
    },
    kind: 'memory',
    knownGeneration: () => String(generation),
    set: async (key, answer, ttlSeconds) => {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
      entries.set(key, { answer, expires: Date.now() + ttlSeconds * 1000 })
    },
  }
}
