import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersFaqsDocument, CareersFilterOptionsDocument, CareersPostingBySlugDocument, CareersPostingsDocument } from '../graphql/generated/graphql'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { answerAnonymousQuery } from '../src/publicCache/anonymousQuery'
import { payloadGraphQL, prepareQuery } from '../src/publicCache/preparedQuery'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'
import { postingFilters, postingsWhere } from './helpers/payloadPostingsWhere'

/**
 * The executor behind the public read path answers an anonymous query with exactly the bytes Payload's
 * own GraphQL route gives, and parses and validates each operation text once.
 */
describe("public read path: prepared queries on Payload's schema", () => {
  let database: TestDatabase
  let payload: Payload
  let payloadRoute: (request: Request) => Promise<Response>

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
    payloadRoute = GRAPHQL_POST(Promise.resolve(payload.config))
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const viaPayload = async (query: string, variables: object, headers: Record<string, string> = {}) => {
    const response = await payloadRoute(
      new Request('http://localhost/api/graphql', {
        body: JSON.stringify({ query, variables }),
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      }),
    )
    return response.text()
  }

  const operations = [
    ['the careers list', CareersPostingsDocument, { limit: 20, sort: '-datePosted', where: postingsWhere(postingFilters.parse({})) }],
    ['a posting by slug', CareersPostingBySlugDocument, { slug: 'backend-developer-berlin' }],
    ['a posting that does not exist', CareersPostingBySlugDocument, { slug: 'no-such-job' }],
    ['the FAQs', CareersFaqsDocument, {}],
    ['the filter options', CareersFilterOptionsDocument, {}],
  ] as const

  for (const [name, document, variables] of operations) {
    it(`answers ${name} with the bytes Payload's route gives`, async () => {
      const ours = await answerAnonymousQuery(payload, { query: document.toString(), variables }, new Headers())
      expect(ours).toBeDefined()
      expect(ours).toBe(await viaPayload(document.toString(), variables))
    })
  }

  it('parses and validates a text once: the same text gives the very same document', async () => {
    const graphQL = await payloadGraphQL(payload.config)
    const text = CareersPostingsDocument.toString()
    const first = prepareQuery(graphQL, text, {})
    expect(first).toBeDefined()
    expect(prepareQuery(graphQL, text, {})).toBe(first)
    // A text laid out differently is another text: prepared on its own, to the same effect.
    expect(prepareQuery(graphQL, `# again\n${text}`, {})).not.toBe(first)
  })

  it('leaves to Payload what it must answer itself, and a bad first request spoils nothing', async () => {
    const graphQL = await payloadGraphQL(payload.config)
    const detail = `# not seen before\n${CareersPostingBySlugDocument.toString()}`
    // Payload's complexity rule checks required variables: without $slug the text does not prepare...
    expect(prepareQuery(graphQL, detail, {})).toBeUndefined()
    expect(await answerAnonymousQuery(payload, { query: detail, variables: {} }, new Headers())).toBeUndefined()
    // ...and is not remembered as bad: with its variable it prepares and answers.
    expect(prepareQuery(graphQL, detail, { slug: 'backend-developer-berlin' })).toBeDefined()
    expect(await answerAnonymousQuery(payload, { query: detail, variables: { slug: 'backend-developer-berlin' } }, new Headers())).toContain('Backend Developer')

    for (const query of ['{ JobDescriptions { docs { noSuchField } } }', '{ JobDescriptions {', 'mutation { logoutUser }', '{ JobDescriptions @skip(if: true) { totalDocs } }']) {
      expect(prepareQuery(graphQL, query, {}), query).toBeUndefined()
      expect(await answerAnonymousQuery(payload, { query, variables: {} }, new Headers()), query).toBeUndefined()
    }
    // Errors while running (a bad variable value) are Payload's to format, too.
    const bad = { query: detail, variables: { slug: 42 } }
    expect(await answerAnonymousQuery(payload, bad, new Headers())).toBeUndefined()
    expect(JSON.parse(await viaPayload(detail, bad.variables)).errors[0].message).toMatch(/\$slug/)
  })

  it('reads as nobody: a newer draft and the notes for authors stay out, whatever the request asks', async () => {
    const { docs } = await payload.find({ collection: 'job-descriptions', where: { slug: { equals: 'backend-developer-berlin' } } })
    await payload.update({ collection: 'job-descriptions', data: { title: 'An unreviewed draft title' }, draft: true, id: docs[0]!.id })
    const query = '{ JobDescriptions(draft: true, where: { slug: { equals: "backend-developer-berlin" } }) { docs { title _status notesForAuthors } } }'
    const ours = await answerAnonymousQuery(payload, { query }, new Headers())
    expect(JSON.parse(ours!).data.JobDescriptions.docs).toEqual([{ _status: 'published', notesForAuthors: null, title: 'Backend Developer' }])
    expect(ours).toBe(await viaPayload(query, {}))
  })
})
