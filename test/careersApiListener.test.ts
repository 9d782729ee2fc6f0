import { createServer } from 'node:http'
import type { Server } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../dev/payload-types.ts'
import { CareersJobPostingDocument } from '../graphql/generated/careers/graphql.ts'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { careersApiListener } from '../src/careersApi/nodeListener'
import { careersApiHandler } from '../src/careersApi/route'
import { transition } from '../src/workflow/transition'
import type { Action } from '../src/workflow/stages'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

/**
 * careersApiListener on a real node:http server, public cache on: it answers what the fetch handler
 * answers, byte for byte; a repeated request is a HIT (answered from the kept bytes), and a 304 for the
 * caller's ETag; a publish reaches the very next request; and a body too large, a method it does not
 * serve and a preflight are answered as such.
 */
describe('the careers API as a node:http listener', () => {
  let payload: Payload
  let database: TestDatabase
  let server: Server
  let url: string
  const users = {} as Record<'editor' | 'hr', User>

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
    for (const role of ['editor', 'hr'] as const) {
      users[role] = (await payload.find({ collection: 'users', where: { email: { equals: `${role}@example.com` } } })).docs[0]!
    }
    // Each publish bumps the public generation again half a second later (src/publicCache/invalidate.ts):
    // the seed's last one must have landed before a test counts on a HIT.
    await new Promise((resolve) => setTimeout(resolve, 700))
    server = createServer(careersApiListener(async () => payload))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/careers/graphql`
  })

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await stopPayload(payload)
    await database?.drop()
  })

  const search = (slug: string) =>
    new URLSearchParams({ documentId: `sha256:${CareersJobPostingDocument.__meta__!.hash as string}`, variables: JSON.stringify({ slug }) }).toString()
  const move = (id: number | string, action: Action, role: 'editor' | 'hr', versionId?: string) =>
    transition({ collection: 'job-descriptions', id, input: { action, ...(versionId ? { versionId } : {}) }, payload, user: users[role] })

  it('answers as the fetch handler does, then from the kept bytes, and 304 for the ETag', async () => {
    const first = await fetch(`${url}?${search('backend-developer-berlin')}`)
    const body = await first.text()
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(JSON.parse(body).data.jobPosting.slug).toBe('backend-developer-berlin')
    const second = await fetch(`${url}?${search('backend-developer-berlin')}`)
    expect([second.headers.get('x-cache'), await second.text()]).toEqual(['HIT', body])
    expect(second.headers.get('access-control-allow-origin')).toBe('*')
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))

    const handler = careersApiHandler(async () => payload)
    const viaFetch = await handler.GET(new Request(`http://careers.test/api/careers/graphql?${search('backend-developer-berlin')}`))
    expect([viaFetch.headers.get('x-cache'), await viaFetch.text()]).toEqual(['HIT', body])

    const etag = second.headers.get('etag')!
    const revalidated = await fetch(`${url}?${search('backend-developer-berlin')}`, { headers: { 'if-none-match': etag } })
    expect([revalidated.status, await revalidated.text()]).toEqual([304, ''])
  })

  it('shows a publish to the very next request, and never the draft before it', async () => {
    const [berlin] = (await payload.find({ collection: 'job-descriptions', where: { slug: { equals: 'backend-developer-berlin' } } })).docs
    const title = async () => (await (await fetch(`${url}?${search('backend-developer-berlin')}`)).json()).data.jobPosting.title as string
    const before = await title()
    expect(await title()).toBe(before) // kept
    await payload.update({ id: berlin!.id, collection: 'job-descriptions', data: { title: 'Backend Developer (listener)' }, draft: true, overrideAccess: false, user: users.editor })
    expect(await title(), 'a draft changes nothing public').toBe(before)
    await move(berlin!.id, 'submit', 'editor')
    const [version] = (await payload.findVersions({ collection: 'job-descriptions', limit: 1, sort: '-updatedAt', where: { parent: { equals: berlin!.id } } })).docs
    await move(berlin!.id, 'approve', 'hr', String(version!.id))
    await move(berlin!.id, 'publish', 'hr')
    expect(await title()).toBe('Backend Developer (listener)')
  })

  it('answers POST, refuses a body too large (413), a method it does not serve (405), and a preflight (204)', async () => {
    const posted = await fetch(url, { body: JSON.stringify({ query: '{ jobPostings { totalCount } }' }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect([posted.status, (await posted.json()).data.jobPostings.totalCount]).toEqual([200, 2])
    const again = await fetch(url, { body: JSON.stringify({ query: '{ jobPostings { totalCount } }' }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect(again.headers.get('x-cache')).toBe('HIT')
    const large = await fetch(url, { body: JSON.stringify({ query: `{ jobPostings { totalCount } } ${' '.repeat(200 * 1024)}` }), method: 'POST' })
    expect(large.status).toBe(413)
    expect((await large.json()).errors[0].message).toMatch(/at most 100 KB/)
    const bad = await fetch(url, { body: 'not json', method: 'POST' })
    expect([bad.status, (await bad.json()).errors[0]]).toEqual([400, { extensions: { code: 'BAD_USER_INPUT' }, message: 'body: is not JSON' }])
    const put = await fetch(url, { body: '{}', method: 'PUT' })
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST, OPTIONS'])
    const preflight = await fetch(url, { method: 'OPTIONS' })
    expect([preflight.status, preflight.headers.get('access-control-allow-methods')]).toEqual([204, 'GET, POST, OPTIONS'])
  })
})
