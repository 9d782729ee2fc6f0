import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataProblem, maxDataDepth, nestsDeeperThan } from '../../src/requestBody/dataProblem'
import { withRequestBodyCheck } from '../../src/requestBody/withRequestBodyCheck'
import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'

/** What the wrapped handler saw: the request's body, read as Payload reads it. */
const echo = withRequestBodyCheck(async (request: Request) => Response.json({ body: await request.text(), reached: true }))

const post = (body: BodyInit | undefined, headers: Record<string, string> = {}, method = 'POST') =>
  echo(new Request('http://localhost/api/responsibilities', { body, headers, method }))

describe('withRequestBodyCheck (the app\'s REST route)', () => {
  it('hands good bodies on unread: JSON objects, the admin\'s multipart _payload, no body at all, GET', async () => {
    const json = '{"text":"A responsibility"}'
    for (const [body, headers, method] of [
      [json, { 'content-type': 'application/json' }, 'POST'],
      [json, { 'content-type': 'application/json; charset=utf-8' }, 'PATCH'],
      ['', { 'content-type': 'application/json' }, 'POST'],
      [undefined, {}, 'POST'],
      [undefined, {}, 'GET'],
      ['depth=0', { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }, 'POST'],
    ] as const) {
      const answer = await post(body, headers, method)
      expect(answer.status, `${method} ${headers['content-type']}`).toBe(200)
      expect(await answer.json()).toEqual({ body: body ?? '', reached: true })
    }
    const form = new FormData()
    form.set('_payload', json)
    const multipart = await post(form)
    expect(multipart.status).toBe(200)
    expect((await multipart.json()).body).toContain(json)
  })

  it('answers a bad body itself, naming what is wrong, without calling Payload', async () => {
    const cases: [BodyInit, Record<string, string>, number, RegExp][] = [
      ['{"text": ', { 'content-type': 'application/json' }, 400, /^The request body is not valid JSON \(/],
      ['null', { 'content-type': 'application/json' }, 400, /must be a JSON object, not null/],
      ['true', { 'content-type': 'application/json' }, 400, /not a boolean/],
      [`{"tags":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, { 'content-type': 'application/json' }, 400, /^tags: nested deeper than 100 levels/],
      ['{"text":"x"}', { 'content-type': 'text/plain' }, 415, /^Content-Type "text\/plain" is not accepted/],
      ['text=x', { 'content-type': 'application/x-www-form-urlencoded' }, 415, /^Content-Type "application\/x-www-form-urlencoded" is not accepted/],
      [new TextEncoder().encode('{"text":"x"}'), {}, 415, /^A body without a Content-Type is not accepted/],
    ]
    for (const [body, headers, status, message] of cases) {
      const answer = await post(body, headers)
      const json = await answer.json()
      expect(answer.status, String(body).slice(0, 40)).toBe(status)
      expect(json.reached).toBeUndefined()
      expect(json.errors[0].message).toMatch(message)
    }
    const form = new FormData()
    form.set('_payload', '{"answer": nope')
    const multipart = await post(form)
    expect(multipart.status).toBe(400)
    expect((await multipart.json()).errors[0].message).toMatch(/^The _payload field is not valid JSON/)
  })
})

describe('dataProblem', () => {
  it('measures depth without recursion, and names the field that is too deep', () => {
    let deep: unknown = 'leaf'
    for (let level = 0; level < 200_000; level++) deep = [deep]
    expect(nestsDeeperThan(deep, maxDataDepth)).toBe(true)
    expect(dataProblem({ ok: 1, tags: deep })).toBe(`tags: nested deeper than ${maxDataDepth} levels.`)
    const nested = (levels: number) => {
      let value: unknown = 'leaf'
      for (let level = 0; level < levels; level++) value = level % 2 ? { children: value } : [value]
      return value
    }
    expect(nestsDeeperThan(nested(maxDataDepth), maxDataDepth)).toBe(false)
    expect(nestsDeeperThan(nested(maxDataDepth + 1), maxDataDepth)).toBe(true)
    // The document is the first level: a field may nest one level less.
    expect(dataProblem({ answer: nested(maxDataDepth - 1) })).toBeUndefined()
    expect(dataProblem({ answer: nested(maxDataDepth) })).toBe(`answer: nested deeper than ${maxDataDepth} levels.`)
    expect(dataProblem({ text: 'x', tags: ['a'] })).toBeUndefined()
  })
})

/** The hook behind every plugin collection: the Local API, on a user's behalf, meets the same refusals. */
describe('checkRequestData on the Local API', () => {
  let database: TestDatabase
  let payload: Payload

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('refuses data that is not an object, with a 400 naming it, and writes nothing', async () => {
    const user = await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'a-long-password', roles: ['editor'] } })
    for (const data of [null, 'text', 42, true, ['x']]) {
      await expect(
        payload.create({ collection: 'responsibilities', data: data as never, overrideAccess: false, user }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/^The request data must be a JSON object/), status: 400 })
    }
    expect((await payload.count({ collection: 'responsibilities' })).totalDocs).toBe(0)
  })
})
