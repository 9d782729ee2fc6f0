import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersFaqsDocument, CareersFilterOptionsDocument, CareersPostingBySlugDocument, CareersPostingsDocument } from '../graphql/generated/graphql'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { answerAnonymousQuery } from '../src/publicCache/anonymousQuery'
import { startReadThreads } from '../src/publicCache/readThreads'
import type { ReadThreads } from '../src/publicCache/readThreads'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload, testSecret } from './helpers/payload'
import { postingFilters, postingsWhere } from './helpers/payloadPostingsWhere'

const quiet = { error: () => {}, info: () => {} }

const until = async <T>(probe: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * The public read threads dev/scripts/serve.ts starts (src/publicCache/readThreads.ts): each runs a Payload of
 * its own on the app's database and answers as the app's own Payload would, sees what the app writes at
 * once, leaves to Payload's route what only it can answer, and a thread that dies is replaced.
 */
describe('public read threads', () => {
  let database: TestDatabase
  let payload: Payload
  let threads: ReadThreads
  let ready = 0

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
    // A worker thread starts with a copy of this environment: the app's config there reads the same database.
    process.env.DATABASE_URI = database.uri
    process.env.PAYLOAD_SECRET = testSecret
    threads = startReadThreads({ count: 2, entry: new URL('../dev/scripts/readThread.mjs', import.meta.url), log: { ...quiet, info: () => void ready++ } })
    await until(() => (ready === 2 ? true : undefined), 'both read threads')
  })

  afterAll(async () => {
    await threads?.stop()
    await stopPayload(payload)
    await database?.drop()
  })

  const onThread = (query: string, variables: Record<string, unknown>) => threads.fresh()!({ query, variables }, new Headers())
  const inProcess = (query: string, variables: Record<string, unknown>) => answerAnonymousQuery(payload, { query, variables }, new Headers())

  const operations = [
    ['the careers list', CareersPostingsDocument, { limit: 20, sort: '-datePosted', where: postingsWhere(postingFilters.parse({})) }],
    ['a posting by slug', CareersPostingBySlugDocument, { slug: 'backend-developer-berlin' }],
    ['the FAQs', CareersFaqsDocument, {}],
    ['the filter options', CareersFilterOptionsDocument, {}],
  ] as const

  for (const [name, document, variables] of operations) {
    it(`answers ${name} with the bytes the app's own Payload gives`, async () => {
      const ours = await onThread(document.toString(), variables)
      expect(ours).toBeDefined()
      expect(ours).toBe(await inProcess(document.toString(), variables))
    })
  }

  it('shares the work between the threads: the least busy one is asked', async () => {
    const first = threads.fresh()!
    const answering = first({ query: CareersPostingBySlugDocument.toString(), variables: { slug: 'backend-developer-berlin' } }, new Headers())
    // While the first thread has a question in hand, the other one is asked; then the first again.
    expect(threads.fresh()).not.toBe(first)
    await answering
    expect(threads.fresh()).toBe(first)
  })

  it('reads what the app published a moment ago, and never its drafts', async () => {
    const slug = 'backend-developer-berlin'
    const { docs } = await payload.find({ collection: 'job-descriptions', where: { slug: { equals: slug } }, limit: 1 })
    const id = docs[0]!.id
    const titleOnThread = async () => {
      const answer = JSON.parse((await onThread(CareersPostingBySlugDocument.toString(), { slug }))!)
      return answer.data.JobDescriptions.docs[0].title as string
    }
    expect(await titleOnThread()).toBe(docs[0]!.title)
    await payload.update({ collection: 'job-descriptions', id, data: { title: 'Backend Developer (draft)' }, draft: true })
    expect(await titleOnThread()).toBe(docs[0]!.title)
    await payload.update({ collection: 'job-descriptions', id, data: { _status: 'published', title: 'Backend Developer, Berlin' } })
    expect(await titleOnThread()).toBe('Backend Developer, Berlin')
  })

  it("leaves to Payload's route what only it answers: syntax and validation errors, mutations", async () => {
    expect(await onThread('query { JobDescriptions(', {})).toBeUndefined()
    expect(await onThread('query { JobDescriptions { docs { noSuchField } } }', {})).toBeUndefined()
    expect(await onThread('mutation { deleteJobDescription(id: 1) { id } }', {})).toBeUndefined()
  })

  it('replaces a thread that dies; what it had in hand fails, to be answered by Payload instead', async () => {
    const errors: string[] = []
    let started = 0
    const dying = startReadThreads({
      count: 1,
      entry: new URL('./fixtures/exitingReadThread.mjs', import.meta.url),
      log: { error: (message) => void errors.push(message), info: () => void started++ },
    })
    try {
      const fresh = await until(() => dying.fresh(), 'the thread')
      await expect(fresh({ query: '{ __typename }' }, new Headers())).rejects.toThrow(/exited/)
      // Asked again after it died, it fails at once rather than waiting forever.
      await expect(fresh({ query: '{ __typename }' }, new Headers())).rejects.toThrow(/exited/)
      await until(() => (started === 2 ? true : undefined), 'a new thread', 10_000)
      expect(dying.fresh()).toBeDefined()
    } finally {
      await dying.stop()
    }
  })
})
