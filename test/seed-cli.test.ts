import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

import { bin, root } from '../dev/scripts/build.ts'
import { sqliteDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

const databases = [sqliteDatabase(), sqliteDatabase()]
afterAll(async () => Promise.all(databases.map((database) => database.drop())))

/** `tsx dev/scripts/seed.ts …args` with only `vars` of NODE_ENV and SEED_DEMO_USERS set. */
const seedCli = async (databaseUri: string, vars: { NODE_ENV?: string; SEED_DEMO_USERS?: string }, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'x'.repeat(32) }
  Reflect.deleteProperty(env, 'NODE_ENV')
  Reflect.deleteProperty(env, 'SEED_DEMO_USERS')
  Object.assign(env, vars)
  const { stdout } = await promisify(execFile)(bin('tsx'), ['dev/scripts/seed.ts', ...args], { cwd: root, env })
  return stdout
}

const contents = async (databaseUri: string) => {
  const payload = await startPayload(databaseUri)
  try {
    const count = async (collection: 'faqs' | 'job-descriptions' | 'requirements' | 'responsibilities' | 'users') =>
      (await payload.count({ collection })).totalDocs
    return {
      faqs: await count('faqs'),
      jobDescriptions: await count('job-descriptions'),
      requirements: await count('requirements'),
      responsibilities: await count('responsibilities'),
      users: (await payload.find({ collection: 'users', sort: 'email' })).docs.map((u) => [u.email, u.roles]),
    }
  } finally {
    await stopPayload(payload)
  }
}

describe('npm run seed', () => {
  it('migrates and seeds a new database, with the demo users when SEED_DEMO_USERS=true; a second run changes nothing', async () => {
    const [database] = databases
    const first = await seedCli(database!.uri, { SEED_DEMO_USERS: 'true' })
    expect(first).toMatch(
      /job descriptions created \[backend-developer-template, back-end-developer-template, backend-developer-berlin, back-end-developer-remote-eu\]/,
    )
    const seeded = await contents(database!.uri)
    expect(seeded).toEqual({
      faqs: 7,
      jobDescriptions: 4,
      requirements: 18,
      responsibilities: 24,
      users: [
        ['admin@example.com', ['admin']],
        ['editor@example.com', ['editor']],
        ['hr@example.com', ['hr']],
      ],
    })
    expect(await seedCli(database!.uri, {})).toMatch(/job descriptions created \[\], kept \[backend-developer-template/)
    expect(await seedCli(database!.uri, {}, '--if-empty')).toMatch(/already has content; nothing to do/)
    expect(await contents(database!.uri)).toEqual(seeded)
  })

  it('without SEED_DEMO_USERS, as `npm start` seeds, creates no account: no known password', async () => {
    const database = sqliteDatabase()
    databases.push(database)
    expect(await seedCli(database.uri, {}, '--if-empty')).toMatch(/demo users created \[\]/)
    const seeded = await contents(database.uri)
    expect(seeded.jobDescriptions).toBe(4)
    expect(seeded.users).toEqual([])
  })

  it('never creates the demo users or the example postings when NODE_ENV=production', async () => {
    const [, database] = databases
    await seedCli(database!.uri, { NODE_ENV: 'production' })
    const seeded = await contents(database!.uri)
    expect(seeded.jobDescriptions).toBe(2)
    expect(seeded.users).toEqual([])
  })
})

describe('the first user', () => {
  it('becomes an admin whatever role was asked for, as on Payload\'s "create first user" screen; later ones do not', async () => {
    const database = sqliteDatabase()
    databases.push(database)
    const payload = await startPayload(database.uri)
    try {
      const data = { email: 'first@example.com', password: 'first-user-password', roles: ['editor' as const] }
      const first = await payload.create({ collection: 'users', data })
      expect(first.roles).toEqual(['admin'])
      const second = await payload.create({ collection: 'users', data: { ...data, email: 'second@example.com' } })
      expect(second.roles).toEqual(['editor'])
    } finally {
      await stopPayload(payload)
    }
  })
})

describe('npm run careers:rebuild', () => {
  it('makes the careers read model anew from what is published, and says how much', async () => {
    const database = sqliteDatabase()
    databases.push(database)
    await seedCli(database.uri, {})
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: database.uri, PAYLOAD_SECRET: 'x'.repeat(32) }
    Reflect.deleteProperty(env, 'NODE_ENV')
    const payload = await startPayload(database.uri)
    const rows = async () => (await payload.db.find<{ slug: string }>({ collection: 'careers-postings', limit: 0, pagination: false, where: { locale: { equals: 'en' } } })).docs.map((row) => row.slug).sort()
    try {
      const seeded = await rows()
      expect(seeded).toEqual(['back-end-developer-remote-eu', 'backend-developer-berlin'])
      await payload.db.deleteMany({ collection: 'careers-postings', where: {} })
      const { stdout } = await promisify(execFile)(bin('tsx'), ['dev/scripts/careers-rebuild.ts'], { cwd: root, env })
      expect(stdout).toMatch(/Careers read model rebuilt: 2 postings, \d+ FAQs\./)
      expect(await rows()).toEqual(seeded)
    } finally {
      await stopPayload(payload)
    }
  }, 180_000)
})
