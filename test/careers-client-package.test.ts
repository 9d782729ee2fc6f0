import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersFaqsDocument, TypedDocumentString } from '../graphql/generated/graphql'
import { root } from '../dev/scripts/build.ts'
import { createCareersClient } from '../src/careers'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const exec = promisify(execFile)
const packageDir = path.join(root, 'packages/careers-client')
const seededSlugs = ['back-end-developer-remote-eu', 'backend-developer-berlin']

type Call = { etag: null | string; method: string; status: number }

/** The client with a fetch that notes each request's method, status and ETag. */
const countingClient = (endpoint: string) => {
  const calls: Call[] = []
  const careers = createCareersClient({
    endpoint,
    fetch: async (url, init) => {
      const response = await fetch(url, init)
      calls.push({ etag: response.headers.get('etag'), method: init?.method ?? 'GET', status: response.status })
      return response
    },
  })
  return { calls, careers }
}

/**
 * A careers site with no Payload: the client package packed and installed into a bare folder, run by plain
 * `node` against the app's HTTP server; and the client's fallback to POST where GET is refused (the app with
 * GRAPHQL_ROUTE=payload, a route without GET, as a host that mounts Payload's route alone).
 */
describe('the careers client, on its own and against either GraphQL route', () => {
  let site: string
  const servers: { database: TestDatabase; server: TestServer }[] = []
  let publicRoute: string
  let payloadRoute: string

  beforeAll(async () => {
    site = mkdtempSync(path.join(os.tmpdir(), 'careers-site-'))
    // prepack builds dist/ with tsc.
    const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', site], { cwd: packageDir })
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }]
    writeFileSync(path.join(site, 'package.json'), JSON.stringify({ name: 'careers-site', private: true, type: 'module' }))
    await exec('npm', ['install', path.join(site, filename), '--no-audit', '--no-fund', '--prefer-offline'], { cwd: site })
    // No read threads: GETs are answered by the route the app shares with hosts (careersGraphQLRoute).
    const routes: Record<string, string>[] = [{ PUBLIC_READ_THREADS: '0' }, { GRAPHQL_ROUTE: 'payload' }]
    for (const env of routes) {
      const database = sqliteDatabase()
      servers.push({ database, server: await startServer(database.uri, { env }) })
    }
    publicRoute = `${servers[0]!.server.url}/api/graphql`
    payloadRoute = `${servers[1]!.server.url}/api/graphql`
  })

  afterAll(async () => {
    for (const { database, server } of servers) {
      await server.stop()
      await database.drop()
    }
    if (site) rmSync(site, { force: true, recursive: true })
  })

  describe('installed in a folder with no Payload', () => {
    const installed = () => path.join(site, 'node_modules/payload-plugin-job-descriptions-careers-client')

    it('brings none of Payload, Next or React, and imports none', async () => {
      const modules = readdirSync(path.join(site, 'node_modules'))
      expect(modules).not.toContain('payload')
      expect(modules).not.toContain('next')
      expect(modules).not.toContain('react')
      expect(existsSync(path.join(site, 'node_modules/payload'))).toBe(false)
      // Not in any folder above either: `payload` does not resolve from the site.
      const resolve = await exec('node', ['--input-type=module', '-e', "import('payload').then(() => console.log('found'), (e) => console.log(e.code))"], { cwd: site })
      expect(resolve.stdout.trim()).toBe('ERR_MODULE_NOT_FOUND')
      const manifest = JSON.parse(readFileSync(path.join(installed(), 'package.json'), 'utf8'))
      expect(Object.keys(manifest.dependencies)).toEqual(['@graphql-typed-document-node/core', 'zod'])
      const files = readdirSync(installed(), { recursive: true }).map(String).sort()
      expect(files.filter((file) => file !== 'dist' && !file.startsWith('dist/') && file !== 'package.json')).toEqual(['README.md'])
      expect(files).toContain('dist/src/careers/index.d.ts')
    })

    it('lists the open postings from plain node (ESM), by GET on the public route', async () => {
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
})
const page = await careers.listPostings({ sort: 'title' })
for (const posting of page.docs) console.log(posting.slug + ': ' + posting.title)
console.log('total ' + page.totalDocs)
const options = await careers.filterOptions()
console.log('departments ' + options.departments.join(' | '))
console.log('requests ' + calls.join(', '))
`,
      )
      const run = (endpoint: string) => exec('node', ['list.mjs', endpoint], { cwd: site })
      const viaGet = (await run(publicRoute)).stdout.trim().split('\n')
      const postings = viaGet.slice(0, 2).map((line) => line.split(':')[0]).sort()
      expect(postings).toEqual(seededSlugs)
      expect(viaGet[2]).toBe('total 2')
      expect(viaGet[3]).toMatch(/^departments .+/)
      expect(viaGet[4]).toBe('requests GET 200, GET 200')

      // Where GET is refused, the same script gets the same list by POST, asking GET only once.
      const viaPost = (await run(payloadRoute)).stdout.trim().split('\n')
      expect(viaPost.slice(0, 4)).toEqual(viaGet.slice(0, 4))
      expect(viaPost[4]).toBe('requests GET 405, POST 200, POST 200')
    })

    it('type-checks a site against its declarations alone (no Payload types behind them)', async () => {
      writeFileSync(
        path.join(site, 'site.ts'),
        `import { createCareersClient, type CareersPostingsQuery } from 'payload-plugin-job-descriptions-careers-client'

const careers = createCareersClient({ endpoint: 'https://cms.example.com/api/graphql' })
export const titles = async (): Promise<string[]> => {
  const page: NonNullable<CareersPostingsQuery['JobDescriptions']> = await careers.listPostings({ workplaceType: 'remote' })
  return page.docs.map((posting) => posting.title ?? '')
}
`,
      )
      const tsconfig = { compilerOptions: { lib: ['DOM', 'ES2022'], module: 'nodenext', noEmit: true, skipLibCheck: false, strict: true, target: 'ES2022', types: [] }, files: ['site.ts'] }
      writeFileSync(path.join(site, 'tsconfig.json'), JSON.stringify(tsconfig))
      const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
      const result = await exec('node', [tsc, '-p', 'tsconfig.json'], { cwd: site }).catch((error: { stdout: string }) => error)
      expect(result.stdout).toBe('')
      // And a wrong filter is a type error, naming it.
      writeFileSync(path.join(site, 'site.ts'), `import { createCareersClient } from 'payload-plugin-job-descriptions-careers-client'\nvoid createCareersClient({ endpoint: '' }).listPostings({ workplaceType: 'moon' })\n`)
      const wrong = await exec('node', [tsc, '-p', 'tsconfig.json'], { cwd: site }).catch((error: { stdout: string }) => error)
      expect(wrong.stdout).toMatch(/site\.ts.*"moon"/s)
    }, 180_000)
  })

  describe('GET, and POST where GET is refused', () => {
    it("answers a CORS preflight with Payload's OPTIONS, on either route", async () => {
      for (const endpoint of [publicRoute, payloadRoute]) {
        const preflight = await fetch(endpoint, { headers: { 'access-control-request-method': 'POST', origin: new URL(endpoint).origin }, method: 'OPTIONS' })
        expect(preflight.status).toBe(200)
      }
    })

    it('asks the public route by GET: 200 with an ETag', async () => {
      const { calls, careers } = countingClient(publicRoute)
      expect((await careers.listPostings()).docs.map((doc) => doc.slug).sort()).toEqual(seededSlugs)
      expect(await careers.postingBySlug('backend-developer-berlin')).toMatchObject({ slug: 'backend-developer-berlin' })
      expect(calls.map(({ method, status }) => `${method} ${status}`)).toEqual(['GET 200', 'GET 200'])
      for (const { etag } of calls) expect(etag).toMatch(/^".+"$/)
    })

    it("POSTs where GET answers 405, and asks that instance's server by GET no more", async () => {
      const { calls, careers } = countingClient(payloadRoute)
      expect((await careers.listPostings()).docs.map((doc) => doc.slug).sort()).toEqual(seededSlugs)
      expect(await careers.postingBySlug('backend-developer-berlin')).toMatchObject({ slug: 'backend-developer-berlin' })
      expect((await careers.faqs()).length).toBeGreaterThan(0)
      expect(calls.map(({ method, status }) => `${method} ${status}`)).toEqual(['GET 405', 'POST 200', 'POST 200', 'POST 200'])
      // Another instance finds out for itself.
      const other = countingClient(payloadRoute)
      await other.careers.faqs()
      expect(other.calls.map(({ method, status }) => `${method} ${status}`)).toEqual(['GET 405', 'POST 200'])
    })

    it('POSTs the text of an operation whose hash the server does not know, and that hash only', async () => {
      const { calls, careers } = countingClient(publicRoute)
      // The FAQs operation under a hash this server has never persisted, as from a newer or older client.
      const unknown = new TypedDocumentString(CareersFaqsDocument.toString(), { hash: 'e'.repeat(64) }) as typeof CareersFaqsDocument
      const first = await careers.request(unknown, { limit: 5 })
      expect(first.Faqs?.docs.length).toBeGreaterThan(0)
      expect(await careers.request(unknown, { limit: 5 })).toEqual(first)
      expect(await careers.request(CareersFaqsDocument, { limit: 5 })).toEqual(first)
      expect(calls.map(({ method, status }) => `${method} ${status}`)).toEqual(['GET 400', 'POST 200', 'POST 200', 'GET 200'])
    })
  })
})
