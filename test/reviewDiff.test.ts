import { randomUUID } from 'node:crypto'
import { getPayload, handleEndpoints } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrateDatabase } from '../dev/db.ts'
import { buildAppConfig } from '../dev/payload.config.ts'
import type { JobDescription, User } from '../dev/payload-types.ts'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import type { ReviewDiff } from '../src/workflow/reviewDiff'
import { transition } from '../src/workflow/transition'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { stopPayload, testSecret } from './helpers/payload'

/**
 * HR's text comparison (`GET /api/job-descriptions/:id/review-diff`) through Payload's REST pipeline
 * (handleEndpoints, as Next's route calls it) on a seeded SQLite database: a posting's own fields, items
 * added and removed, and a shared item edited after it was published, which the posting's own versions
 * never show.
 */
describe('review diff: the revision under review against the published posting', () => {
  let payload: Payload
  let database: TestDatabase
  let key: string
  const tokens = {} as Record<'editor' | 'hr' | 'admin', string>
  const users = {} as Record<'editor' | 'hr', User>
  let posting: JobDescription

  beforeAll(async () => {
    database = sqliteDatabase()
    key = randomUUID()
    payload = await getPayload({ config: buildAppConfig({ databaseUri: database.uri, secret: testSecret }), key })
    await migrateDatabase(payload)
    await runSeed(payload, seed, { development: true })
    for (const role of ['admin', 'editor', 'hr'] as const) {
      const login = await payload.login({ collection: 'users', data: { email: `${role}@example.com`, password: `demo-${role}-password` } })
      tokens[role] = login.token!
      if (role !== 'admin') users[role] = login.user as User
    }
    const { docs } = await payload.find({ collection: 'job-descriptions', depth: 0, where: { slug: { equals: 'backend-developer-template' } } })
    posting = docs[0]!
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const get = async (path: string, role?: keyof typeof tokens) => {
    const response = await handleEndpoints({
      config: payload.config,
      payloadInstanceCacheKey: key,
      request: new Request(`http://localhost/api${path}`, { headers: role ? { authorization: `JWT ${tokens[role]}` } : {} }),
    })
    return { json: await response.json(), status: response.status }
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const itemText = async (collection: 'requirements' | 'responsibilities', id: number | string) =>
    (await payload.findByID({ collection, depth: 0, id })).text

  it('lists the title, an added and a removed item, and a shared item edited after publish, with their old and new text', async () => {
    const responsibilities = (posting.responsibilities ?? []) as number[]
    const requirements = (posting.requirements ?? []) as number[]
    expect(responsibilities.length).toBeGreaterThan(1)
    expect(requirements.length).toBeGreaterThan(0)
    const [removedId] = responsibilities
    const removedText = await itemText('responsibilities', removedId!)
    const sharedId = requirements[0]!
    const sharedBefore = await itemText('requirements', sharedId)
    const as = (role: 'editor' | 'hr') => ({ overrideAccess: false, user: users[role] }) as const

    // The editor edits a shared requirement (a draft of its own) and the posting, then submits the posting.
    await payload.update({ collection: 'requirements', data: { text: `${sharedBefore} Kubernetes experience is a plus.` }, draft: true, id: sharedId, ...as('editor') })
    const added = await payload.create({ collection: 'responsibilities', data: { text: 'Mentor two junior engineers each quarter.' }, draft: true, ...as('editor') })
    await payload.update({
      collection: 'job-descriptions',
      data: { responsibilities: [...responsibilities.slice(1), added.id], title: 'Backend Developer (Payments)' },
      draft: true,
      id: posting.id,
      ...as('editor'),
    })
    await transition({ collection: 'job-descriptions', id: posting.id, input: { action: 'submit' }, payload, user: users.editor })

    const { json, status } = await get(`/job-descriptions/${posting.id}/review-diff`, 'hr')
    expect(status, JSON.stringify(json)).toBe(200)
    const diff = json as ReviewDiff
    expect(diff.published).not.toBeNull()
    expect(diff.fields).toEqual([
      expect.objectContaining({ after: 'Backend Developer (Payments)', before: 'Backend Developer', name: 'title' }),
    ])
    expect(diff.fields[0]!.parts).toContainEqual({ added: true, value: expect.stringContaining('Payments') })
    const byId = (field: string, id: number | string) => diff.items.find((item) => item.field === field && String(item.id) === String(id))
    expect(byId('responsibilities', added.id)).toMatchObject({ after: 'Mentor two junior engineers each quarter.', before: null, change: 'added', field: 'responsibilities' })
    expect(byId('responsibilities', removedId!)).toMatchObject({ after: null, before: removedText, change: 'removed', field: 'responsibilities' })
    // A requirement reads with its level and category, which HR approves too.
    expect(byId('requirements', sharedId)).toMatchObject({
      after: expect.stringMatching(new RegExp(`^${escape(sharedBefore)} Kubernetes experience is a plus\\.\\n\\(level: `)),
      before: expect.stringMatching(new RegExp(`^${escape(sharedBefore)}\\n\\(level: `)),
      change: 'changed',
      field: 'requirements',
    })
    expect(byId('requirements', sharedId)!.parts.filter((part) => part.added).map((part) => part.value).join('')).toContain('Kubernetes')
    // Nothing else changed: the other items of the posting are not listed.
    expect(diff.items).toHaveLength(3)

    // An admin may compare too; the revision can be named.
    const named = await get(`/job-descriptions/${posting.id}/review-diff?versionId=${diff.revision.versionId}`, 'admin')
    expect(named.status).toBe(200)
    expect((named.json as ReviewDiff).items).toHaveLength(3)
  })

  it('reviews the posting and the items it changed as one: pinned, approved together, published together', async () => {
    const diff = (await get(`/job-descriptions/${posting.id}/review-diff`, 'hr')).json as ReviewDiff
    // The submit took the items with changes nobody had submitted: the added one and the edited shared one.
    const reviewed = diff.items.filter((item) => item.change !== 'removed')
    expect(reviewed.map((item) => item.stage)).toEqual(['in_review', 'in_review'])
    const pins = reviewed.map((item) => ({ collection: item.collection, id: String(item.id), versionId: String(item.versionId) }))
    expect(diff.pinned).toEqual(expect.arrayContaining(pins))
    expect(diff.pinned).toHaveLength(2)
    // The shared requirement says how many other published postings it reaches.
    const shared = reviewed.find((item) => item.change === 'changed')!
    const others = await payload.find({
      collection: 'job-descriptions',
      where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: 'posting' } }, { requirements: { in: [shared.id] } }] },
    })
    expect(others.totalDocs).toBeGreaterThan(0)
    expect(shared.sharedWith).toBe(others.totalDocs)

    const approve = (items?: typeof pins) =>
      transition({ collection: 'job-descriptions', id: posting.id, input: { action: 'approve', items, versionId: String(diff.revision.versionId) }, payload, user: users.hr })
    await expect(approve(), 'every item under review must be named').rejects.toMatchObject({ message: expect.stringMatching(/^items: the (responsibilities|requirements) ".+" is under review with this job description/), status: 409 })
    await expect(approve([{ ...pins[0]!, versionId: '987654321' }, pins[1]!]), 'at the revision HR saw').rejects.toMatchObject({
      message: expect.stringMatching(/changed after revision 987654321: review revision \d+ instead/),
      status: 409,
    })
    expect((await payload.findByID({ collection: 'job-descriptions', depth: 0, draft: true, id: posting.id })).stage, 'nothing moved').toBe('in_review')

    await approve(pins)
    for (const item of reviewed) {
      const latest = await payload.findVersions({ collection: item.collection as 'requirements', limit: 1, sort: '-updatedAt', where: { parent: { equals: item.id } } })
      expect(latest.docs[0]!.version.stage, `${item.field} ${item.id}`).toBe('approved')
    }
    await transition({ collection: 'job-descriptions', id: posting.id, input: { action: 'publish' }, payload, user: users.hr })
    // Published with the posting, as HR approved them; the trail says they went with it.
    expect((await payload.findByID({ collection: 'requirements', depth: 0, id: shared.id }))._status).toBe('published')
    expect((await payload.findByID({ collection: 'requirements', depth: 0, id: shared.id })).text).toBe(shared.after!.split('\n')[0])
    const added = reviewed.find((item) => item.change === 'added')!
    expect((await payload.findByID({ collection: 'responsibilities', depth: 0, id: added.id }))._status).toBe('published')
    const trail = await payload.find({ collection: 'approvals', sort: 'createdAt', where: { and: [{ documentId: { equals: String(added.id) } }, { collectionSlug: { equals: 'responsibilities' } }] } })
    expect(trail.docs.map((entry) => [entry.action, entry.comment])).toEqual([
      ['submit', 'With the posting "Backend Developer (Payments)"'],
      ['approve', 'With the posting "Backend Developer (Payments)"'],
      ['publish', 'With the posting "Backend Developer (Payments)"'],
    ])
  })

  it('refuses the signed-out (401), editors (403), bad input naming the field (400), and unknown revisions (404)', async () => {
    const anonymous = await get(`/job-descriptions/${posting.id}/review-diff`)
    expect(anonymous.status).toBe(401)
    const editor = await get(`/job-descriptions/${posting.id}/review-diff`, 'editor')
    expect(editor.status).toBe(403)
    expect(editor.json.errors[0].message).toMatch(/Only HR/)
    const badVersion = await get(`/job-descriptions/${posting.id}/review-diff?versionId=${encodeURIComponent('1 OR 1=1')}`, 'hr')
    expect(badVersion.status).toBe(400)
    expect(badVersion.json.errors[0].message).toMatch(/^versionId: /)
    const badId = await get(`/job-descriptions/${encodeURIComponent('x.y')}/review-diff`, 'hr')
    expect(badId.status).toBe(400)
    expect(badId.json.errors[0].message).toMatch(/^id: /)
    const unknown = await get(`/job-descriptions/${posting.id}/review-diff?versionId=987654321`, 'hr')
    expect(unknown.status).toBe(404)
  })

  it('compares a never-published posting against nothing: every field and item is added', async () => {
    const draft = await payload.create({ collection: 'job-descriptions', data: { kind: 'posting', title: 'Site Reliability Engineer' }, draft: true, overrideAccess: false, user: users.editor })
    const { json, status } = await get(`/job-descriptions/${draft.id}/review-diff`, 'hr')
    expect(status).toBe(200)
    expect(json.published).toBeNull()
    expect(json.fields).toContainEqual(expect.objectContaining({ after: 'Site Reliability Engineer', before: '', name: 'title' }))
  })
})
