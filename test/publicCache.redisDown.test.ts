import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

/** With the shared cache's Redis unreachable, content still gets published; the failure is only logged. */
describe('public cache with Redis down', () => {
  let payload: Payload
  let database: TestDatabase

  beforeAll(async () => {
    database = sqliteDatabase()
    // Port 1: nothing listens there.
    payload = await startPayload(database.uri, { publicCache: { redisUrl: 'redis://127.0.0.1:1' } })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('publishes, edits and deletes published content all the same', async () => {
    const doc = await payload.create({ collection: 'job-descriptions', data: { _status: 'published', kind: 'posting', title: 'Published without Redis' } as never })
    expect(doc._status).toBe('published')
    const edited = await payload.update({ id: doc.id, collection: 'job-descriptions', data: { title: 'Edited without Redis' } })
    expect(edited.title).toBe('Edited without Redis')
    await payload.delete({ id: doc.id, collection: 'job-descriptions' })
    expect((await payload.find({ collection: 'job-descriptions', where: { id: { equals: doc.id } } })).totalDocs).toBe(0)
  })
})
