import { createServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersPostingsDocument } from '../../graphql/generated/graphql'
import { answerKey, normalisedBytes, persistedQueries } from '../../src/publicCache/answerKey'
import { knownRequestBytes, readGraphQLRequest } from '../../src/publicCache/graphQLRequest'
import { payloadGraphQL, prepareQuery, preparedBytes } from '../../src/publicCache/preparedQuery'
import { publicCacheOf } from '../../src/publicCache/publicCache'
import { publicAnswer } from '../../src/publicCache/publicGraphQL'
import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'

const mb = 1024 * 1024
const listHash = CareersPostingsDocument.__meta__!.hash as string
/** `count` distinct texts of about `size` characters each. */
const distinct = (count: number, size: number, text: (filler: string) => string) =>
  Array.from({ length: count }, (_, index) => text(`${index} ${'x'.repeat(size)}`))

/**
 * Item 16: what an anonymous caller can make the server hold, or wait for. The caches of the public read
 * path are bounded by bytes; a question to a read thread settles when the thread never answers (or cannot
 * be sent it); a Redis that accepts connections but never answers holds neither reads nor saves.
 */
describe('security: bounded memory and waits on the public read path', () => {
  describe('parse and validation caches are bounded by bytes, not entries', () => {
    it('the parse cache (answerKey) stays under 32 MB after 200 distinct 50 KB queries', () => {
      // Each is about 2 MB of parsed document by the cache's estimate: far more than 32 MB together.
      for (const query of distinct(200, 50_000, (filler) => `{ JobDescriptions { totalDocs } } # ${filler}`)) {
        expect(answerKey({ query })).toBeDefined()
      }
      expect(normalisedBytes()).toBeGreaterThan(0)
      expect(normalisedBytes()).toBeLessThanOrEqual(32 * mb)
    })

    it('the cache of GET URLs (graphQLRequest) stays under 8 MB after 200 distinct 100 KB URLs', () => {
      for (const search of distinct(200, 100_000, (filler) => `?id=${listHash}&variables=${encodeURIComponent(JSON.stringify({ filler }))}`)) {
        expect(readGraphQLRequest(search).query).toBe(persistedQueries[listHash])
      }
      expect(knownRequestBytes()).toBeGreaterThan(0)
      expect(knownRequestBytes()).toBeLessThanOrEqual(8 * mb)
    })
  })

  describe('a Redis that accepts connections and never answers', () => {
    let silentRedis: Server
    const sockets: Socket[] = []
    let payload: Payload
    let database: TestDatabase

    beforeAll(async () => {
      silentRedis = createServer((socket) => void sockets.push(socket.on('error', () => {})))
      await new Promise<void>((resolve) => silentRedis.listen(0, '127.0.0.1', resolve))
      const { port } = silentRedis.address() as AddressInfo
      database = sqliteDatabase()
      payload = await startPayload(database.uri, { publicCache: { redisUrl: `redis://127.0.0.1:${port}` } })
    })

    afterAll(async () => {
      await publicCacheOf(payload.config)?.store().close()
      await stopPayload(payload)
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silentRedis.close(resolve))
      await database?.drop()
    })

    /** Published before Redis fell silent: written below the hooks, as the silence is what is under test. */
    const publishedBelowHooks = async (title: string) => {
      const collection = 'job-descriptions' as const
      const doc = await payload.create({ collection, data: { kind: 'posting', title }, draft: true })
      await payload.db.updateOne({ id: doc.id, collection, data: { _status: 'published' } })
      const [version] = (await payload.db.findVersions({ collection, limit: 1, where: { parent: { equals: doc.id } } })).docs
      await payload.db.updateVersion({ id: version!.id, collection, versionData: { version: { ...version!.version, _status: 'published' } } })
      return doc
    }

    it("does not hold HR's saves: a publish is refused (503) once the command times out, a take-down goes through", async () => {
      const collection = 'job-descriptions' as const
      const draft = await payload.create({ collection, data: { kind: 'posting', title: 'Draft past a silent Redis' }, draft: true })
      await expect(payload.update({ id: draft.id, collection, data: { _status: 'published' } })).rejects.toMatchObject({ status: 503 })
      expect((await payload.findByID({ id: draft.id, collection }))._status).toBe('draft')
      const published = await publishedBelowHooks('Taken down past a silent Redis')
      expect((await payload.update({ id: published.id, collection, data: { _status: 'draft' } }))._status).toBe('draft')
      expect(sockets.length).toBeGreaterThan(0) // it did connect, and got no answer
    })

    it('does not hold an anonymous read: the answer comes fresh, without the cache', async () => {
      await publishedBelowHooks('Published past a silent Redis')
      const answer = await publicAnswer(payload, { query: persistedQueries[listHash]!, variables: { limit: 5 } }, new Headers())
      expect(answer?.status).toBe(200)
      const titles = JSON.parse(answer!.body!).data.JobDescriptions.docs.map((doc: { title: string }) => doc.title)
      expect(titles).toContain('Published past a silent Redis')
      expect(titles).not.toContain('Taken down past a silent Redis')
    })

    it('the validation cache (preparedQuery) stays under 32 MB after 200 distinct 50 KB queries', async () => {
      const graphQL = await payloadGraphQL(payload.config)
      for (const query of distinct(200, 50_000, (filler) => `{ JobDescriptions { totalDocs } } # ${filler}`)) {
        expect(prepareQuery(graphQL, query, {})).toBeDefined()
      }
      expect(preparedBytes(graphQL.schema)).toBeGreaterThan(0)
      expect(preparedBytes(graphQL.schema)).toBeLessThanOrEqual(32 * mb)
    })
  })
})
