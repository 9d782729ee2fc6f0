import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { signIn } from '../helpers/review'
import type { Role } from '../helpers/review'
import { startServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const roles: Role[] = ['admin', 'editor', 'hr']
const demoPassword = (role: Role) => `demo-${role}-password`
const evilOrigin = 'https://evil.example'
const careersOrigin = 'https://careers.example.com'

type Answer = { body: any; headers: Headers; status: number; text: string }

const call = async (url: string, init: RequestInit & { json?: unknown } = {}): Promise<Answer> => {
  const { json, ...rest } = init
  const response = await fetch(url, {
    ...rest,
    body: json === undefined ? rest.body : JSON.stringify(json),
    headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...(rest.headers as Record<string, string>) },
  })
  const text = await response.text()
  let body: any
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { body, headers: response.headers, status: response.status, text }
}

const login = (server: TestServer, email: string, password: string) =>
  call(`${server.url}/api/users/login`, { json: { email, password }, method: 'POST' })

/**
 * Accounts, sessions and cross-site requests on started servers, over REST and GraphQL. This one runs as
 * `npm start` without SERVER_URL does (its own origin is then http://localhost:<port>), with a careers site
 * in CORS_ORIGINS, and the demo users.
 */
describe('accounts and cross-site requests (demo users seeded)', () => {
  let database: TestDatabase
  let server: TestServer
  let ownOrigin: string
  const tokens: Partial<Record<Role, string>> = {}
  const jwt = (role: Role) => ({ authorization: `JWT ${tokens[role]}` })

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri, { env: { CORS_ORIGINS: careersOrigin, SERVER_URL: '' } })
    ownOrigin = `http://localhost:${new URL(server.url).port}`
    for (const role of roles) tokens[role] = await signIn(server.url, role)
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  const stillAnswers = async () => expect((await call(`${server.url}/api/users/me`)).status).toBe(200)

  /** A new account, locked by failed sign-ins (Payload locks after 5). */
  const lockedAccount = async () => {
    const email = `locked-${Math.random().toString(36).slice(2, 8)}@example.com`
    const password = 'a-password-long-enough'
    const created = await call(`${server.url}/api/users`, { headers: jwt('admin'), json: { email, password, roles: ['hr'] }, method: 'POST' })
    expect(created.status, created.text).toBe(201)
    for (let attempt = 0; attempt < 5; attempt++) await login(server, email, 'wrong-password')
    const locked = await login(server, email, password)
    expect(locked.status, locked.text).toBe(401)
    expect(locked.text).toMatch(/locked/i)
    return { email, password }
  }

  it('item 10: only an admin unlocks a locked account, over REST and GraphQL', async () => {
    const { email, password } = await lockedAccount()
    for (const role of ['editor', 'hr'] as const) {
      const rest = await call(`${server.url}/api/users/unlock`, { headers: jwt(role), json: { email }, method: 'POST' })
      expect(rest.status, rest.text).toBe(403)
      expect(rest.body.errors[0].message).toMatch(/not allowed/i)
      const graphql = await call(`${server.url}/api/graphql`, {
        headers: jwt(role),
        json: { query: `mutation { unlockUser(email: ${JSON.stringify(email)}) }` },
        method: 'POST',
      })
      expect(graphql.body.data?.unlockUser ?? null).toBeNull()
      expect(graphql.body.errors[0].message).toMatch(/not allowed/i)
      // Still locked: the right password is refused.
      expect((await login(server, email, password)).status).toBe(401)
    }
    const byAdmin = await call(`${server.url}/api/users/unlock`, { headers: jwt('admin'), json: { email }, method: 'POST' })
    expect(byAdmin.status, byAdmin.text).toBe(200)
    expect((await login(server, email, password)).status).toBe(200)
    await stillAnswers()
  })

  it('item 11: keeps no version history of accounts, so no copy of a hash, salt, reset token or session', async () => {
    const email = `versioned-${Math.random().toString(36).slice(2, 8)}@example.com`
    const created = await call(`${server.url}/api/users`, {
      headers: jwt('admin'),
      json: { email, password: 'a-password-long-enough', roles: ['editor'] },
      method: 'POST',
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.doc.id
    expect((await login(server, email, 'a-password-long-enough')).status).toBe(200) // a session
    await call(`${server.url}/api/users/forgot-password`, { json: { email }, method: 'POST' }) // a reset token
    const promoted = await call(`${server.url}/api/users/${id}`, { headers: jwt('admin'), json: { roles: ['hr'] }, method: 'PATCH' })
    expect(promoted.status, promoted.text).toBe(200)

    // The database itself: no table holds a copy of an account.
    const db = new Database(database.uri.slice('file:'.length), { readonly: true })
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_users\\_v%' ESCAPE '\\'").all() as { name: string }[]
      expect(tables.map((row) => row.name)).toEqual([])
    } finally {
      db.close()
    }
    // Nor any door to one.
    const graphql = await call(`${server.url}/api/graphql`, {
      headers: jwt('admin'),
      json: { query: '{ versionsUsers { docs { version { hash salt resetPasswordToken } } } }' },
      method: 'POST',
    })
    expect(graphql.body.errors[0].message).toMatch(/Cannot query field "versionsUsers"/)
    const rest = await call(`${server.url}/api/users/versions`, { headers: jwt('admin') })
    expect(rest.text).not.toMatch(/"hash"|"salt"/)

    const deleted = await call(`${server.url}/api/users/${id}`, { headers: jwt('admin'), method: 'DELETE' })
    expect(deleted.status, deleted.text).toBe(200)
    await stillAnswers()
  })

  describe('item 13: cross-site requests', () => {
    let cookie: string
    beforeAll(async () => {
      const editor = await login(server, 'editor@example.com', demoPassword('editor'))
      cookie = editor.headers.get('set-cookie')!.split(';')[0]!
      expect(cookie).toMatch(/^payload-token=/)
    })

    const countResponsibilities = async (text: string) =>
      (await call(`${server.url}/api/responsibilities?where[text][equals]=${encodeURIComponent(text)}&draft=true`, { headers: jwt('editor') })).body.totalDocs

    it('a cookie-authenticated REST write from another origin is refused; from its own origin or CORS_ORIGINS it works', async () => {
      const text = `Written from another site ${Math.random()}`
      const evil = await call(`${server.url}/api/responsibilities`, { headers: { cookie, origin: evilOrigin }, json: { text }, method: 'POST' })
      expect(evil.status, evil.text).toBe(403)
      expect(evil.body.errors[0].message).toMatch(/not allowed/i)
      // Without Origin, a browser's Sec-Fetch-Site: cross-site is refused too.
      const crossSite = await call(`${server.url}/api/responsibilities`, { headers: { cookie, 'sec-fetch-site': 'cross-site' }, json: { text }, method: 'POST' })
      expect(crossSite.status, crossSite.text).toBe(403)
      expect(await countResponsibilities(text)).toBe(0)

      for (const [origin, count] of [[ownOrigin, 1], [careersOrigin, 2]] as const) {
        const allowed = await call(`${server.url}/api/responsibilities`, { headers: { cookie, origin }, json: { text }, method: 'POST' })
        expect(allowed.status, `${origin}: ${allowed.text}`).toBe(201)
        expect(await countResponsibilities(text)).toBe(count)
      }
    })

    it('a cookie-authenticated GraphQL mutation from another origin is refused; from its own origin it works', async () => {
      const text = `Written over GraphQL from another site ${Math.random()}`
      const mutation = { query: `mutation { createResponsibility(data: { text: ${JSON.stringify(text)}, category: primary }) { id } }` }
      const evil = await call(`${server.url}/api/graphql`, { headers: { cookie, origin: evilOrigin }, json: mutation, method: 'POST' })
      expect(evil.body.data?.createResponsibility ?? null).toBeNull()
      expect(evil.body.errors[0].message).toMatch(/not allowed/i)
      expect(await countResponsibilities(text)).toBe(0)

      const own = await call(`${server.url}/api/graphql`, { headers: { cookie, origin: ownOrigin }, json: mutation, method: 'POST' })
      expect(own.body.errors, own.text).toBeUndefined()
      expect(await countResponsibilities(text)).toBe(1)
    })

    it('our endpoints refuse a text/plain body (a cross-site form POST) with a 415 naming the type', async () => {
      const { docs } = (await call(`${server.url}/api/responsibilities?draft=true&limit=1&where[_status][equals]=draft`, { headers: jwt('editor') })).body
      const draft = docs[0] ?? (await call(`${server.url}/api/responsibilities`, { headers: jwt('editor'), json: { text: `A draft ${Math.random()}` }, method: 'POST' })).body.doc
      const before = (await call(`${server.url}/api/responsibilities/${draft.id}?draft=true`, { headers: jwt('editor') })).body
      const workflow = await call(`${server.url}/api/responsibilities/${draft.id}/workflow`, {
        body: JSON.stringify({ action: 'submit' }),
        headers: { ...jwt('editor'), 'content-type': 'text/plain' },
        method: 'POST',
      })
      expect(workflow.status, workflow.text).toBe(415)
      expect(workflow.body.errors[0].message).toMatch(/text\/plain/)
      const after = (await call(`${server.url}/api/responsibilities/${draft.id}?draft=true`, { headers: jwt('editor') })).body
      expect(after.stage).toBe(before.stage)
      expect(after.updatedAt).toBe(before.updatedAt)

      const template = (await call(`${server.url}/api/job-descriptions?where[kind][equals]=template&limit=1`, { headers: jwt('editor') })).body.docs[0]
      const postings = async () => (await call(`${server.url}/api/job-descriptions?where[kind][equals]=posting&draft=true&limit=0`, { headers: jwt('editor') })).body.totalDocs
      const postingsBefore = await postings()
      const instantiate = await call(`${server.url}/api/job-descriptions/${template.id}/instantiate`, {
        body: JSON.stringify({ values: {} }),
        headers: { ...jwt('editor'), 'content-type': 'text/plain;charset=UTF-8' },
        method: 'POST',
      })
      expect(instantiate.status, instantiate.text).toBe(415)
      expect(instantiate.body.errors[0].message).toMatch(/text\/plain/)
      expect(await postings()).toBe(postingsBefore)
      await stillAnswers()
    })

    it('the auth cookie is not marked Secure on a plain-http SERVER_URL', async () => {
      const answer = await login(server, 'editor@example.com', demoPassword('editor'))
      expect(answer.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
    })
  })
})

describe('a server started as `npm start` starts it (no SEED_DEMO_USERS, an https SERVER_URL)', () => {
  let database: TestDatabase
  let server: TestServer

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri, { demoUsers: false, env: { SERVER_URL: 'https://jobs.example.test' } })
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  it('item 14: has no account that signs in with the README\'s passwords, and shows create-first-user', async () => {
    for (const role of roles) {
      const answer = await login(server, `${role}@example.com`, demoPassword(role))
      expect(answer.status, `${role}: ${answer.text}`).toBe(401)
    }
    expect((await call(`${server.url}/api/users/init`)).body).toEqual({ initialized: false })
    // The seeded content is there all the same.
    const templates = await call(`${server.url}/api/graphql`, {
      json: { query: '{ JobDescriptions(where: { kind: { equals: template } }) { totalDocs } }' },
      method: 'POST',
    })
    expect(templates.body.data.JobDescriptions.totalDocs).toBe(2)
  })

  it('item 14: the first user registers and becomes the admin; the auth cookie is Secure on https (item 13)', async () => {
    const first = await call(`${server.url}/api/users/first-register`, {
      json: { email: 'first@example.com', password: 'first-user-password', roles: ['editor'] },
      method: 'POST',
    })
    expect(first.status, first.text).toBe(200)
    expect(first.body.user.roles).toEqual(['admin'])
    expect(first.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    expect((await call(`${server.url}/api/users/init`)).body).toEqual({ initialized: true })

    const again = await login(server, 'first@example.com', 'first-user-password')
    expect(again.status, again.text).toBe(200)
    expect(again.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    // Registering "first" once more is refused: there is a user now.
    const second = await call(`${server.url}/api/users/first-register`, {
      json: { email: 'second@example.com', password: 'second-user-password' },
      method: 'POST',
    })
    expect(second.status).toBeGreaterThanOrEqual(400)
    expect(second.status).toBeLessThan(500)
  })
})
