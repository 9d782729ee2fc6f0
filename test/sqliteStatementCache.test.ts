import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersPostingBySlugDocument } from '../graphql/generated/graphql'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { answerAnonymousQuery } from '../src/publicCache/anonymousQuery'
import { sqliteStatementCounts } from '../src/database/sqliteStatementCache.ts'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

type Client = { execute: (sql: string) => Promise<unknown> }

/**
 * Payload's SQLite statements are prepared once per connection and then reused (src/sqliteStatementCache.ts):
 * a repeated read prepares nothing, and a kept statement still answers with what the database holds now,
 * after a write, after a statement of the same text failed, and after the schema changed.
 */
describe('prepared statements kept on SQLite', () => {
  let database: TestDatabase
  let payload: Payload
  let slug: string

  const detail = async () => {
    const answer = await answerAnonymousQuery(payload, { query: CareersPostingBySlugDocument.toString(), variables: { slug } }, new Headers())
    expect(answer).toBeDefined()
    return JSON.parse(answer!) as { data: { JobDescriptions: { docs: { title: string }[] } } }
  }

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
    const { docs } = await payload.find({ collection: 'job-descriptions', where: { kind: { equals: 'posting' }, _status: { equals: 'published' } }, limit: 1 })
    slug = docs[0]!.slug!
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('prepares nothing for a read it has made before, and answers the same', async () => {
    const first = await detail()
    const before = sqliteStatementCounts()
    expect(await detail()).toEqual(first)
    const after = sqliteStatementCounts()
    expect(after.prepared).toBe(before.prepared)
    expect(after.reused).toBeGreaterThan(before.reused)
  })

  it('reads what a write changed through a kept statement', async () => {
    await detail()
    const { docs } = await payload.find({ collection: 'job-descriptions', where: { slug: { equals: slug } }, limit: 1 })
    // Below Payload's operations, outside a transaction: each transaction runs on a connection of its own
    // (and the client opens a new one after it), where nothing is kept yet.
    await payload.db.updateOne({ collection: 'job-descriptions', id: docs[0]!.id, data: { title: 'Retitled through a kept statement' } })
    const before = sqliteStatementCounts()
    expect((await detail()).data.JobDescriptions.docs[0]!.title).toBe('Retitled through a kept statement')
    expect(sqliteStatementCounts().reused).toBeGreaterThan(before.reused)
  })

  it('runs a statement again after the same text failed', async () => {
    // Outside a transaction, on the client's connection (see above).
    const data = { _status: 'draft', kind: 'posting', title: 'A posting whose slug is taken' } as const
    const created = await payload.db.create({ collection: 'job-descriptions', data: { ...data, slug: 'slug-taken-once' } })
    await expect(payload.db.create({ collection: 'job-descriptions', data: { ...data, slug: 'slug-taken-once' } })).rejects.toThrow(/slug/i)
    const before = sqliteStatementCounts()
    const again = await payload.db.create({ collection: 'job-descriptions', data: { ...data, slug: 'slug-free' } })
    // Every statement of that create was one of the first create's, kept.
    expect(sqliteStatementCounts().prepared).toBe(before.prepared)
    expect(again.id).not.toBe(created.id)
    expect((await payload.findByID({ collection: 'job-descriptions', id: again.id })).slug).toBe('slug-free')
  })

  it('answers through a kept statement after the schema changed', async () => {
    const answer = await detail()
    const client = (payload.db as unknown as { client: Client }).client
    await client.execute('ALTER TABLE job_descriptions ADD COLUMN added_by_test text')
    try {
      const before = sqliteStatementCounts()
      expect(await detail()).toEqual(answer)
      expect(sqliteStatementCounts().prepared).toBe(before.prepared)
    } finally {
      await client.execute('ALTER TABLE job_descriptions DROP COLUMN added_by_test')
    }
    expect(await detail()).toEqual(answer)
  })
})
