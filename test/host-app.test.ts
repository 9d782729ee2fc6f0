import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, it as vitestIt } from 'vitest'

import {
  childEnv,
  copiesOf,
  copyFixture,
  fixture,
  hostDir,
  hostFile,
  mustSucceed,
  packCareersClient,
  packPlugin,
  run,
  singletons,
  startHost,
  workDir,
  writeHostFile,
} from './helpers/hostApp'
import { root } from '../dev/scripts/build.ts'
import type { HostServer } from './helpers/hostApp'

/**
 * Issue 14: the plugin as any Payload 3 app installs it. The packed tarball (`npm pack`, not a path import)
 * goes into test/host-app, a host with its own users and pages; the host type-checks and builds as it is
 * (no transpilePackages, no ignoreBuildErrors) and is started once per slug variant. One install, one build.
 *
 * The steps run in order and each needs the ones before it: a step whose prerequisite failed fails naming
 * that step, never skips.
 */

const secret = 'host-app-test-secret-0123456789abcdef'
const npmInstall = ['install', '--prefer-offline', '--no-audit', '--no-fund']
const bin = (name: string) => path.join(hostDir, 'node_modules/.bin', name)
const seconds: Record<string, number> = {}
const done = new Set<string>()
const failed = new Map<string, string>()

/** One step of the setup: timed, remembered, and refused when a step it needs did not pass. */
const step = (name: string, needs: string[], body: () => Promise<void>) => async () => {
  for (const need of needs) {
    if (!done.has(need)) throw new Error(`Not run: "${need}" ${failed.has(need) ? `failed (${failed.get(need)!.split('\n')[0]})` : 'did not run'}`)
  }
  const started = Date.now()
  try {
    await body()
    done.add(name)
  } catch (error) {
    failed.set(name, (error as Error).message)
    throw error
  } finally {
    seconds[name] = (Date.now() - started) / 1000
    console.log(`[host-app] ${name}: ${seconds[name].toFixed(1)} s`)
  }
}

let tarball = ''

/** The careers client's own package (packages/careers-client), as a careers site imports it. */
const careersClientModule = 'payload-plugin-job-descriptions-careers-client'

/** The slugs each variant runs under: Payload's GraphQL names stay the plugin's either way (pinned). */
const variants = [
  { approvals: 'approvals', dbFile: 'default.db', jobDescriptions: 'job-descriptions', name: 'default slugs, a host with an existing user', slugsEnv: undefined },
  { approvals: 'reviews', dbFile: 'renamed.db', jobDescriptions: 'jobs', name: 'renamed slugs (jobs, reviews), a fresh host', slugsEnv: 'renamed' },
] as const
type Variant = (typeof variants)[number]

const databaseUri = (variant: Variant) => `file:${path.join(hostDir, 'data', variant.dbFile)}`
/**
 * Payload's bin, retried when a run ended at once having done nothing: under load it now and then exits 0
 * with no output before loading the config (seen 1 in 3 runs of generate:importmap here, with and without
 * its own tsx loader; scripts/build.ts meets the same with exit 13).
 */
const payloadBin = async (what: string, args: string[], env: NodeJS.ProcessEnv, didWork: () => boolean) => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = mustSucceed(what, await run(bin('payload'), args, { cwd: hostDir, env }))
    if (didWork()) return
    console.warn(`[host-app] ${what}: attempt ${attempt} did nothing (exit 0, output: ${JSON.stringify(result.output.slice(0, 200))})`)
  }
  throw new Error(`${what} did nothing in 3 attempts (exit 0 each time)`)
}

/** `payload run` of the fixture's database script, in development so that Payload pushes the schema. */
const prepareDatabase = async (variant: Variant, env: Record<string, string | undefined>) => {
  const file = path.join(hostDir, 'data', variant.dbFile)
  const before = existsSync(file) ? statSync(file).mtimeMs : 0
  await payloadBin(
    `HOST_SETUP=${env.HOST_SETUP ?? ''} payload run scripts/prepareDatabase.ts (${variant.name})`,
    ['run', 'scripts/prepareDatabase.ts'],
    childEnv({ DATABASE_URI: databaseUri(variant), HOST_SLUGS: variant.slugsEnv, NODE_ENV: 'development', PAYLOAD_SECRET: secret, ...env }),
    () => existsSync(file) && statSync(file).mtimeMs > before,
  )
}

const existingUser = { email: 'existing@host.test', password: 'existing-password-1' }
const password = (role: string) => `${role}-password-1`

