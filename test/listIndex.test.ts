import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersPostingsDocument } from '../graphql/generated/graphql'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { postingFilters, postingsWhere } from '../src/careers/client'
import { answerAnonymousQuery } from '../src/publicCache/anonymousQuery'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

type Statement = { args: unknown[]; sql: string }
type Client = { execute: (statement: Statement) => Promise<unknown> }

/**
 * The careers list stays fast with many postings because SQLite reads its page in index order (no sort of
 * every matching posting) and counts them from an index alone. Checked on the statements Payload really
 * sends for the careers list query, with SQLite's own query plans.
 */
describe('the careers list on SQLite', () => {
  let database: TestDatabase
  let payload: Payload
  let client: Client

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
    client = (payload.db as unknown as { client: Client }).client
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('reads a department page in index order and counts from the index alone', async () => {
    const sent: Statement[] = []
    const execute = client.execute.bind(client)
    client.execute = (statement) => (sent.push(statement), execute(statement))
    try {
      const variables = { limit: 20, page: 1, sort: '-datePosted', where: postingsWhere(postingFilters.parse({ department: 'Engineering' })) }
      expect(await answerAnonymousQuery(payload, { query: CareersPostingsDocument.toString(), variables }, new Headers())).toBeDefined()
    } finally {
      client.execute = execute
    }
    // SQLite's plan of a statement: its top-level steps (the subqueries building each row's arrays aside).
    const plan = async ({ args, sql }: Statement) =>
      ((await execute({ args, sql: `EXPLAIN QUERY PLAN ${sql}` })) as { rows: { detail: string; parent: number }[] }).rows
        .filter((row) => row.parent === 0)
        .map((row) => row.detail)
    const count = sent.find((statement) => statement.sql.startsWith('select count(*) from "job_descriptions"'))!
    const page = sent.find((statement) => statement !== count && statement.sql.includes(' from "job_descriptions" "job_descriptions" where'))!
    expect(await plan(count)).toEqual([expect.stringMatching(/^SEARCH job_descriptions USING COVERING INDEX department_kind__status_validThrough_idx /)])
    const pagePlan = await plan(page)
    expect(pagePlan[0]).toMatch(/^SEARCH job_descriptions USING INDEX department_kind__status_datePosted_createdAt_idx /)
    expect(pagePlan.filter((step) => step.includes('ORDER BY'))).toEqual([])
  })
})
