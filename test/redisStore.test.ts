import { randomUUID } from 'node:crypto'

import { afterAll, describe, expect, it } from 'vitest'

import { memoryStore } from '../src/publicCache/memoryStore'
import { knownGenerationMs, redisStore } from '../src/publicCache/redisStore'

const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/**
 * What a store says of its generation without waiting (the kept answers of the careers API trust it): the
 * memory store always knows; two Redis stores of one prefix (two instances of an app) know their own bump
 * at once, and another's once they have read it, for knownGenerationMs only.
 */
describe('the generation a store knows without waiting', () => {
  const prefix = `jd:test:${randomUUID()}:`
  const [a, b] = [redisStore(url, { prefix }), redisStore(url, { prefix })]

  afterAll(async () => {
    await Promise.all([a.close(), b.close()])
  })

  it('is always known in process', async () => {
    const store = memoryStore()
    expect(store.knownGeneration()).toBe(await store.generation())
    await store.bump()
    expect(store.knownGeneration()).toBe('1')
  })

  it('is known on Redis after a read or a bump, and trusted only for a while', async () => {
    expect(a.knownGeneration(), 'nothing read yet').toBeUndefined()
    expect(await a.generation()).toBe('0')
    expect(a.knownGeneration()).toBe('0')
    expect(await b.generation()).toBe('0')
    await a.bump()
    expect(a.knownGeneration(), 'its own bump, at once').toBe('1')
    expect(b.knownGeneration(), 'the other still trusts what it read').toBe('0')
    await new Promise((resolve) => setTimeout(resolve, knownGenerationMs + 50))
    expect([a.knownGeneration(), b.knownGeneration()], 'then neither is trusted').toEqual([undefined, undefined])
    expect(await b.generation()).toBe('1')
    expect(b.knownGeneration()).toBe('1')
  })
})
