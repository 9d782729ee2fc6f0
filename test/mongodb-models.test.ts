import { randomUUID } from 'node:crypto'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '../dev/payload.config.ts'
import { testSecret } from './helpers/payload'

/**
 * No MongoDB server runs on our machines, so this checks what can be checked without one: the mongoose
 * models, versions models and indexes Payload builds from our collections when DATABASE_URI is mongodb://.
 */
describe('MongoDB adapter without a server', () => {
  let payload: Payload
  let db: MongooseAdapter

  beforeAll(async () => {
    const config = buildAppConfig({ databaseUri: 'mongodb://127.0.0.1:1/never-connected', secret: testSecret })
    payload = await getPayload({ config, disableDBConnect: true, key: randomUUID() })
    db = payload.db as unknown as MongooseAdapter
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  const indexedPaths = (model: { schema: { indexes: () => [Record<string, unknown>, Record<string, unknown>][] } }) =>
    model.schema.indexes().map(([fields, options]) => ({ fields: Object.keys(fields).join(','), unique: Boolean(options?.unique) }))

  it('selects the mongoose adapter from a mongodb:// URI', () => {
    expect(payload.db.name).toBe('mongoose')
  })

  it('builds a model and a versions model for every content collection', () => {
    for (const slug of ['job-descriptions', 'responsibilities', 'requirements', 'faqs']) {
      expect(db.collections[slug], slug).toBeDefined()
      expect(db.versions[slug], `${slug} versions`).toBeDefined()
      expect(db.versions[slug]!.schema.path('version._status'), `${slug} versions keep the status`).toBeDefined()
      expect(db.versions[slug]!.schema.path('latest'), `${slug} versions mark the latest`).toBeDefined()
    }
    expect(db.collections.users).toBeDefined()
    // A version of an account would copy its password hash, salt, reset token and sessions: none kept.
    expect(db.versions.users).toBeUndefined()
  })

  it('indexes what careers sites and the seeder look up', () => {
    const jobs = indexedPaths(db.collections['job-descriptions']!)
    expect(jobs).toContainEqual({ fields: 'slug', unique: true })
    for (const field of ['kind', 'department', 'datePosted', 'title', '_status']) {
      expect(jobs.map((index) => index.fields), field).toContain(field)
    }
    // The careers list's page, in index order, and its count: of one department, and of all.
    expect(jobs.map((index) => index.fields)).toContain('department,kind,_status,datePosted,createdAt')
    expect(jobs.map((index) => index.fields)).toContain('department,kind,_status,validThrough')
    expect(jobs.map((index) => index.fields)).toContain('kind,_status,datePosted,createdAt')
    expect(jobs.map((index) => index.fields)).toContain('kind,_status,validThrough')
    expect(indexedPaths(db.collections.responsibilities!).map((i) => i.fields)).toContain('text')
    expect(indexedPaths(db.collections.requirements!).map((i) => i.fields)).toContain('text')
    expect(indexedPaths(db.collections.faqs!).map((i) => i.fields)).toContain('question')
    expect(indexedPaths(db.collections.users!)).toContainEqual({ fields: 'email', unique: true })
  })

  it('stores ordered relationships as arrays and rich text as objects', () => {
    const schema = db.collections['job-descriptions']!.schema
    for (const field of ['responsibilities', 'requirements', 'faqs']) {
      expect(schema.path(field)?.instance, field).toBe('Array')
    }
    expect(schema.path('summary')?.instance).toBe('Mixed')
    expect(schema.path('salary.currency')?.instance).toBe('String')
  })
})
