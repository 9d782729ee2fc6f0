import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersFaqsDocument, TypedDocumentString } from '../graphql/generated/careers/graphql'
import type { CareersFaqsQuery, CareersFaqsQueryVariables } from '../graphql/generated/careers/graphql'
import { root } from '../dev/scripts/build.ts'
import { createCareersClient } from '../src/careers'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const exec = promisify(execFile)
const packageDir = path.join(root, 'packages/careers-client')
const seededSlugs = ['back-end-developer-remote-eu', 'backend-developer-berlin']

type Call = { etag: null | string; method: string; status: number; url: string }

/** The client with a fetch that notes each request's method, URL, status and ETag. */
const countingClient = (endpoint: string) => {
  const calls: Call[] = []
  const careers = createCareersClient({
    endpoint,
    fetch: async (url, init) => {
      const response = await fetch(url, init)
      calls.push({ etag: response.headers.get('etag'), method: init?.method ?? 'GET', status: response.status, url: String(url) })
      return response
    },
  })
  return { calls, careers, said: () => calls.map(({ method, status }) => `${method} ${status}`) }
}

/**
 * A careers site with no Payload: the client package packed and installed into a bare folder, run by plain
 * `node` against the app's careers API; and how the client asks: GET by the committed hash, POST with the
 * text where the server does not know the hash or the URL would be too long.
 */
