import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

/**
 * With the shared cache's Redis unreachable, a change that puts content in public view is refused (503) and
 * rolled back, audit record and all: it would otherwise leave answers cached before the outage to be served
 * again once Redis is back, for up to the cache's TTL. Take-downs (unpublish, expiry, delete) always go
 * through, and the invalidation is retried until Redis answers. Drafts, which the public never reads, are
 * saved all the same.
 */
describe('public cache with Redis down', () => {
  let payload: Payload
  let database: TestDatabase
  const collection = 'job-descriptions' as const

  beforeAll(async () => {
    database = sqliteDatabase()
    // Port 1: nothing listens there.
    payload = await startPayload(database.uri, { publicCache: { redisUrl: 'redis://127.0.0.1:1' } })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  /** Published before Redis went away: written below the hooks, as the outage is what is under test. */
  const published = async (title: string) => {
    const doc = await payload.create({ collection, data: { kind: 'posting', title }, draft: true })
    await payload.db.updateOne({ id: doc.id, collection, data: { _status: 'published' } })
    const [version] = (await payload.db.findVersions({ collection, limit: 1, where: { parent: { equals: doc.id } } })).docs
    await payload.db.updateVersion({ id: version!.id, collection, versionData: { version: { ...version!.version, _status: 'published' } } })
    return doc
  }
  const refused = { message: expect.stringMatching(/^The public cache could not be told of this change/), status: 503 }
  const records = async () => (await payload.count({ collection: 'approvals' })).totalDocs

  it('saves drafts, but refuses a publish and changes nothing', async () => {
    const draft = await payload.create({ collection, data: { kind: 'posting', title: 'Draft without Redis' }, draft: true })
    expect(draft._status).toBe('draft')
    const recordsBefore = await records()
    await expect(payload.update({ id: draft.id, collection, data: { _status: 'published' } })).rejects.toMatchObject(refused)
    expect((await payload.findByID({ id: draft.id, collection }))._status).toBe('draft')
    expect(await records()).toBe(recordsBefore)
  })

  it("refuses an edit of published content, keeps it as it was, and saves an editor's draft over it", async () => {
    const doc = await published('Published before the outage')
    await expect(payload.update({ id: doc.id, collection, data: { title: 'Edited without Redis' } })).rejects.toMatchObject(refused)
    expect(await payload.findByID({ id: doc.id, collection })).toMatchObject({ _status: 'published', title: 'Published before the outage' })
    const draft = await payload.update({ id: doc.id, collection, data: { title: 'Draft over published' }, draft: true })
    expect(draft.title).toBe('Draft over published')
  })

  it('takes published content down all the same: an unpublish and a delete', async () => {
    const unpublished = await published('Unpublished without Redis')
    await payload.update({ id: unpublished.id, collection, data: { _status: 'draft' } })
    expect((await payload.findByID({ id: unpublished.id, collection }))._status).toBe('draft')
    const deleted = await published('Deleted without Redis')
    await payload.delete({ id: deleted.id, collection })
    expect((await payload.find({ collection, where: { id: { equals: deleted.id } } })).totalDocs).toBe(0)
  })
})
