import { describe, expect, it } from 'vitest'

import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { careersApiHandler } from '../src/careersApi/route'
import { sqliteDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'
import { readModelSuite } from './suites/readModel'

readModelSuite('SQLite', sqliteDatabase)

describe('a host that offers other locales', () => {
  it('answers in the first of them when a query names none, and refuses one it does not offer', async () => {
    const database = sqliteDatabase()
    const payload = await startPayload(database.uri, { careers: { locales: ['de'] } })
    try {
      await runSeed(payload, seed, { development: true })
      const { POST } = careersApiHandler(async () => payload)
      const ask = async (query: string) =>
        (await (await POST(new Request('http://careers.test/api/careers/graphql', { body: JSON.stringify({ query }), method: 'POST' }))).json()) as {
          data?: { jobPostings: { nodes: { salary: { formatted: string } | null }[] } }
          errors?: { extensions: { code: string }; message: string }[]
        }
      const answer = await ask('{ jobPostings(sort: TITLE) { nodes { salary { formatted } } } }')
      expect(answer.errors).toBeUndefined()
      expect(answer.data!.jobPostings.nodes[0]!.salary!.formatted).toMatch(/pro Jahr$/)
      const english = await ask('{ jobPostings(locale: "en") { totalCount } }')
      expect(english.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'locale: "en" is not offered; use one of de' })
    } finally {
      await stopPayload(payload)
      await database.drop()
    }
  })
})