describe('the careers client, on its own and on the wire', () => {
  let site: string
  let database: TestDatabase
  let server: TestServer
  let endpoint: string

  beforeAll(async () => {
    site = mkdtempSync(path.join(os.tmpdir(), 'careers-site-'))
    // prepack builds dist/ with tsc.
    const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', site], { cwd: packageDir })
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }]
    writeFileSync(path.join(site, 'package.json'), JSON.stringify({ name: 'careers-site', private: true, type: 'module' }))
    await exec('npm', ['install', path.join(site, filename), '--no-audit', '--no-fund', '--prefer-offline'], { cwd: site })
    database = sqliteDatabase()
    // No read threads: they answer Payload's /api/graphql, which a careers site does not use.
    server = await startServer(database.uri)
    endpoint = `${server.url}/api/careers/graphql`
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
    if (site) rmSync(site, { force: true, recursive: true })
  })

  describe('installed in a folder with no Payload', () => {
    const installed = () => path.join(site, 'node_modules/payload-plugin-job-descriptions-careers-client')

    it('brings none of Payload, Next or React, and imports none', async () => {
      const modules = readdirSync(path.join(site, 'node_modules'))
      for (const name of ['payload', 'next', 'react']) expect(modules).not.toContain(name)
      expect(existsSync(path.join(site, 'node_modules/payload'))).toBe(false)
      // Not in any folder above either: `payload` does not resolve from the site.
      const resolve = await exec('node', ['--input-type=module', '-e', "import('payload').then(() => console.log('found'), (e) => console.log(e.code))"], { cwd: site })
      expect(resolve.stdout.trim()).toBe('ERR_MODULE_NOT_FOUND')
      const manifest = JSON.parse(readFileSync(path.join(installed(), 'package.json'), 'utf8'))
      expect(Object.keys(manifest.dependencies)).toEqual(['@graphql-typed-document-node/core', 'zod'])
      const files = readdirSync(installed(), { recursive: true }).map(String).sort()
      expect(files.filter((file) => file !== 'dist' && !file.startsWith('dist/') && file !== 'package.json')).toEqual(['README.md'])
      expect(files).toContain('dist/src/careers/index.d.ts')
      // The careers operations only: nothing of Payload's schema or its operations.
      expect(files).toContain('dist/graphql/generated/careers/graphql.js')
      expect(files).not.toContain('dist/graphql/generated/graphql.js')
    })

    it('lists the open postings and the facets from plain node (ESM), by GET', async () => {
      writeFileSync(
        path.join(site, 'list.mjs'),
        `import { createCareersClient } from 'payload-plugin-job-descriptions-careers-client'

const calls = []
const careers = createCareersClient({
  endpoint: process.argv[2],
  fetch: async (url, init) => {
    const response = await fetch(url, init)
    calls.push(init.method + ' ' + response.status)
    return response
  },
  locale: 'de',
})
const page = await careers.jobPostings({ sort: 'TITLE' })
for (const posting of page.nodes) console.log(posting.slug + ': ' + posting.salary.formatted)
console.log('total ' + page.totalCount)
const facets = await careers.facets()
console.log('workplaces ' + facets.workplaceTypes.map((entry) => entry.label).join(' | '))
console.log('requests ' + calls.join(', '))
`,
      )
      const lines = (await exec('node', ['list.mjs', endpoint], { cwd: site })).stdout.trim().split('\n')
      expect(lines.slice(0, 2).map((line) => line.split(':')[0]).sort()).toEqual(seededSlugs)
      for (const line of lines.slice(0, 2)) expect(line).toMatch(/ pro Jahr$/)
      expect(lines.slice(2)).toEqual(['total 2', 'workplaces Hybrid | Remote', 'requests GET 200, GET 200'])
    })

    it('type-checks a site against its declarations alone, with non-null fields where the schema has them', async () => {
      writeFileSync(
        path.join(site, 'site.ts'),
        `import { createCareersClient, CareersClientError, type CareersJobPostingsQuery } from 'payload-plugin-job-descriptions-careers-client'

const careers = createCareersClient({ endpoint: 'https://cms.example.com/api/careers/graphql' })
export const titles = async (): Promise<string[]> => {
  const page: CareersJobPostingsQuery['jobPostings'] = await careers.jobPostings({ filter: { workplaceType: 'REMOTE' } })
  return page.nodes.map((posting) => posting.title + ' ' + posting.datePostedText)
}
export const codes = (error: unknown): string[] => (error instanceof CareersClientError ? error.codes : [])
`,
      )
      const tsconfig = { compilerOptions: { lib: ['DOM', 'ES2022'], module: 'nodenext', noEmit: true, skipLibCheck: false, strict: true, target: 'ES2022', types: [] }, files: ['site.ts'] }
      writeFileSync(path.join(site, 'tsconfig.json'), JSON.stringify(tsconfig))
      const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
      const result = await exec('node', [tsc, '-p', 'tsconfig.json'], { cwd: site }).catch((error: { stdout: string }) => error)
      expect(result.stdout).toBe('')
      // And a value the schema does not have is a type error, naming it.
      writeFileSync(
        path.join(site, 'site.ts'),
        `import { createCareersClient } from 'payload-plugin-job-descriptions-careers-client'\nvoid createCareersClient({ endpoint: '' }).jobPostings({ filter: { workplaceType: 'moon' } })\n`,
      )
      const wrong = await exec('node', [tsc, '-p', 'tsconfig.json'], { cwd: site }).catch((error: { stdout: string }) => error)
      expect(wrong.stdout).toMatch(/site\.ts.*"moon"/s)
    }, 180_000)
  })

  describe('on the wire', () => {
    it('asks by GET with the committed hash and the variables: 200 with an ETag', async () => {
      const { calls, careers, said } = countingClient(endpoint)
      expect((await careers.jobPostings()).nodes.map((node) => node.slug).sort()).toEqual(seededSlugs)
      expect(await careers.jobPosting('backend-developer-berlin', { locale: 'de' })).toMatchObject({ slug: 'backend-developer-berlin' })
      expect(said()).toEqual(['GET 200', 'GET 200'])
      for (const { etag } of calls) expect(etag).toMatch(/^".+"$/)
      const url = new URL(calls[1]!.url)
      expect(url.searchParams.get('documentId')).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ locale: 'de', slug: 'backend-developer-berlin' })
      expect(url.searchParams.has('query')).toBe(false)
    })

    it('POSTs the text of an operation whose hash the server does not know, and that hash only', async () => {
      const { careers, said } = countingClient(endpoint)
      // The FAQs operation under a hash this server has never committed, as from a newer or older client.
      const unknown = new TypedDocumentString<CareersFaqsQuery, CareersFaqsQueryVariables>(CareersFaqsDocument.toString(), { hash: 'e'.repeat(64) })
      const variables = { first: 5, posting: 'backend-developer-berlin' }
      const first = await careers.request(unknown, variables)
      expect(first.careersFaqs.nodes.length).toBeGreaterThan(0)
      expect(await careers.request(unknown, variables)).toEqual(first)
      expect(await careers.request(CareersFaqsDocument, variables)).toEqual(first)
      expect(said()).toEqual(['GET 400', 'POST 200', 'POST 200', 'GET 200'])
    })

    it('POSTs where the GET URL would be too long', async () => {
      const { careers, said } = countingClient(endpoint)
      expect((await careers.jobPostings({ filter: { department: 'x'.repeat(4000) } })).totalCount).toBe(0)
      expect(await careers.jobPostings({ filter: { department: 'Engineering' } })).toMatchObject({ totalCount: 1 })
      expect(said()).toEqual(['POST 200', 'GET 200'])
    })
  })
})
