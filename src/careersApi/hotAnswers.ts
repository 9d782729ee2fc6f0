import { boundedCache, textBytes } from '../publicCache/boundedCache.ts'
import type { PublicCache } from '../publicCache/publicCache.ts'

/** A shared answer ready to send: its bytes, its entity tag and its headers, for the generation it was worked out in. */
export type HotAnswer = { bytes: Buffer<ArrayBuffer>; etag: string; expires: number; generation: string; headers: Readonly<Record<string, string>> }

/**
 * The public cache's answers by the exact text of the request that asked for them (a GET's query string, a
 * POST's body), already encoded, in this process. The store is the source of truth, shared by instances;
 * this is its last step, so that a repeated request is answered without parsing, hashing or awaiting
 * anything: a careers site asks the same few URLs over and over, and at tens of thousands a second that
 * work was most of a hit's cost. An entry is used only while the store's generation, known without
 * waiting, is the one it was stored in, and only until the store's entry would have expired.
 * Bounded by bytes, as the texts come from anonymous callers.
 */
const hotAnswers = new WeakMap<PublicCache, ReturnType<typeof boundedCache<HotAnswer>>>()

const answersOf = (cache: PublicCache) => {
  let answers = hotAnswers.get(cache)
  if (!answers) {
    answers = boundedCache<HotAnswer>({ maxBytes: 64 * 1024 * 1024, sizeOf: (answer, key) => answer.bytes.length + textBytes(key) + 512 })
    hotAnswers.set(cache, answers)
  }
  return answers
}

/** The kept answer to this exact request, when it is still current; never waits. */
export const hotAnswer = (cache: PublicCache, key: string, now: number): HotAnswer | undefined => {
  const generation = cache.store().knownGeneration()
  if (generation === undefined) return undefined
  const answer = answersOf(cache).get(key)
  return answer && answer.generation === generation && answer.expires > now ? answer : undefined
}

/** Keeps an answer the store holds (or has just been given) for the requests with exactly this text. */
export const keepHot = (cache: PublicCache, key: string, answer: HotAnswer): void => {
  answersOf(cache).set(key, answer)
}
