import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { reviewOverRest, signIn } from '../helpers/review'
import type { Role } from '../helpers/review'
import { startServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

/**
 * The review's doors over HTTP on a started server (issue 13, items 1, 6, 7 and 8): template instantiation
 * over REST and GraphQL makes drafts only, Payload's version-rewriting parameters are refused, `_status`
 * takes two values, and HR's unpublish works whatever an editor left in the newest draft.
 */
describe('Review doors over HTTP', () => {
  let server: TestServer
  let database: TestDatabase
  const tokens = {} as Record<Role, string>

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    for (const role of ['admin', 'editor', 'hr'] as const) tokens[role] = await signIn(server.url, role)
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  const rest = async (path: string, { body, method = 'GET', role }: { body?: unknown; method?: string; role?: Role } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(role ? { authorization: `JWT ${tokens[role]}` } : {}) },
      method,
    })
    const text = await response.text()
    return { json: JSON.parse(text) as Record<string, any>, status: response.status, text }
  }
  const graphql = async (query: string, variables: Record<string, unknown>, role?: Role) =>
    (await rest('/graphql', { body: { query, variables }, method: 'POST', role })).json
  const review = () => reviewOverRest(server.url, tokens)

  /** A published posting, made and reviewed over REST. */
  let counter = 0
  const publishedPosting = async () => {
    const title = `Door posting ${++counter}`
    const { json } = await rest('/job-descriptions?draft=true', { body: { kind: 'posting', title }, method: 'POST', role: 'editor' })
    await review().publish('job-descriptions', json.doc.id)
    return { id: json.doc.id as number, title }
  }
  const versionRows = async (id: number) =>
    (await rest(`/job-descriptions/versions?where[parent][equals]=${id}&sort=createdAt&limit=100&depth=0`, { role: 'hr' })).json.docs.map(
      ({ latest: _latest, ...row }: Record<string, unknown>) => row,
    )
  const publicTitle = async (id: number) => (await rest(`/job-descriptions?where[id][equals]=${id}`)).json.docs[0]?.title

  describe('item 1: instantiating a template makes drafts only, over REST and GraphQL', () => {
    let templateId: number
    const secret = 'Unreviewed 91c2'

    beforeAll(async () => {
      // An editor's draft template whose draft items carry a placeholder.
      const item = async (collection: string, body: Record<string, unknown>) =>
        (await rest(`/${collection}?draft=true`, { body, method: 'POST', role: 'editor' })).json.doc.id as number
      const responsibility = await item('responsibilities', { text: 'Lead the [X] team' })
      const requirement = await item('requirements', { category: 'other', level: 'required', text: 'Experience with [X]' })
      const faq = await item('faqs', {
        answer: { root: { children: [{ children: [{ text: 'Ask [X].', type: 'text', version: 1 }], type: 'paragraph', version: 1 }], type: 'root', version: 1 } },
        audience: 'candidates',
        question: 'Who is [X]?',
      })
      const template = await rest('/job-descriptions?draft=true', {
        body: { faqs: [faq], kind: 'template', requirements: [requirement], responsibilities: [responsibility], title: 'Template with [X]' },
        method: 'POST',
        role: 'editor',
      })
      templateId = template.json.doc.id
    })

    const expectNothingPublic = async () => {
      for (const path of [
        `/responsibilities?where[text][contains]=${encodeURIComponent(secret)}`,
        `/requirements?where[text][contains]=${encodeURIComponent(secret)}`,
        `/faqs?where[question][contains]=${encodeURIComponent(secret)}`,
        `/job-descriptions?where[title][contains]=${encodeURIComponent(secret)}`,
      ]) {
        const { json, status } = await rest(path)
        expect(status, path).toBe(200)
        expect(json.docs, path).toEqual([])
      }
      const faqs = await graphql('query { Faqs(limit: 100) { docs { question answerPlain } } }', {})
      expect(JSON.stringify(faqs)).not.toContain(secret)
      const published = await rest(`/approvals?where[action][equals]=system_publish&limit=100`, { role: 'hr' })
      expect(published.text).not.toContain(secret)
    }

    it('REST: the copies of changed items and the posting are drafts, public only after review', async () => {
      const created = await rest(`/job-descriptions/${templateId}/instantiate`, { body: { values: { '[X]': secret } }, method: 'POST', role: 'editor' })
      expect(created.status, created.text).toBe(201)
      expect(created.json.doc._status).toBe('draft')
      await expectNothingPublic()
      // The signed-in author sees the copies, as drafts.
      const copies = await rest(`/responsibilities?where[text][contains]=${encodeURIComponent(secret)}&draft=true`, { role: 'editor' })
      expect(copies.json.docs.map((doc: { _status: string; text: string }) => [doc.text, doc._status])).toEqual([[`Lead the ${secret} team`, 'draft']])
    })

    it('GraphQL: the same through instantiateJobDescriptionTemplate', async () => {
      const json = await graphql(
        'mutation ($id: ID!, $values: JSON) { instantiateJobDescriptionTemplate(id: $id, values: $values, slug: "made-over-graphql") { _status } }',
        { id: String(templateId), values: { '[X]': secret } },
        'editor',
      )
      expect(json.errors).toBeUndefined()
      expect(json.data.instantiateJobDescriptionTemplate._status).toBe('draft')
      await expectNothingPublic()
    })
  })

  describe('item 6: parameters that rewrite versions', () => {
    it('refuses ?draft=true&unpublishAllLocales=true from an editor, and the published version row is unchanged', async () => {
      const { id, title } = await publishedPosting()
      const before = await versionRows(id)
      const attempt = await rest(`/job-descriptions/${id}?draft=true&unpublishAllLocales=true`, { body: { title: 'Rewritten' }, method: 'PATCH', role: 'editor' })
      expect(attempt.status, attempt.text).toBe(403)
      expect(attempt.json.errors[0].message).toMatch(/^unpublishAllLocales: editors cannot unpublish/)
      expect(await versionRows(id)).toEqual(before)
      expect(await publicTitle(id)).toBe(title)
    })

    it('refuses ?autosave=true, for HR too', async () => {
      const { id } = await publishedPosting()
      const before = await versionRows(id)
      for (const role of ['editor', 'hr'] as const) {
        const attempt = await rest(`/job-descriptions/${id}?draft=true&autosave=true`, { body: { title: 'Autosaved' }, method: 'PATCH', role })
        expect(attempt.status, attempt.text).toBe(400)
        expect(attempt.json.errors[0].message).toMatch(/^autosave: /)
      }
      expect(await versionRows(id)).toEqual(before)
    })
  })

  describe('item 7: _status values', () => {
    it('refuses a bulk PATCH that would take every posting down, for each value that is not a status, naming _status', async () => {
      const { id, title } = await publishedPosting()
      const publishedBefore = (await rest('/job-descriptions?limit=0')).json.totalDocs
      for (const value of [null, 'bogus', 'PUBLISHED', ['published'], { equals: 'published' }]) {
        const attempt = await rest('/job-descriptions?where[id][exists]=true', { body: { _status: value, title: 'Gone' }, method: 'PATCH', role: 'editor' })
        expect(attempt.status, `${JSON.stringify(value)}: ${attempt.text}`).toBe(400)
        expect(attempt.json.errors[0].data.errors).toEqual([{ message: expect.stringContaining('must be "draft" or "published"'), path: '_status' }])
        const byId = await rest(`/job-descriptions/${id}`, { body: { _status: value }, method: 'PATCH', role: 'hr' })
        expect(byId.status, `${JSON.stringify(value)} by id: ${byId.text}`).toBe(400)
      }
      expect((await rest('/job-descriptions?limit=0')).json.totalDocs).toBe(publishedBefore)
      expect(await publicTitle(id)).toBe(title)
    })
  })

  describe('item 8: HR unpublishes whatever the editor left in the newest draft', () => {
    it('unpublishes over the workflow endpoint with an invalid draft on top, which stays the newest revision', async () => {
      const { id } = await publishedPosting()
      const draft = await rest(`/job-descriptions/${id}?draft=true`, { body: { applyUrl: 'not a url', title: '' }, method: 'PATCH', role: 'editor' })
      expect(draft.status, draft.text).toBe(200)
      const { body, status } = await review().move('job-descriptions', id, 'unpublish', 'hr')
      expect(status, body).toBe(200)
      expect(await publicTitle(id)).toBeUndefined()
      const newest = await rest(`/job-descriptions/${id}?draft=true&depth=0`, { role: 'editor' })
      expect(newest.json).toMatchObject({ applyUrl: 'not a url', title: '' })
    })
  })
})