describe('a Payload host installs the packed plugin (test/host-app)', { sequential: true }, () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await chromium.launch({
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    })
  })

  afterAll(async () => {
    await browser?.close()
    console.log(`[host-app] phases (s): ${JSON.stringify(seconds)}`)
  })

  it(
    'installs from the packed tarball, with one copy of payload, next, react and graphql',
    step('install', [], async () => {
      const packed = await packPlugin()
      tarball = packed.tarball
      copyFixture()
      const reused = existsSync(path.join(hostDir, 'node_modules/.package-lock.json'))
      const installed = await run('npm', [...npmInstall, path.relative(hostDir, tarball)], { cwd: hostDir })
      mustSucceed('npm install of the fixture and the tarball', installed)
      console.log(`[host-app] npm install: ${installed.seconds.toFixed(1)} s (node_modules ${reused ? 'reconciled' : 'fresh'})`)
      const copies = await copiesOf(hostDir, singletons)
      expect(copies).toEqual(Object.fromEntries(singletons.map((name) => [name, [`node_modules/${name}`]])))
      // The package is what the tarball holds, not a link back into this repository.
      expect(existsSync(path.join(hostDir, 'node_modules/payload-plugin-job-descriptions/package.json'))).toBe(true)
    }),
    900_000,
  )

  it(
    'generates the import map with the plugin’s admin components (payload generate:importmap)',
    step('importmap', ['install'], async () => {
      const file = 'app/(payload)/admin/importMap.js'
      // Payload writes the map only when it differs from the file's: an empty one is rewritten every time.
      writeHostFile(file, 'export const importMap = {}\n')
      await payloadBin('payload generate:importmap', ['generate:importmap'], childEnv({ DATABASE_URI: databaseUri(variants[0]), PAYLOAD_SECRET: secret }), () =>
        Boolean(hostFile(file)?.includes('payload-plugin-job-descriptions')),
      )
      const map = hostFile(file) ?? ''
      for (const component of ['WorkflowPanel', 'ItemTextField', 'CreatePostingFromTemplate']) {
        expect(map, `importMap.js names ${component}`).toContain(`payload-plugin-job-descriptions/admin#${component}`)
      }
    }),
    300_000,
  )

  it(
    'brings each variant’s database up: an existing host’s first, then the plugin’s schema',
    step('databases', ['importmap'], async () => {
      const [existing, fresh] = variants
      // The host as it was before the plugin: its own account and page.
      await prepareDatabase(existing, { HOST_PLUGIN: 'off', HOST_SETUP: 'existing' })
      // With the plugin: its tables and fields, and one account per role, as a host's seed makes them.
      await prepareDatabase(existing, { HOST_SETUP: 'accounts' })
      // A fresh host under renamed slugs: the schema only; its first user registers over HTTP below.
      await prepareDatabase(fresh, {})
    }),
    600_000,
  )

  it(
    'type-checks the host (tsc --noEmit)',
    step('tsc', ['importmap'], async () => {
      mustSucceed('the host’s tsc --noEmit', await run(bin('tsc'), ['--noEmit', '--pretty', 'false'], { cwd: hostDir }))
    }),
    300_000,
  )

  it(
    'builds the host (next build), with neither transpilePackages nor ignoreBuildErrors',
    step('build', ['importmap'], async () => {
      const code = readFileSync(path.join(hostDir, 'next.config.mjs'), 'utf8').replace(/^\s*\/\/.*$/gm, '')
      expect(code).not.toMatch(/transpilePackages|ignoreBuildErrors/)
      const result = await run(bin('next'), ['build'], {
        cwd: hostDir,
        env: childEnv({ DATABASE_URI: databaseUri(variants[0]), NODE_ENV: 'production', PAYLOAD_SECRET: secret }),
      })
      mustSucceed('the host’s next build', result)
    }),
    900_000,
  )

  for (const variant of variants) {
    describe(variant.name, () => {
      let server: HostServer
      const tokens: Record<string, string> = {}
      /** A role's session, made by the accounts test; without it, say so rather than call anonymously. */
      const token = (role: 'admin' | 'editor' | 'hr') => {
        if (!tokens[role]) throw new Error(`No ${role} session: the test that signs in the accounts failed`)
        return tokens[role]
      }
      const headers = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) })
      const rest = async (pathname: string, init: { body?: unknown; method?: string; token?: string } = {}) => {
        const response = await fetch(`${server.url}/api${pathname}`, {
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          headers: headers(init.token),
          method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        })
        const text = await response.text()
        let json: any
        try {
          json = JSON.parse(text)
        } catch {
          json = undefined
        }
        return { json, status: response.status, text }
      }
      const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
        const response = await fetch(`${server.url}/api/graphql`, { body: JSON.stringify({ query, variables }), headers: headers(token), method: 'POST' })
        const text = await response.text()
        return { json: JSON.parse(text) as { data?: Record<string, any>; errors?: { message: string }[] }, status: response.status, text }
      }
      const signIn = async (email: string, secretWord: string) => {
        const { json, status, text } = await rest('/users/login', { body: { email, password: secretWord } })
        expect(status, `sign-in of ${email}: ${text.slice(0, 300)}`).toBe(200)
        return { token: json.token as string, user: json.user }
      }
      const jd = variant.jobDescriptions
      const latestVersionId = async (id: number) =>
        String((await rest(`/${jd}/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&depth=0`, { token: token('hr') })).json.docs[0].id)
      const workflowRest = (id: number, action: string, token: string, extra: Record<string, unknown> = {}) =>
        rest(`/${jd}/${id}/workflow`, { body: { action, ...extra }, token })
      const published: { id?: number; slug?: string; title?: string } = {}

      // Why the server is not up, for every test to fail with (a failing beforeAll would mark them skipped).
      let notStarted: string | undefined = 'the server was not started'
      const it = (name: string, body: () => Promise<void>) =>
        vitestIt(name, async () => {
          if (notStarted) throw new Error(`The host is not serving: ${notStarted}`)
          await body()
        }, 300_000) // the careers site's install is in one of them

      beforeAll(async () => {
        const missing = ['databases', 'build'].find((need) => !done.has(need))
        if (missing) {
          notStarted = `"${missing}" ${failed.has(missing) ? `failed (${failed.get(missing)!.split('\n')[0]})` : 'did not run'}`
          return
        }
        try {
          server = await startHost({ DATABASE_URI: databaseUri(variant), HOST_SLUGS: variant.slugsEnv, PAYLOAD_SECRET: secret })
          notStarted = undefined
        } catch (error) {
          notStarted = (error as Error).message
        }
      }, 120_000)

      afterAll(async () => {
        await server?.stop()
      })

      if (variant.slugsEnv === undefined) {
        it('keeps the existing user: signs in, and saves their own account', async () => {
          const { token, user } = await signIn(existingUser.email, existingUser.password)
          const saved = await rest(`/users/${user.id}`, { body: { displayName: 'Existing, saved after the plugin' }, method: 'PATCH', token })
          expect(saved.status, saved.text.slice(0, 500)).toBe(200)
          expect(saved.json.doc.displayName).toBe('Existing, saved after the plugin')
          const me = await rest('/users/me', { token })
          expect(me.json.user).toMatchObject({ displayName: 'Existing, saved after the plugin', email: existingUser.email })
        })

        it('signs in the accounts the host’s seed gave the plugin’s roles', async () => {
          for (const role of ['admin', 'editor', 'hr']) {
            const { token, user } = await signIn(`${role}@host.test`, password(role))
            expect(user.roles).toEqual([role])
            tokens[role] = token
          }
        })
      } else {
        it('makes the first user an admin, who then creates the editor and HR accounts', async () => {
          const first = await rest('/users/first-register', { body: { email: 'admin@host.test', password: password('admin') } })
          expect(first.status, first.text.slice(0, 500)).toBe(200)
          expect(first.json.user.roles, 'the first user’s roles').toContain('admin')
          tokens.admin = (await signIn('admin@host.test', password('admin'))).token
          for (const role of ['editor', 'hr']) {
            const created = await rest('/users', { body: { email: `${role}@host.test`, password: password(role), roles: [role] }, token: token('admin') })
            expect(created.status, `admin creates ${role}: ${created.text.slice(0, 500)}`).toBe(201)
            const session = await signIn(`${role}@host.test`, password(role))
            expect(session.user.roles).toEqual([role])
            tokens[role] = session.token
          }
        })

        it('serves the plugin’s collections under the host’s slugs only', async () => {
          expect((await rest('/jobs?limit=1', { token: token('editor') })).status).toBe(200)
          expect((await rest('/reviews?limit=1', { token: token('hr') })).status).toBe(200)
          expect((await rest('/job-descriptions?limit=1', { token: token('editor') })).status).toBe(404)
          expect((await rest('/approvals?limit=1', { token: token('hr') })).status).toBe(404)
        })
      }

      it('keeps the host’s own collections working: pages over REST and on the host’s page', async () => {
        const created = await rest('/pages', { body: { path: `/careers-${variant.dbFile}`, title: `Careers at the host (${jd})` }, token: token('admin') })
        expect(created.status, created.text.slice(0, 500)).toBe(201)
        const titles = (await rest('/pages?sort=title&depth=0')).json.docs.map((page: { title: string }) => page.title)
        expect(titles).toEqual(
          variant.slugsEnv === undefined ? ['About the host', `Careers at the host (${jd})`] : [`Careers at the host (${jd})`],
        )
        const home = await fetch(server.url)
        expect(home.status).toBe(200)
        expect(await home.text()).toContain(`Careers at the host (${jd})`)
      })

      it('moves a posting through the workflow: editor submits (REST), HR approves (GraphQL), HR publishes (REST)', async () => {
        const title = `Host posting (${jd})`
        const created = await rest(`/${jd}?draft=true`, { body: { kind: 'posting', title }, token: token('editor') })
        expect(created.status, created.text.slice(0, 500)).toBe(201)
        const { id, slug } = created.json.doc as { id: number; slug: string }

        const submit = await workflowRest(id, 'submit', token('editor'))
        expect(submit.status, submit.text.slice(0, 500)).toBe(200)
        const refused = await workflowRest(id, 'approve', token('editor'), { versionId: await latestVersionId(id) })
        expect(refused.status, 'an editor cannot approve').toBe(403)

        const approve = await graphql(
          'mutation ($id: ID!, $versionId: String) { workflowJobDescription(id: $id, action: approve, versionId: $versionId, comment: "Fine") { stage } }',
          { id: String(id), versionId: await latestVersionId(id) },
          token('hr'),
        )
        expect(approve.json, approve.text.slice(0, 500)).toEqual({ data: { workflowJobDescription: { stage: 'approved' } } })
        const publish = await workflowRest(id, 'publish', token('hr'))
        expect(publish.status, publish.text.slice(0, 500)).toBe(200)

        const anonymous = await graphql('query ($id: Int!) { JobDescriptions(where: { id: { equals: $id } }) { docs { title stage } } }', { id })
        expect(anonymous.json, anonymous.text.slice(0, 500)).toEqual({ data: { JobDescriptions: { docs: [{ stage: 'published', title }] } } })

        const trail = await rest(`/${variant.approvals}?where[documentId][equals]=${id}&sort=createdAt&depth=0`, { token: token('hr') })
        expect(trail.status, trail.text.slice(0, 500)).toBe(200)
        expect(trail.json.docs.map((entry: { action: string; collectionSlug: string }) => [entry.action, entry.collectionSlug])).toEqual([
          ['submit', jd],
          ['approve', jd],
          ['publish', jd],
        ])
        const trailOverGraphQL = await graphql(`{ Approvals(where: { documentId: { equals: "${id}" } }, sort: "createdAt") { docs { action } } }`, {}, token('hr'))
        expect(trailOverGraphQL.json.data?.Approvals.docs, trailOverGraphQL.text.slice(0, 500)).toEqual([
          { action: 'submit' },
          { action: 'approve' },
          { action: 'publish' },
        ])
        Object.assign(published, { id, slug, title })
      })

      it('answers every shipped operation (graphql/operations/*.graphql)', async () => {
        expect(published.slug, 'needs the posting the workflow test published').toBeDefined()
        const dir = path.join(root, 'graphql/operations')
        const files = readdirSync(dir).filter((name) => name.endsWith('.graphql'))
        // Each operation with the fragments it spreads, and theirs: GraphQL refuses a document with an unused one.
        const fragmentText = readFileSync(path.join(dir, 'fragments.graphql'), 'utf8')
        const fragments = new Map(
          fragmentText.split(/\n(?=(?:#[^\n]*\n)*fragment )/).map((block) => [/fragment\s+(\w+)/.exec(block)?.[1] ?? '', block] as const),
        )
        const withFragments = (text: string) => {
          const needed = new Set<string>()
          const visit = (source: string) => {
            for (const [, name] of source.matchAll(/\.\.\.(\w+)/g)) {
              if (needed.has(name!) || !fragments.has(name!)) continue
              needed.add(name!)
              visit(fragments.get(name!)!)
            }
          }
          visit(text)
          return [text, ...[...needed].map((name) => fragments.get(name)!)].join('\n')
        }
        const variables: Record<string, Record<string, unknown>> = {
          CareersFaqs: { limit: 10 },
          CareersPostingBySlug: { slug: published.slug },
          CareersPostings: { limit: 10, sort: '-datePosted', where: { slug: { equals: published.slug } } },
          CareersPreview: { token: 'not-a-token' },
        }
        const answered: string[] = []
        for (const file of files.filter((name) => name !== 'fragments.graphql')) {
          const text = readFileSync(path.join(dir, file), 'utf8')
          const name = /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1]
          expect(name, `${file} names its operation`).toBeDefined()
          const { json, text: body } = await graphql(withFragments(text), variables[name!] ?? {})
          if (name === 'CareersPreview') {
            // A forged token is refused by the resolver, after the document validated against the schema.
            expect(json.errors?.[0]?.message, `${file}: ${body.slice(0, 500)}`).not.toMatch(/Cannot query|Unknown (type|argument)|Variable|Syntax/)
            expect(json.errors, `${file}: ${body.slice(0, 500)}`).toBeDefined()
          } else {
            expect(json.errors, `${file}: ${body.slice(0, 500)}`).toBeUndefined()
          }
          answered.push(name!)
        }
        expect(answered.sort()).toEqual(['CareersFaqs', 'CareersFilterOptions', 'CareersPostingBySlug', 'CareersPostings', 'CareersPreview'])
        const bySlug = await graphql(withFragments(readFileSync(path.join(dir, 'postingBySlug.graphql'), 'utf8')), { slug: published.slug })
        expect(bySlug.json.data?.JobDescriptions.docs[0]).toMatchObject({ slug: published.slug, title: published.title })
      })

      it('renders the plugin’s admin views in a browser: the list, the Review panel, the audit trail', async () => {
        const context = await browser!.newContext({ viewport: { height: 1000, width: 1400 } })
        const pageErrors: string[] = []
        try {
          const draft = await rest(`/${jd}?draft=true`, { body: { kind: 'posting', title: `Draft in the admin (${jd})` }, token: token('editor') })
          expect(draft.status, draft.text.slice(0, 500)).toBe(201)
          const page = await context.newPage()
          page.on('pageerror', (error) => pageErrors.push(error.message))
          await page.goto(`${server.url}/admin/login`)
          await page.fill('input[name="email"]', 'hr@host.test')
          await page.fill('input[name="password"]', password('hr'))
          await page.click('button[type="submit"]')
          await page.waitForURL(/\/admin$/)

          await page.goto(`${server.url}/admin/collections/${jd}`)
          await expect.poll(() => page.locator('table tbody tr').allTextContents(), { timeout: 20_000 }).toContainEqual(
            expect.stringContaining(`Draft in the admin (${jd})`),
          )

          await page.goto(`${server.url}/admin/collections/${jd}/${draft.json.doc.id}`)
          const panel = page.getByRole('region', { name: 'Review' })
          await panel.waitFor({ timeout: 20_000 })
          expect(await panel.locator('[data-stage]').getAttribute('data-stage')).toBe('draft')
          expect(await panel.getByRole('button', { name: 'Submit for review' }).count()).toBe(1)

          await page.goto(`${server.url}/admin/collections/${variant.approvals}`)
          await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(0)
          expect(pageErrors).toEqual([])
          expect(server.output()).not.toMatch(/not found in importMap|PayloadComponent not found/i)
        } finally {
          await context.close()
        }
      })

      if (variant.slugsEnv === undefined) {
        it('reads the postings with createCareersClient from a plain Node script, in a folder with no Payload', async () => {
          expect(published.slug, 'needs the posting the workflow test published').toBeDefined()
          const clientTarball = await packCareersClient()
          const site = path.join(workDir, 'careers-site')
          rmSync(path.join(site, 'package.json'), { force: true })
          cpSync(path.join(fixture, 'careers-site'), site, { recursive: true })
          // The client's own package: a careers site installs no Payload, Next or React.
          const installed = await run('npm', [...npmInstall, clientTarball], { cwd: site })
          mustSucceed('npm install of the careers client', installed)
          console.log(`[host-app] careers-site npm install: ${installed.seconds.toFixed(1)} s`)
          const payloadThere = await run('node', ['--input-type=module', '-e', 'await import("payload")'], { cwd: site })
          expect(payloadThere.code, 'payload was installed into the careers site').not.toBe(0)

          const result = await run('node', ['read-postings.mjs', `${server.url}/api/careers/graphql`, published.slug!], {
            cwd: site,
            env: childEnv({ CAREERS_CLIENT_MODULE: careersClientModule }),
          })
          mustSucceed('node read-postings.mjs (the careers client)', result)
          const answer = JSON.parse(result.output.trim().split('\n').at(-1)!)
          expect(answer).toMatchObject({ listed: expect.arrayContaining([published.slug]), title: published.title })
        })
      }
    })
  }
})
