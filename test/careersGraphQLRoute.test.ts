import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersFaqsDocument } from '../graphql/generated/graphql'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { migrateDatabase } from '../dev/db.ts'
import { buildAppConfig } from '../dev/payload.config.ts'
import { careersGraphQLRoute } from '../src/server'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { stopPayload, testSecret } from './helpers/payload'

/**
 * The GraphQL route a host mounts (`export const { GET, OPTIONS, POST } = careersGraphQLRoute(config)`),
 * called as Next calls a route file's handlers, on a real seeded database; no Next, no scripts/serve.ts in
 * front of it, as in a host.
 */
describe('careersGraphQLRoute: the GraphQL route a host mounts', () => {
  let database: TestDatabase
  let payload: Payload
  const config = (database = sqliteDatabase(), buildAppConfig({ databaseUri: database.uri, secret: testSecret }))
  const faqsUrl = `http://localhost/api/graphql?id=${CareersFaqsDocument.__meta__!.hash}&variables=${encodeURIComponent('{"limit":5}')}`
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/graphql', { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers }, method: 'POST' })

  beforeAll(async () => {
    // Under the default key: the route finds this instance with getPayload({ config }), as in a host.
    payload = await getPayload({ config })
    await migrateDatabase(payload)
    await runSeed(payload, seed, { development: true })
    // Each publish bumps the public generation again half a second later (src/publicCache/invalidate.ts):
    // the seed's last one must have landed before a test counts on a HIT.
    await new Promise((resolve) => setTimeout(resolve, 700))
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('answers a persisted query by GET with an ETag, and 304 to a caller that has it', async () => {
    const { GET } = careersGraphQLRoute(config)
    const first = await GET(new Request(faqsUrl))
    expect(first.status).toBe(200)
    const body = await first.json()
    expect(body.data.Faqs.docs.length).toBeGreaterThan(0)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    const again = await GET(new Request(faqsUrl, { headers: { 'if-none-match': etag! } }))
    expect(again.status).toBe(304)
    expect(again.headers.get('x-cache')).toBe('HIT')
  })

  it('names an unknown hash with a 400', async () => {
    const { GET } = careersGraphQLRoute(config)
    const response = await GET(new Request(`http://localhost/api/graphql?id=${'f'.repeat(64)}`))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toBe(`id: no persisted operation has the hash ${'f'.repeat(64)}`)
  })

  it("POSTs to Payload's route behind guardedGraphQLPost", async () => {
    const { POST } = careersGraphQLRoute(config)
    const answer = await POST(post({ query: CareersFaqsDocument.toString(), variables: { limit: 5 } }))
    expect(answer.status).toBe(200)
    expect((await answer.json()).data.Faqs.docs.length).toBeGreaterThan(0)
    // A mutation goes to Payload's route, which refuses an anonymous caller.
    const mutation = await POST(post({ query: 'mutation { deleteFaq(id: 1) { id } }' }))
    expect((await mutation.json()).errors[0].message).toMatch(/not allowed/i)
    // The guard: a fragment cycle is a 400 naming it (Payload's own route answers a 500).
    const cycle = await POST(post({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }))
    expect(cycle.status).toBe(400)
    expect((await cycle.json()).errors[0].message).toMatch(/fragment/i)
  })

  it("with publicReads: false is Payload's route alone: GET 405, POST still guarded", async () => {
    const { GET, POST } = careersGraphQLRoute(config, { publicReads: false })
    const refused = await GET(new Request(faqsUrl))
    expect(refused.status).toBe(405)
    expect(refused.headers.get('allow')).toBe('OPTIONS, POST')
    const answer = await POST(post({ query: CareersFaqsDocument.toString(), variables: { limit: 5 } }))
    expect(answer.status).toBe(200)
    expect(answer.headers.get('etag')).toBeNull()
    const cycle = await POST(post({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }))
    expect(cycle.status).toBe(400)
  })
})
