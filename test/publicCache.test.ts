import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersPostingBySlugDocument, CareersPostingsDocument, CareersPreviewDocument } from '../graphql/generated/graphql'
import { createPreviewToken } from '../src/careers/previewToken'
import { persistedQueries } from '../src/publicCache/answerKey'
import { postgresDatabase, sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { testSecret } from './helpers/payload'
import { reviewOverRest, signIn } from './helpers/review'
import type { Role } from './helpers/review'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const listHash = CareersPostingsDocument.__meta__!.hash as string
const detailHash = CareersPostingBySlugDocument.__meta__!.hash as string
const listVariables = { limit: 50, sort: 'title', where: { kind: { equals: 'posting' } } }
const careersOrigin = 'https://careers.example.com'

/**
 * The public read path of /api/graphql on started servers: one with the in-process cache, and two app
 * instances sharing one database (PostgreSQL when TEST_POSTGRES_URL is set, as in CI: several instances
 * on one SQLite file trip over its locks) and Redis (the machine's local server). Every kind of change to public content reaches
 * the next anonymous answer; signed-in requests are never served from, nor stored in, the cache.
 */
describe('public GraphQL cache', () => {
  let database: TestDatabase
  let shared: TestDatabase
  let memory: TestServer
  let redisA: TestServer
  let redisB: TestServer
  /** Sessions live in the database: one login per database, by role. */
  const tokens = new Map<TestServer, Partial<Record<Role, string>>>()

  beforeAll(async () => {
    database = sqliteDatabase()
    memory = await startServer(database.uri, { env: { CORS_ORIGINS: careersOrigin } })
    const redisEnv = { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' }
    shared = process.env.TEST_POSTGRES_URL ? await postgresDatabase(process.env.TEST_POSTGRES_URL) : sqliteDatabase()
    redisA = await startServer(shared.uri, { env: redisEnv })
    redisB = await startServer(shared.uri, { env: redisEnv, seed: false })
    for (const server of [memory, redisA]) {
      tokens.set(server, { editor: await signIn(server.url, 'editor'), hr: await signIn(server.url, 'hr') })
    }
  })

  afterAll(async () => {
    await Promise.all([memory?.stop(), redisA?.stop(), redisB?.stop()])
    await database?.drop()
    await shared?.drop()
  })

  const get = (server: TestServer, hash: string, variables: object, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/graphql?id=${hash}&variables=${encodeURIComponent(JSON.stringify(variables))}`, { headers })
  const titles = async (server: TestServer) => {
    const response = await get(server, listHash, listVariables)
    const json = await response.json()
    return { cache: response.headers.get('x-cache'), titles: (json.data.JobDescriptions.docs as { title: string }[]).map((doc) => doc.title) }
  }
  const rest = async (server: TestServer, path: string, init: { body?: unknown; method?: string; role?: Role } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { authorization: `JWT ${tokens.get(server)![init.role ?? 'editor']}`, 'content-type': 'application/json' },
      method: init.method ?? 'GET',
    })
    return response.json()
  }
  const review = (server: TestServer) => reviewOverRest(server.url, tokens.get(server)!)
  const move = async (server: TestServer, collection: string, id: number, action: string, role: Role) => {
    const { body, status } = await review(server).move(collection, id, action, role)
    expect(JSON.parse(body).errors?.[0]?.message, `${action} ${collection} ${id}`).toBeUndefined()
    expect(status).toBe(200)
  }
  const publish = (server: TestServer, collection: string, id: number) => review(server).publish(collection, id)

  it('answers GET by persisted hash, then from the cache, with ETag, 304 and stale-while-revalidate', async () => {
    const first = await get(memory, detailHash, { slug: 'backend-developer-berlin' })
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe('public, max-age=10, stale-while-revalidate=60')
    const body = await first.text()
    expect(JSON.parse(body).data.JobDescriptions.docs[0].title).toBe('Backend Developer')

    const second = await get(memory, detailHash, { slug: 'backend-developer-berlin' })
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toBe(body)
    const etag = first.headers.get('etag')!
    const notModified = await get(memory, detailHash, { slug: 'backend-developer-berlin' }, { 'if-none-match': etag })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')

    // The same operation POSTed, laid out differently, is the same answer.
    const relaidOut = persistedQueries[detailHash]!.replaceAll(' ', '\n  ')
    const posted = await fetch(`${memory.url}/api/graphql`, {
      body: JSON.stringify({ query: `# careers site\n${relaidOut}`, variables: { slug: 'backend-developer-berlin' } }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(posted.headers.get('x-cache')).toBe('HIT')
  })

  it('sends an allowed careers site its CORS headers on fresh and cached answers alike', async () => {
    const variables = { ...listVariables, limit: 7 }
    const fresh = await get(memory, listHash, variables, { origin: careersOrigin })
    const cached = await get(memory, listHash, variables, { origin: careersOrigin })
    expect([fresh.headers.get('x-cache'), cached.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
    for (const response of [fresh, cached]) {
      expect(response.headers.get('access-control-allow-origin')).toBe(careersOrigin)
      // A CDN keeps a copy per origin, so another site never gets this one's headers. (Next, which now
      // answers every request, adds its own names to the list.)
      const varies = response.headers.get('vary')!.split(',').map((name) => name.trim().toLowerCase())
      expect(varies).toEqual(expect.arrayContaining(['authorization', 'cookie', 'origin']))
    }
    const elsewhere = await get(memory, listHash, variables, { origin: 'https://elsewhere.example.com' })
    expect(elsewhere.headers.get('x-cache')).toBe('HIT')
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("leaves a request with parameters of Payload's own (locale, draft, …) to Payload's route, uncached", async () => {
    const variables = { slug: 'backend-developer-berlin' }
    const url = `${memory.url}/api/graphql?id=${detailHash}&variables=${encodeURIComponent(JSON.stringify(variables))}&locale=en`
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBeNull()
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect((await response.json()).data.JobDescriptions.docs[0].title).toBe('Backend Developer')
    }
    const posted = await fetch(`${memory.url}/api/graphql`, {
      body: JSON.stringify({ locale: 'en', query: persistedQueries[detailHash], variables }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(posted.headers.get('x-cache')).toBeNull()
    expect((await posted.json()).data.JobDescriptions.docs[0].title).toBe('Backend Developer')
  })

  it('names a bad or unknown parameter, and refuses mutations over GET', async () => {
    const unknown = await fetch(`${memory.url}/api/graphql?id=${'0'.repeat(64)}`)
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).errors[0].message).toMatch(/^id: no persisted operation/)
    const badVariables = await fetch(`${memory.url}/api/graphql?id=${listHash}&variables=%7Bnope`)
    expect((await badVariables.json()).errors[0].message).toBe('variables: is not JSON')
    const mutation = await fetch(`${memory.url}/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`)
    expect(mutation.status).toBe(405)
  })

  it('never caches a draft preview, which must always be read fresh', async () => {
    const previewHash = CareersPreviewDocument.__meta__!.hash as string
    // A real draft (never published, so its saves leave public answers alone) and a real token for it: the
    // app's previewSecret defaults to Payload's secret, which Payload derives from the configured one.
    const { doc } = await rest(memory, '/job-descriptions?draft=true', { body: { kind: 'posting', title: 'Preview draft 1' }, method: 'POST' })
    const token = createPreviewToken(doc.id, createHash('sha256').update(testSecret).digest('hex').slice(0, 32))
    for (const title of ['Preview draft 1', 'Preview draft 2']) {
      if (title !== 'Preview draft 1') await rest(memory, `/job-descriptions/${doc.id}?draft=true`, { body: { title }, method: 'PATCH' })
      for (let i = 0; i < 2; i++) {
        const response = await get(memory, previewHash, { token })
        expect(response.headers.get('x-cache')).toBeNull()
        expect(response.headers.get('cache-control')).toBe('no-store')
        // A cached answer would still show the first title after the edit.
        expect((await response.json()).data.CareersPreview.title).toBe(title)
      }
    }
  })

  it('never serves a signed-in request from the cache, nor stores its answer', async () => {
    const editor = tokens.get(memory)!.editor!
    const auth = { authorization: `JWT ${editor}` }
    const variables = { slug: 'back-end-developer-remote-eu' }
    const signedIn = await get(memory, detailHash, variables, auth)
    expect(signedIn.headers.get('x-cache')).toBeNull()
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    // Nothing stored: the first anonymous request is still a miss, and a signed-in one after it is not a hit.
    expect((await get(memory, detailHash, variables)).headers.get('x-cache')).toBe('MISS')
    expect((await get(memory, detailHash, variables, auth)).headers.get('x-cache')).toBeNull()
    const cookie = await get(memory, detailHash, variables, { cookie: `payload-token=${editor}` })
    expect(cookie.headers.get('x-cache')).toBeNull()
  })

  for (const [name, servers] of [
    ['the in-process cache', () => [memory, memory]],
    ['Redis, across two instances', () => [redisA, redisB]],
  ] as const) {
    describe(`invalidation on ${name}`, () => {
      it('publish, edit of a published item, unpublish and delete each reach the next answer', async () => {
        const [writer, reader] = servers()
        const tag = Math.random().toString(36).slice(2, 8)
        const warm = await titles(reader)
        expect((await titles(reader)).cache).toBe('HIT')

        // Publish.
        const { doc } = await rest(writer, '/job-descriptions?draft=true', { body: { kind: 'posting', title: `Cache ${tag}` }, method: 'POST' })
        expect((await titles(reader)).titles).toEqual(warm.titles) // a draft changes nothing public
        await publish(writer, 'job-descriptions', doc.id)
        expect((await titles(reader)).titles).toContain(`Cache ${tag}`)

        // An edit of a published item, once HR publishes it, shows in the posting that uses it.
        const item = (await rest(writer, '/requirements?draft=true', { body: { category: 'other', text: `Item ${tag}` }, method: 'POST' })).doc
        await publish(writer, 'requirements', item.id)
        await rest(writer, `/job-descriptions/${doc.id}?draft=true`, { body: { requirements: [item.id] }, method: 'PATCH' })
        await publish(writer, 'job-descriptions', doc.id)
        const detail = async () =>
          JSON.stringify(await (await get(reader, detailHash, { slug: `cache-${tag}` })).json())
        expect(await detail()).toContain(`Item ${tag}`)
        await rest(writer, `/requirements/${item.id}?draft=true`, { body: { text: `Item ${tag} (edited)` }, method: 'PATCH' })
        expect(await detail()).not.toContain('(edited)')
        await publish(writer, 'requirements', item.id)
        expect(await detail()).toContain(`Item ${tag} (edited)`)

        // Unpublish, then delete.
        await move(writer, 'job-descriptions', doc.id, 'unpublish', 'hr')
        expect((await titles(reader)).titles).not.toContain(`Cache ${tag}`)
        await publish(writer, 'job-descriptions', doc.id)
        expect((await titles(reader)).titles).toContain(`Cache ${tag}`)
        await rest(writer, `/job-descriptions/${doc.id}`, { method: 'DELETE', role: 'hr' })
        expect((await titles(reader)).titles).not.toContain(`Cache ${tag}`)
      })
    })
  }
})
