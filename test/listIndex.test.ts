import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersPostingBySlugDocument, CareersPostingsDocument } from '../graphql/generated/graphql'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { answerAnonymousQuery } from '../src/publicCache/anonymousQuery'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'
import { postingFilters, postingsWhere } from './helpers/payloadPostingsWhere'

type Statement = { args: unknown[]; sql: string }
type Client = { execute: (statement: Statement) => Promise<unknown> }

/**
 * The careers queries stay fast with many postings. The list: SQLite reads its page in index order (no sort
 * of every matching posting) and counts them from an index alone, for one department or all of them. The
 * detail: each array and many-valued table of the posting is looked up by its parent, never walked whole.
 * Checked on the statements Payload really sends for the careers queries, with SQLite's own query plans.
 */
describe('the careers queries on SQLite', () => {
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

  /** The statements a read sends, and SQLite's plan of each: every step, subqueries' too. */
  const statementsSentBy = async (read: () => Promise<unknown>) => {
    const sent: Statement[] = []
    const execute = client.execute.bind(client)
    client.execute = (statement) => (sent.push(statement), execute(statement))
    try {
      await read()
    } finally {
      client.execute = execute
    }
    const plan = async ({ args, sql }: Statement) =>
      ((await execute({ args, sql: `EXPLAIN QUERY PLAN ${sql}` })) as { rows: { detail: string; parent: number }[] }).rows
    return { plan, sent }
  }

  /** The same for a careers query. */
  const statementsOf = (document: { toString(): string }, variables: Record<string, unknown>) =>
    statementsSentBy(async () => {
      expect(await answerAnonymousQuery(payload, { query: document.toString(), variables }, new Headers())).toBeDefined()
    })

  it.each([
    ['one department', { department: 'Engineering' }, 'department_kind__status'],
    ['every department', {}, 'kind__status'],
  ])('reads a page of %s in index order and counts from the index alone', async (_, filters, prefix) => {
    const variables = { limit: 20, page: 1, sort: '-datePosted', where: postingsWhere(postingFilters.parse(filters)) }
    const { plan, sent } = await statementsOf(CareersPostingsDocument, variables)
    // The top-level steps (the subqueries building each row's arrays aside).
    const steps = async (statement: Statement) => (await plan(statement)).filter((row) => row.parent === 0).map((row) => row.detail)
    const count = sent.find((statement) => statement.sql.startsWith('select count(*) from "job_descriptions"'))!
    const page = sent.find((statement) => statement !== count && statement.sql.includes(' from "job_descriptions" "job_descriptions" where'))!
    expect(await steps(count)).toEqual([expect.stringMatching(new RegExp(`^SEARCH job_descriptions USING COVERING INDEX ${prefix}_validThrough_idx `))])
    const pageSteps = await steps(page)
    expect(pageSteps[0]).toMatch(new RegExp(`^SEARCH job_descriptions USING INDEX ${prefix}_datePosted_createdAt_idx `))
    expect(pageSteps.filter((step) => step.includes('ORDER BY'))).toEqual([])
  })

  it("looks a posting's arrays and many-valued fields up by their parent, items' too", async () => {
    const { plan, sent } = await statementsOf(CareersPostingBySlugDocument, { slug: 'backend-developer-berlin' })
    // The content check's warnings are read by signed-in readers only (anonymous reads leave them out).
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.com' } } })).docs[0]!
    const signedIn = await statementsSentBy(() =>
      payload.find({ collection: 'job-descriptions', overrideAccess: false, user: editor, where: { slug: { equals: 'backend-developer-berlin' } } }),
    )
    const steps = [...(await Promise.all(sent.map(plan))), ...(await Promise.all(signedIn.sent.map(signedIn.plan)))].flat().map((row) => row.detail)
    // Content-check warnings (a posting) and tags (a responsibility) are many-valued text fields.
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH job_descriptions__texts USING INDEX job_descriptions_texts_parent_idx \(parent_id=\?\)/))
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH responsibilities__texts USING INDEX responsibilities_texts_parent_idx \(parent_id=\?\)/))
    // Walking a whole index (as Payload's own (order, parent_id) index on those tables made SQLite do).
    expect(steps.filter((step) => /^SCAN \S+ USING /.test(step))).toEqual([])
  })

  it('leaves out of an anonymous read what only signed-in readers may read, and reads it for them', async () => {
    const signedInOnly = /notes_for_authors|content_check|approved_version/
    const { sent } = await statementsOf(CareersPostingBySlugDocument, { slug: 'backend-developer-berlin' })
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.filter(({ sql }) => signedInOnly.test(sql))).toEqual([])
    const anonymous = await statementsSentBy(() => payload.find({ collection: 'job-descriptions', overrideAccess: false, where: { slug: { equals: 'backend-developer-berlin' } } }))
    expect(anonymous.sent.filter(({ sql }) => signedInOnly.test(sql))).toEqual([])

    const hr = (await payload.find({ collection: 'users', where: { email: { equals: 'hr@example.com' } } })).docs[0]!
    let posting: undefined | { contentCheck?: unknown; notesForAuthors?: unknown }
    const signedIn = await statementsSentBy(async () => {
      posting = (await payload.find({ collection: 'job-descriptions', overrideAccess: false, user: hr, where: { slug: { equals: 'backend-developer-berlin' } } })).docs[0]
    })
    expect(signedIn.sent.map(({ sql }) => sql).join('\n')).toMatch(/notes_for_authors[\s\S]*content_check/)
    expect(posting).toHaveProperty('contentCheck')
    expect(posting).toHaveProperty('notesForAuthors')
  })
})
