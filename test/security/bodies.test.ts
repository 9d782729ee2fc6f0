import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { signIn } from '../helpers/review'
import { startServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

// Built as text: JSON.stringify itself overflows the stack on values this deep.
const textNode = '{"type":"text","text":"deep","version":1,"format":0,"detail":0,"mode":"normal","style":""}'
const paragraphOpen = '{"type":"paragraph","version":1,"direction":"ltr","format":"","indent":0,"children":['
/** A Lexical document with paragraphs nested `levels` deep. */
const deepRichText = (levels: number) =>
  `{"root":{"type":"root","version":1,"direction":"ltr","format":"","indent":0,"children":[${paragraphOpen.repeat(levels)}${textNode}${']}'.repeat(levels)}]}}`
/** Arrays nested `levels` deep. */
const deepJson = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)

type Answer = { body: any; status: number; text: string }

/**
 * Bad request bodies on a started server, over REST and GraphQL: each is a 4xx whose message names what is
 * wrong, nothing is written, and the server goes on answering.
 */
describe('malformed request bodies', () => {
  let database: TestDatabase
  let server: TestServer
  let token: string
  let faqId: number
  let responsibilityId: number

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri, {})
    token = await signIn(server.url, 'editor')
    faqId = (await read('/faqs?limit=1&draft=true')).body.docs[0].id
    responsibilityId = (await read('/responsibilities?limit=1&draft=true')).body.docs[0].id
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  /** Without `contentType`, the body goes as bytes: fetch would label a string text/plain. */
  const send = async (path: string, { body, contentType, method = 'POST' }: { body?: string; contentType?: string; method?: string }): Promise<Answer> => {
    const response = await fetch(`${server.url}/api${path}`, {
      body: contentType === undefined && body !== undefined ? new TextEncoder().encode(body) : body,
      headers: { authorization: `JWT ${token}`, ...(contentType === undefined ? {} : { 'content-type': contentType }) },
      method,
    })
    const text = await response.text()
    let parsed: any
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = undefined
    }
    return { body: parsed, status: response.status, text }
  }
  const read = (path: string) => send(path, { method: 'GET' })
  const graphql = (body: string) => send('/graphql', { body, contentType: 'application/json' })

  /** Everything a refused write could have changed: the collection's documents, drafts included. */
  const snapshot = async (collection: 'faqs' | 'responsibilities') =>
    (await read(`/${collection}?draft=true&limit=0&sort=id&depth=0`)).text
  /** Sends `attempt`, expects `status` and a message matching `message`, then that nothing changed and the server answers. */
  const refusedUnchanged = async (collection: 'faqs' | 'responsibilities', attempt: () => Promise<Answer>, status: number, message: RegExp) => {
    const before = await snapshot(collection)
    const answer = await attempt()
    expect(answer.status, answer.text).toBe(status)
    expect(answer.body?.errors?.[0]?.message, answer.text).toMatch(message)
    expect(await snapshot(collection)).toBe(before)
    expect((await read('/users/me')).status).toBe(200)
  }

  describe('item 15: rich text nested 5,000 levels', () => {
    const answer = deepRichText(5000)
    it('REST create', () =>
      refusedUnchanged('faqs', () => send('/faqs', { body: `{"question":"Deep?","answer":${answer}}`, contentType: 'application/json' }), 400, /^answer: nested deeper than \d+ levels/))
    it('REST update', () =>
      refusedUnchanged('faqs', () => send(`/faqs/${faqId}?draft=true`, { body: `{"answer":${answer}}`, contentType: 'application/json', method: 'PATCH' }), 400, /^answer: nested deeper than \d+ levels/))
    it('GraphQL create and update', async () => {
      const create = `mutation($a: JSON!) { createFaq(data: { question: "Deep?", answer: $a, audience: candidates }) { id } }`
      const update = `mutation($a: JSON!) { updateFaq(id: ${faqId}, draft: true, data: { answer: $a }) { id } }`
      for (const query of [create, update]) {
        const before = await snapshot('faqs')
        const answered = await graphql(`{"query":${JSON.stringify(query)},"variables":{"a":${answer}}}`)
        // Over GraphQL such a body is refused before it is parsed: it is above the route's 100 KB.
        expect(answered.status, answered.text).toBe(413)
        expect(answered.body.errors[0].message, answered.text).toMatch(/^The request body is too large/)
        expect(await snapshot('faqs')).toBe(before)
        // Under the cap, the depth is what is refused: variables nested more than 64 levels.
        const shallower = await graphql(`{"query":${JSON.stringify(query)},"variables":{"a":${deepRichText(200)}}}`)
        expect(shallower.status, shallower.text).toBe(400)
        expect(shallower.body.errors[0].message, shallower.text).toMatch(/^variables: nested more than \d+ levels deep/)
        expect(await snapshot('faqs')).toBe(before)
      }
      expect((await read('/users/me')).status).toBe(200)
    })
  })

  describe('item 15: a JSON body nested 10,000 levels', () => {
    const nested = deepJson(10_000)
    it('REST create, a field nested', () =>
      refusedUnchanged('responsibilities', () => send('/responsibilities', { body: `{"text":"Deep tags","tags":${nested}}`, contentType: 'application/json' }), 400, /^tags: nested deeper than \d+ levels/))
    it('REST update, a field nested', () =>
      refusedUnchanged('responsibilities', () => send(`/responsibilities/${responsibilityId}?draft=true`, { body: `{"tags":${nested}}`, contentType: 'application/json', method: 'PATCH' }), 400, /^tags: nested deeper than \d+ levels/))
    it('REST create, the body itself nested', () =>
      refusedUnchanged('responsibilities', () => send('/responsibilities', { body: `{"a":${nested}}`, contentType: 'application/json' }), 400, /^a: nested deeper than \d+ levels/))
    it('our workflow endpoint', () =>
      refusedUnchanged('responsibilities', () => send(`/responsibilities/${responsibilityId}/workflow`, { body: `{"action":${nested}}`, contentType: 'application/json' }), 400, /^action: nested deeper than \d+ levels/))
  })

  describe('item 15: create or update with a body that is not a JSON object', () => {
    const cases: { body: string; contentType?: string; message: RegExp; name: string; status: number }[] = [
      { body: '{"text": "half a', contentType: 'application/json', message: /^The request body is not valid JSON \(.+\)/, name: 'not JSON', status: 400 },
      { body: '{"text":"Sent as plain text"}', contentType: 'text/plain', message: /^Content-Type "text\/plain" is not accepted/, name: 'text/plain', status: 415 },
      { body: '{"text":"Sent without a type"}', message: /^A body without a Content-Type is not accepted/, name: 'no Content-Type', status: 415 },
      { body: 'null', contentType: 'application/json', message: /^The request data must be a JSON object, not null/, name: 'null', status: 400 },
      { body: '"a string"', contentType: 'application/json', message: /^The request data must be a JSON object, not a string/, name: 'a string', status: 400 },
      { body: '42', contentType: 'application/json', message: /^The request data must be a JSON object, not a number/, name: 'a number', status: 400 },
      { body: 'true', contentType: 'application/json', message: /^The request data must be a JSON object, not a boolean/, name: 'true', status: 400 },
      { body: '["Responsibility"]', contentType: 'application/json', message: /^The request data must be a JSON object, not an array/, name: 'an array', status: 400 },
    ]
    for (const { body, contentType, message, name, status } of cases) {
      it(`${name}: create`, () => refusedUnchanged('responsibilities', () => send('/responsibilities', { body, contentType }), status, message))
      it(`${name}: update by id`, () =>
        refusedUnchanged('responsibilities', () => send(`/responsibilities/${responsibilityId}?draft=true`, { body, contentType, method: 'PATCH' }), status, message))
      it(`${name}: bulk update`, () =>
        refusedUnchanged('responsibilities', () => send(`/responsibilities?where[id][equals]=${responsibilityId}&draft=true`, { body, contentType, method: 'PATCH' }), status, message))
    }
  })

  it('item 15: POST /api/users/verify/<random>, anonymously, is a 404 saying verification is off; so is the GraphQL mutation', async () => {
    const rest = await fetch(`${server.url}/api/users/verify/${Math.random().toString(36).slice(2)}`, { method: 'POST' })
    const restBody = await rest.json()
    expect(rest.status).toBe(404)
    expect(restBody.errors[0].message).toMatch(/verification is off/i)
    const answered = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: 'mutation { verifyEmailUser(token: "abc") }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = await answered.json()
    expect(body.errors[0].message).toMatch(/verification is off/i)
    expect(body.errors[0].extensions.statusCode).toBe(404)
    expect((await read('/users/me')).status).toBe(200)
  })
})
