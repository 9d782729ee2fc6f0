import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { signIn } from '../helpers/review'
import { startServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const collections = ['job-descriptions', 'responsibilities', 'requirements', 'faqs']

/**
 * Reads over REST whose shape asks the server for too much, sent anonymously to a started server: paging out
 * of bounds, a `where` nested too deep or with too many clauses. Each gets a 400 naming the parameter and the
 * reason, changes nothing, and the server answers afterwards.
 */
describe('security: REST reads under hostile query shapes', () => {
  let server: TestServer
  let database: TestDatabase

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  const message = async (response: Response) => {
    const text = await response.text()
    try {
      return (JSON.parse(text).errors as { message: string }[]).map((error) => error.message).join(' | ')
    } catch {
      return `(not JSON) ${text.slice(0, 200)}`
    }
  }
  const snapshot = async () => {
    const list = await (await fetch(`${server.url}/api/job-descriptions?limit=100&depth=0&sort=id`)).json()
    return JSON.stringify(list.docs.map((doc: { id: number; title: string; updatedAt: string }) => [doc.id, doc.title, doc.updatedAt]))
  }
  const refused = async (send: () => Promise<Response>, named: RegExp) => {
    const before = await snapshot()
    const response = await send()
    const text = await message(response)
    expect(response.status, text).toBe(400)
    expect(text).toMatch(named)
    expect(await snapshot()).toBe(before)
    const after = await fetch(`${server.url}/api/job-descriptions?limit=2`)
    expect(after.status).toBe(200)
    expect((await after.json()).docs.length).toBeGreaterThan(0)
  }
  /** A GET too long for a URL, as the admin sends it: POSTed with Payload's method override. */
  const longGet = (collection: string, search: string) =>
    fetch(`${server.url}/api/${collection}`, {
      body: search,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET' },
      method: 'POST',
    })

  for (const [search, named] of [
    ['limit=-1', /limit.*-1/],
    ['page=-3', /page.*-3/],
    ['page=1e30', /page.*1e\+30/],
    ['limit=1e30', /limit.*1e\+30/],
    ['limit=2.5', /limit.*2\.5/],
  ] as const) {
    it(`paging: GET ?${search} on every plugin collection is a 400 naming the parameter`, async () => {
      for (const collection of collections) await refused(() => fetch(`${server.url}/api/${collection}?${search}`), named)
    })
  }

  it('paging: versions too, signed in (GET /api/job-descriptions/versions?limit=-1)', async () => {
    const editor = await signIn(server.url, 'editor')
    await refused(() => fetch(`${server.url}/api/job-descriptions/versions?limit=-1`, { headers: { authorization: `JWT ${editor}` } }), /limit/)
  })

  it('a where nested 3,000 levels is a 400 naming where and its depth', async () => {
    // As text: JSON.stringify itself overflows the stack on it.
    const where = `${'{"and":['.repeat(3000)}{"id":{"equals":1}}${']}'.repeat(3000)}`
    for (const collection of collections) {
      await refused(() => longGet(collection, `where=${encodeURIComponent(where)}`), /where.*nested/i)
    }
  })

  it('a where with 1,000 OR clauses is a 400 naming where and its size', async () => {
    const where = { or: Array.from({ length: 1000 }, (_, index) => ({ title: { equals: `Title ${index}` } })) }
    await refused(() => longGet('job-descriptions', `where=${encodeURIComponent(JSON.stringify(where))}`), /where.*clauses/i)
    const faqs = { or: Array.from({ length: 1000 }, (_, index) => ({ question: { equals: `Question ${index}` } })) }
    await refused(() => longGet('faqs', `where=${encodeURIComponent(JSON.stringify(faqs))}`), /where.*clauses/i)
  })

  it('an ordinary filter and paging still answer', async () => {
    const where = { or: [{ title: { like: 'Backend' } }, { and: [{ kind: { equals: 'posting' } }, { slug: { exists: true } }] }] }
    const response = await fetch(`${server.url}/api/job-descriptions?limit=10&page=1&where=${encodeURIComponent(JSON.stringify(where))}`)
    expect(response.status).toBe(200)
    expect((await response.json()).docs.length).toBeGreaterThan(0)
  })
})
