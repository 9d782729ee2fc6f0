import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersPostingsDocument } from '../../graphql/generated/graphql'
import { createPreviewToken } from '../../src/careers/previewToken'
import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { testSecret } from '../helpers/payload'
import { signIn } from '../helpers/review'
import { startServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const listHash = CareersPostingsDocument.__meta__!.hash as string

/**
 * `where` nested `levels` deep through AND around one real condition, as JSON or as a GraphQL literal. Built as
 * text: JSON.stringify itself overflows the stack on it.
 */
const nestedWhere = (levels: number, json = true) =>
  json
    ? `${'{"AND":['.repeat(levels)}{"title":{"equals":"Backend Developer"}}${']}'.repeat(levels)}`
    : `${'{AND:['.repeat(levels)}{title:{equals:"Backend Developer"}}${']}'.repeat(levels)}`

/**
 * Hostile GraphQL, sent anonymously (and signed in where Payload's own route answers) to a started server:
 * over GET (dev/scripts/serve.ts's fast path, then the app's route) and POST. Each gets a 4xx naming what was
 * wrong, changes nothing, and the server answers the careers list afterwards.
 */
describe('security: GraphQL under hostile input', () => {
  let server: TestServer
  let database: TestDatabase
  let editor: string

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    editor = await signIn(server.url, 'editor')
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  type Answer = { cache: null | string; cacheControl: null | string; json: { data?: any; errors?: { message: string }[] }; status: number }
  const answer = async (response: Response): Promise<Answer> => {
    const text = await response.text()
    let json: Answer['json']
    try {
      json = JSON.parse(text)
    } catch {
      json = { errors: [{ message: `(not JSON) ${text.slice(0, 200)}` }] }
    }
    return { cache: response.headers.get('x-cache'), cacheControl: response.headers.get('cache-control'), json, status: response.status }
  }
  const get = async (query: string, variables?: object) =>
    answer(await fetch(`${server.url}/api/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`))
  /** `variables` as an object, or as JSON text. */
  const post = async (query: string, variables: object | string = {}, token?: string) =>
    answer(
      await fetch(`${server.url}/api/graphql`, {
        body: `{"query":${JSON.stringify(query)},"variables":${typeof variables === 'string' ? variables : JSON.stringify(variables)}}`,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
        method: 'POST',
      }),
    )
  const messages = ({ json }: Answer) => (json.errors ?? []).map(({ message }) => message).join(' | ')

  /** What anonymous readers see, and what the editor sees of drafts: to check that nothing changed. */
  const snapshot = async () => {
    const list = await (await fetch(`${server.url}/api/job-descriptions?limit=100&depth=0&sort=id`)).json()
    const drafts = await (
      await fetch(`${server.url}/api/job-descriptions?limit=100&depth=0&sort=id&draft=true`, { headers: { authorization: `JWT ${editor}` } })
    ).json()
    return JSON.stringify([list.docs.map((doc: { id: number; title: string; updatedAt: string }) => [doc.id, doc.title, doc.updatedAt]), drafts.totalDocs])
  }
  /** The careers list, over GET by persisted hash, still answers. */
  const stillAnswers = async () => {
    const response = await fetch(`${server.url}/api/graphql?id=${listHash}&variables=${encodeURIComponent(JSON.stringify({ limit: 5 }))}`)
    expect(response.status).toBe(200)
    expect((await response.json()).data.JobDescriptions.docs.length).toBeGreaterThan(0)
  }
  /**
   * The status of a refusal: the HTTP status when the request never ran (syntax, validation, the body's size),
   * else, as GraphQL over HTTP answers an error in a query that ran (200, the field null), the status Payload
   * gives the error (`extensions.statusCode`), when no field of the answer has data.
   */
  const refusalStatus = ({ json, status }: Answer) => {
    if (status !== 200) return status
    const ran = Object.values(json.data ?? {}).some((value) => value !== null)
    const statuses = (json.errors ?? []).map((error) => (error as { extensions?: { statusCode?: number } }).extensions?.statusCode ?? 400)
    return ran || statuses.length === 0 ? 200 : Math.max(...statuses)
  }
  /** Runs `attack`, which must be refused with a 4xx whose message matches `named`; nothing changes; the server still answers. */
  const refused = async (attack: () => Promise<Answer>, named: RegExp) => {
    const before = await snapshot()
    const result = await attack()
    expect(refusalStatus(result), messages(result)).toBeGreaterThanOrEqual(400)
    expect(refusalStatus(result), messages(result)).toBeLessThan(500)
    expect(messages(result)).toMatch(named)
    expect(await snapshot()).toBe(before)
    await stillAnswers()
  }

  describe('item 4: a preview is never cached, however the query spells it', () => {
    // The app's previewSecret defaults to Payload's secret, which Payload derives from the configured one.
    const previewSecret = createHash('sha256').update(testSecret).digest('hex').slice(0, 32)
    const spellings = {
      alias: 'query ($token: String!) { draft: CareersPreview(token: $token) { title } }',
      'inline fragment': 'query ($token: String!) { ... on Query { draft: CareersPreview(token: $token) { title } } }',
      'named fragment': 'query ($token: String!) { ...Preview } fragment Preview on Query { draft: CareersPreview(token: $token) { title } }',
      'nested fragments': 'query ($token: String!) { ... on Query { ...Outer } } fragment Outer on Query { ...Inner } fragment Inner on Query { draft: CareersPreview(token: $token) { title } }',
    }
    for (const [name, query] of Object.entries(spellings)) {
      it(`through ${name}: each request reads the draft fresh`, async () => {
        const tag = Math.random().toString(36).slice(2, 8)
        const create = await fetch(`${server.url}/api/job-descriptions?draft=true`, {
          body: JSON.stringify({ kind: 'posting', title: `Preview ${tag}` }),
          headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
          method: 'POST',
        })
        const { doc } = await create.json()
        const token = createPreviewToken(doc.id, previewSecret)
        for (const send of [get, post]) {
          const first = await send(query, { token })
          expect(first.json.data?.draft?.title, messages(first)).toBe(`Preview ${tag}`)
          expect(first.cacheControl).toBe('no-store')
          expect(first.cache).toBeNull()
        }
        // A draft save of an unpublished posting leaves public answers alone: only a fresh read shows it.
        await fetch(`${server.url}/api/job-descriptions/${doc.id}?draft=true`, {
          body: JSON.stringify({ title: `Preview ${tag} (edited)` }),
          headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
          method: 'PATCH',
        })
        for (const send of [get, post]) {
          const second = await send(query, { token })
          expect(second.cache).toBeNull()
          expect(second.json.data?.draft?.title).toBe(`Preview ${tag} (edited)`)
        }
      })
    }
  })

  describe('item 15: a fragment cycle', () => {
    const cycles = {
      'at the root': 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'under a field': 'query { JobDescriptions { docs { ...A } } } fragment A on JobDescription { id ...A }',
    }
    for (const [name, query] of Object.entries(cycles)) {
      it(`${name}: 400 naming the cycle, over GET and POST, anonymous and signed in`, async () => {
        await refused(() => get(query), /Cannot spread fragment "A" within itself/)
        await refused(() => post(query), /Cannot spread fragment "A" within itself/)
        await refused(() => post(query, {}, editor), /Cannot spread fragment "A" within itself/)
      })
    }
  })

  describe('item 15: a where nested 3,000 levels', () => {
    const query = 'query ($where: JobDescription_where) { JobDescriptions(where: $where) { totalDocs } }'
    it('written in the query: 400 saying it is nested too deeply to parse', async () => {
      await refused(() => post(`{ JobDescriptions(where: ${nestedWhere(3000, false)}) { totalDocs } }`), /^query: nested too deeply/)
    })

    it('in the variables: 400 naming the variables and their depth', async () => {
      await refused(() => post(query, `{"where":${nestedWhere(3000)}}`), /^variables: nested more than \d+ levels/)
      await refused(() => post(query, `{"where":${nestedWhere(3000)}}`, editor), /^variables: nested more than \d+ levels/)
    })

    it('nested 30 levels, which GraphQL reads: 400 naming where and its depth', async () => {
      await refused(() => post(query, `{"where":${nestedWhere(30)}}`), /^where: is nested more than \d+ levels/)
      await refused(() => post(`{ JobDescriptions(where: ${nestedWhere(30, false)}) { totalDocs } }`), /^where: is nested more than \d+ levels/)
    })
  })

  describe('item 15: a where with 1,000 OR clauses', () => {
    const wide = { OR: Array.from({ length: 1000 }, (_, index) => ({ title: { equals: `Title ${index}` } })) }
    it('in the variables: 400 naming where and its size', async () => {
      const query = 'query ($where: JobDescription_where) { JobDescriptions(where: $where) { totalDocs } }'
      await refused(() => post(query, { where: wide }), /where.*clauses/i)
    })

    it('written in the query: 400 naming where and its size', async () => {
      const literal = `{OR:[${wide.OR.map(({ title }) => `{title:{equals:${JSON.stringify(title.equals)}}}`).join(',')}]}`
      await refused(() => post(`{ JobDescriptions(where: ${literal}) { totalDocs } }`), /where.*clauses/i)
    })
  })

  describe('item 15: paging out of bounds', () => {
    for (const [name, args, named] of [
      ['limit: -1', 'limit: -1', /limit/],
      ['page: -3', 'page: -3', /page/],
      ['limit: 1e30', 'limit: 1e30', /1e30/],
      ['page: 1e30', 'page: 1e30', /1e30/],
      ['limit: 2147483647', 'limit: 2147483647', /limit/],
      ['page: 2147483647', 'page: 2147483647', /page/],
    ] as const) {
      it(`JobDescriptions(${name}): 400 naming the argument, over GET and POST`, async () => {
        const query = `{ JobDescriptions(${args}) { totalDocs docs { id } } }`
        await refused(() => get(query), named)
        await refused(() => post(query), named)
      })
    }

    it('in the variables: 400 naming the argument', async () => {
      const query = 'query ($limit: Int, $page: Int) { JobDescriptions(limit: $limit, page: $page) { totalDocs } }'
      await refused(() => post(query, { limit: -1 }), /limit/)
      await refused(() => post(query, { page: -3 }), /page/)
    })
  })

  describe('item 16: limits an anonymous caller cannot pass', () => {
    it('a query nested deeper than the limit: 400 naming the depth, even through fragments', async () => {
      let selection = 'id'
      for (let level = 0; level < 20; level++) selection = `template { ${selection} }`
      await refused(() => get(`{ JobDescriptions { docs { ${selection} } } }`), /depth/i)
      await refused(() => post(`{ JobDescriptions { docs { ...Deep } } } fragment Deep on JobDescription { ${selection} }`), /depth/i)
    })

    it('a POST body above 100 KB: 413, anonymous and signed in', async () => {
      const query = `{ JobDescriptions { totalDocs } } # ${'x'.repeat(120_000)}`
      for (const token of [undefined, editor]) {
        await refused(async () => {
          const result = await post(query, {}, token)
          expect(result.status).toBe(413)
          return result
        }, /100 KB|too large/i)
      }
    })

    it('a persisted-query hash that names an Object.prototype property: 400, no such operation', async () => {
      for (const hash of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        await refused(async () => {
          const extensions = JSON.stringify({ persistedQuery: { sha256Hash: hash, version: 1 } })
          return answer(await fetch(`${server.url}/api/graphql?extensions=${encodeURIComponent(extensions)}`))
        }, new RegExp(`no persisted operation has the hash ${hash}`))
      }
    })
  })
})
