import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import { Client, fetchExchange, gql } from '@urql/core'
import { persistedExchange } from '@urql/exchange-persisted'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { root } from '../dev/scripts/build.ts'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const exec = promisify(execFile)

/**
 * The careers API is plain GraphQL over HTTP: clients that know nothing of this project read it too, with
 * its error codes, and Apollo's automatic persisted queries work as urql implements them.
 */
describe('the careers API with third-party GraphQL clients', () => {
  let database: TestDatabase
  let server: TestServer
  let endpoint: string

  beforeAll(async () => {
    database = sqliteDatabase()
    // No read threads: they answer Payload's /api/graphql, not the careers API.
    server = await startServer(database.uri)
    endpoint = `${server.url}/api/careers/graphql`
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  it('answers graphql-request in a plain Node script: the committed operations by POST, a query by GET, the error codes', async () => {
    const { stdout } = await exec('node', [path.join(root, 'test/fixtures/careersGraphqlRequest.mjs'), endpoint], { cwd: root })
    const answer = JSON.parse(stdout.trim().split('\n').at(-1)!)
    expect(answer).toEqual({
      error: { codes: ['BAD_USER_INPUT'], status: 400 },
      jsonLdUrl: 'https://jobs.example.com/backend-developer-berlin',
      places: ['Berlin, Deutschland'],
      salary: expect.stringMatching(/^65\.000\s?–\s?85\.000\s€ pro Jahr$/),
      searched: expect.arrayContaining(['Back-end Developer (Remote, EU)']),
      titles: ['Back-end Developer (Remote, EU)'],
      total: 2,
      workplaces: ['Hybrid', 'Remote'],
    })
  })

  it('registers an operation by urql\'s automatic persisted queries, then answers its hash alone', async () => {
    /** Each request urql sends: whether it carried the query text, and what the server answered. */
    const sent: { code?: unknown; method: string; withQuery: boolean }[] = []
    const urls: URL[] = []
    const client = new Client({
      exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
      fetch: async (input, init) => {
        const response = await fetch(input, init)
        const url = new URL(String(input))
        urls.push(url)
        const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query?: string }) : {}
        const answer = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] }
        sent.push({ code: answer.errors?.[0]?.extensions?.code, method: init?.method ?? 'GET', withQuery: url.searchParams.has('query') || body.query !== undefined })
        return response
      },
      requestPolicy: 'network-only',
      url: endpoint,
    })
    // Not a committed operation: the server learns it from this client. A name of its own keeps it new to
    // the server, whatever ran before.
    const name = `UrqlTitles${Date.now()}`
    const titles = gql`
      query ${name}($first: Int) {
        jobPostings(first: $first, sort: TITLE) {
          totalCount
          nodes {
            title
          }
        }
      }
    `
    const first = await client.query(titles, { first: 1 }).toPromise()
    expect(first.error).toBeUndefined()
    expect(first.data).toEqual({ jobPostings: { nodes: [{ title: 'Back-end Developer (Remote, EU)' }], totalCount: 2 } })
    // The hash alone, answered PersistedQueryNotFound; then the text with the hash, which registers it.
    expect(sent).toEqual([
      { code: 'PERSISTED_QUERY_NOT_FOUND', method: 'GET', withQuery: false },
      { code: undefined, method: 'GET', withQuery: true },
    ])

    const second = await client.query(titles, { first: 2 }).toPromise()
    expect(second.data).toEqual({ jobPostings: { nodes: [{ title: 'Back-end Developer (Remote, EU)' }, { title: 'Backend Developer' }], totalCount: 2 } })
    expect(sent.slice(2)).toEqual([{ code: undefined, method: 'GET', withQuery: false }])

    // The hash is the sha256 of the text urql sent, and any client may now send that hash alone.
    const hash = (JSON.parse(urls[2]!.searchParams.get('extensions')!) as { persistedQuery: { sha256Hash: string } }).persistedQuery.sha256Hash
    expect(hash).toBe(createHash('sha256').update(urls[1]!.searchParams.get('query')!).digest('hex'))
    const byHash = await fetch(`${endpoint}?${new URLSearchParams({ extensions: urls[2]!.searchParams.get('extensions')!, variables: '{"first":1}' })}`)
    expect(byHash.status).toBe(200)
    expect(await byHash.json()).toEqual({ data: first.data })
  })
})
