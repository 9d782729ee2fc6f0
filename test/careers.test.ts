import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'

import { root } from '../dev/scripts/build.ts'
import { CareersClientError, createCareersClient } from '../src/careers'
import type { CareersClient } from '../src/careers'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { asList, googleJobPosting } from './helpers/googleJobPosting'
import { reviewOverRest, signIn } from './helpers/review'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const screenshots = path.join(root, 'test-results/screenshots')

/** The careers contract as a careers site meets it: the typed client and the example site, on seeded data. */
describe('careers contract on a started server', () => {
  let server: TestServer
  let database: TestDatabase
  let careers: CareersClient
  let editorToken: string
  let hrToken: string

  const rest = async (pathname: string, init: { body?: unknown; method?: string; token?: string } = {}) => {
    const response = await fetch(`${server.url}/api${pathname}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { authorization: `JWT ${init.token ?? editorToken}`, 'content-type': 'application/json' },
      method: init.method ?? 'GET',
    })
    return response.json()
  }
  /** A posting the editor wrote and HR approved and published, over REST. */
  const publishedPosting = async (body: Record<string, unknown>) => {
    const { doc } = await rest('/job-descriptions?draft=true', { body: { kind: 'posting', ...body }, method: 'POST' })
    await reviewOverRest(server.url, { editor: editorToken, hr: hrToken }).publish('job-descriptions', doc.id)
    expect((await rest(`/job-descriptions/${doc.id}`))._status).toBe('published')
    return doc as { id: number }
  }

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    careers = createCareersClient({ endpoint: `${server.url}/api/graphql` })
    editorToken = await signIn(server.url, 'editor')
    hrToken = await signIn(server.url, 'hr')
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  describe('typed client', () => {
    const slugs = async (filters: Parameters<CareersClient['listPostings']>[0]) =>
      (await careers.listPostings(filters)).docs.map((doc) => doc.slug).sort()

    it('lists the open postings, never templates', async () => {
      const result = await careers.listPostings()
      expect(result.docs.map((doc) => doc.slug).sort()).toEqual(['back-end-developer-remote-eu', 'backend-developer-berlin'])
      expect(result.totalDocs).toBe(2)
      expect(result.docs[0]!.summaryPlain).toBeTruthy()
    })

    it('filters by department, location, workplace type, employment type and text', async () => {
      expect(await slugs({ department: 'Engineering' })).toEqual(['back-end-developer-remote-eu'])
      expect(await slugs({ department: 'IT / Engineering' })).toEqual(['backend-developer-berlin'])
      expect(await slugs({ location: 'Berlin, DE' })).toEqual(['backend-developer-berlin'])
      expect(await slugs({ location: 'NL' })).toEqual(['back-end-developer-remote-eu'])
      expect(await slugs({ workplaceType: 'hybrid' })).toEqual(['backend-developer-berlin'])
      expect(await slugs({ workplaceType: 'on_site' })).toEqual([])
      expect(await slugs({ employmentType: 'FULL_TIME' })).toHaveLength(2)
      expect(await slugs({ employmentType: 'INTERN' })).toEqual([])
      expect(await slugs({ q: 'mobile application' })).toEqual(['back-end-developer-remote-eu']) // in the summary
      expect(await slugs({ q: 'remote' })).toEqual(['back-end-developer-remote-eu']) // in the title
      expect(await slugs({ department: 'Engineering', workplaceType: 'hybrid' })).toEqual([])
    })

    it('sorts and paginates', async () => {
      const first = await careers.listPostings({ limit: 1, sort: 'title' })
      expect(first).toMatchObject({ hasNextPage: true, page: 1, totalDocs: 2, totalPages: 2 })
      const second = await careers.listPostings({ limit: 1, page: 2, sort: 'title' })
      expect([first.docs[0]!.title, second.docs[0]!.title]).toEqual(['Back-end Developer (Remote, EU)', 'Backend Developer'])
      expect(second.hasNextPage).toBe(false)
    })

    it('offers filter values that have open postings behind them', async () => {
      const options = await careers.filterOptions()
      expect(options.departments).toEqual(['Engineering', 'IT / Engineering'])
      expect(options.locations.map((location) => location.label)).toEqual(['Berlin, DE', 'DE', 'NL', 'PL'])
      expect(options.workplaceTypes).toEqual(['hybrid', 'remote'])
      expect(options.employmentTypes).toEqual(['FULL_TIME'])
    })

    it('returns a posting by slug with its renderings and valid JobPosting data', async () => {
      const posting = (await careers.postingBySlug('backend-developer-berlin'))!
      expect(posting.title).toBe('Backend Developer')
      expect(posting.summaryHtml).toMatch(/^<p>Acme Robotics is seeking/)
      expect(posting.summaryPlain).toMatch(/^Acme Robotics is seeking/)
      for (const item of [...posting.responsibilities!, ...posting.requirements!]) {
        expect(posting.descriptionHtml).toContain(`<li>${item.text}</li>`)
        expect(posting.descriptionPlain).toContain(`- ${item.text}`)
      }
      expect(posting.faqs!.map((faq) => faq.question)).not.toContain('How can I tailor this Backend Developer job description template?')
      expect(posting.faqs![0]!.answerHtml).toMatch(/^<p>/)
      const jsonLd = googleJobPosting.parse(posting.jobPostingJsonLd)
      // One place: an object, not a one-element array.
      expect(jsonLd.jobLocation).toMatchObject({ '@type': 'Place', address: { addressCountry: 'DE', addressLocality: 'Berlin' } })
      expect(jsonLd.baseSalary.value).toMatchObject({ maxValue: 85_000, minValue: 65_000, unitText: 'YEAR' })

      const remote = googleJobPosting.parse((await careers.postingBySlug('back-end-developer-remote-eu'))!.jobPostingJsonLd)
      expect(remote.jobLocationType).toBe('TELECOMMUTE')
      expect(asList(remote.applicantLocationRequirements).map((c) => c.name)).toEqual(['Germany', 'Netherlands', 'Poland'])
      expect(remote.experienceRequirements).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 36 })
    })

    it('answers null for a template or an unknown slug', async () => {
      expect(await careers.postingBySlug('backend-developer-template')).toBeNull()
      expect(await careers.postingBySlug('no-such-job')).toBeNull()
    })

    it('lists candidate FAQs only', async () => {
      const questions = (await careers.faqs()).map((faq) => faq.question)
      expect(questions).toContain('What does a Backend Developer do?')
      expect(questions).not.toContain('How can I tailor this Backend Developer job description template?')
    })

    it('never lists a draft or an expired posting', async () => {
      const draft = await rest('/job-descriptions?draft=true', {
        body: { department: 'Engineering', kind: 'posting', title: 'Draft posting 55e1' },
        method: 'POST',
      })
      const expired = await publishedPosting({ title: 'Expired posting 9b0c', validThrough: '2020-01-31T00:00:00.000Z' })
      const titles = (await careers.listPostings({ limit: 100 })).docs.map((doc) => doc.title)
      expect(titles).not.toContain('Draft posting 55e1')
      expect(titles).not.toContain('Expired posting 9b0c')
      expect((await careers.filterOptions()).departments).toEqual(['Engineering', 'IT / Engineering'])
      await rest(`/job-descriptions/${draft.doc.id}`, { method: 'DELETE' })
      await rest(`/job-descriptions/${expired.id}`, { method: 'DELETE', token: hrToken })
    })

    it('throws clear errors: bad filters before sending, GraphQL and HTTP failures after', async () => {
      await expect(careers.listPostings({ workplaceType: 'moon' as never })).rejects.toThrow(ZodError)
      const forged = await careers.preview('forged.token').catch((e: unknown) => e)
      expect(forged).toBeInstanceOf(CareersClientError)
      expect((forged as CareersClientError).message).toBe('This preview link is invalid or has expired. Open a new one from the admin.')
      const wrong = createCareersClient({ endpoint: `${server.url}/api/no-such-endpoint` })
      const error = await wrong.faqs().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(CareersClientError)
      expect((error as CareersClientError).details.status).toBe(404)
      const unreachable = createCareersClient({ endpoint: 'http://127.0.0.1:9/api/graphql' })
      await expect(unreachable.faqs()).rejects.toThrow(/Could not reach/)
    })
  })

  describe('in Chromium: the careers site and the admin', () => {
    let browser: Browser

    beforeAll(async () => {
      mkdirSync(screenshots, { recursive: true })
      browser = await chromium.launch({
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      })
    })

    afterAll(async () => {
      await browser?.close()
    })

    /** A browser context signed in to the admin as one of the demo users. */
    const signedIn = async (email: string, password: string) => {
      const context = await browser.newContext()
      const admin = await context.newPage()
      await admin.goto(`${server.url}/admin/login`)
      await admin.fill('input[name="email"]', email)
      await admin.fill('input[name="password"]', password)
      await admin.click('button[type="submit"]')
      await admin.waitForURL(/\/admin$/)
      return { admin, context }
    }

    it('filters the list of open positions', async () => {
      const page = await browser.newPage()
      await page.goto(`${server.url}/careers`)
      await expect.poll(() => page.getByRole('status').textContent()).toBe('2 open positions')
      await page.getByLabel('Workplace').selectOption('remote')
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/workplaceType=remote/)
      expect(await page.getByRole('status').textContent()).toBe('1 open position')
      expect(await page.locator('.postings h2').allTextContents()).toEqual(['Back-end Developer (Remote, EU)'])
      await page.getByLabel('Search').fill('no such words anywhere')
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/q=no/)
      expect(await page.getByRole('status').textContent()).toBe('0 open positions')
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'careers-filtered.png') })
      await page.close()
    })

    it('shows every responsibility and requirement of a posting, with valid JSON-LD, a title and a description', async () => {
      const posting = (await careers.postingBySlug('back-end-developer-remote-eu'))!
      const page = await browser.newPage()
      await page.goto(`${server.url}/careers`)
      await page.getByRole('link', { name: 'Back-end Developer (Remote, EU)' }).click()
      await page.waitForURL(/\/careers\/back-end-developer-remote-eu$/)
      expect(await page.title()).toBe('Back-end Developer (Remote, EU) · Acme Robotics')
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/^A back-end web developer is responsible/)
      const listed = await page.locator('article li').allTextContents()
      for (const item of [...posting.responsibilities!, ...posting.requirements!]) expect(listed).toContain(item.text)
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
      expect(googleJobPosting.safeParse(jsonLd).error).toBeUndefined()
      expect(await page.getByRole('link', { name: 'Apply for this job' }).getAttribute('href')).toBe(posting.applyUrl)
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'careers-posting.png') })
      await page.close()
    })

    it('creates a posting from a template in the admin, naming a missing value first', async () => {
      const template = (await rest('/job-descriptions?where[slug][equals]=back-end-developer-template&depth=0')).docs[0]
      const { admin, context } = await signedIn('editor@example.com', 'demo-editor-password')
      await admin.goto(`${server.url}/admin/collections/job-descriptions/${template.id}`)
      const panel = admin.getByRole('region', { name: 'Create posting from template' })
      const years = panel.locator('input[type="number"]')
      await expect.poll(() => years.count(), { timeout: 20_000 }).toBe(3)
      await panel.getByLabel('Posting title (optional)').fill('Back-end Developer (Porto)')
      await years.nth(0).fill('5')
      await years.nth(1).fill('3')
      await panel.getByRole('button', { name: 'Create posting from template' }).click()
      await expect.poll(() => panel.getByRole('alert').first().textContent(), { timeout: 20_000 }).toMatch(/x years of experience with CMS framework.*has no value/)
      await years.nth(2).fill('2')
      await panel.getByRole('button', { name: 'Create posting from template' }).click()
      await admin.waitForURL((url) => /\/collections\/job-descriptions\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${template.id}`))
      await admin.screenshot({ fullPage: true, path: path.join(screenshots, 'admin-created-posting.png') })

      const id = admin.url().split('/').pop()
      const posting = await rest(`/job-descriptions/${id}?draft=true&depth=1`)
      expect(posting).toMatchObject({ _status: 'draft', kind: 'posting', template: template.id, title: 'Back-end Developer (Porto)' })
      expect(posting.requirements.map((r: { text: string }) => r.text)).toEqual(
        expect.arrayContaining([
          '5 years of experience as a Back-end developer',
          '3 years of experience with programming languages like Java, Ruby, PHP and Python',
          '2 years of experience with CMS framework',
        ]),
      )
      expect(posting.placeholders).toEqual([])
      await context.close()
      await rest(`/job-descriptions/${id}`, { method: 'DELETE' })
    })

    it('suggests the existing item while an author types a near-copy of it', async () => {
      const { admin, context } = await signedIn('editor@example.com', 'demo-editor-password')
      await admin.goto(`${server.url}/admin/collections/responsibilities/create`)
      await admin.locator('textarea').first().fill('Troubleshoot and debug the applications to ensure high quality')
      const suggestions = admin.getByRole('status').filter({ hasText: 'Already in the library' })
      await expect.poll(() => suggestions.locator('li a').first().textContent(), { timeout: 10_000 }).toBe(
        'Troubleshoot and debug applications to ensure high-quality performance.',
      )
      await admin.screenshot({ path: path.join(screenshots, 'admin-similar-items.png') })
      await context.close()
    })

    it('previews a draft from the admin, and refuses a forged preview link', async () => {
      // A published posting with a newer, unpublished rewrite.
      const created = { doc: await publishedPosting({ title: 'Site Reliability Engineer' }) }
      await rest(`/job-descriptions/${created.doc.id}?draft=true`, { body: { title: 'Senior Site Reliability Engineer (draft)' }, method: 'PATCH' })

      const { admin, context } = await signedIn('hr@example.com', 'demo-hr-password')
      await admin.goto(`${server.url}/admin/collections/job-descriptions/${created.doc.id}`)
      const [preview] = await Promise.all([context.waitForEvent('page'), admin.getByRole('link', { name: 'Preview' }).first().click()])
      await preview.waitForLoadState()
      expect(preview.url()).toMatch(/\/careers\/preview\//)
      await expect.poll(() => preview.locator('h1').textContent()).toBe('Senior Site Reliability Engineer (draft)')
      await preview.screenshot({ fullPage: true, path: path.join(screenshots, 'careers-preview.png') })

      const forged = preview.url().replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))
      const page = await browser.newPage()
      await page.goto(forged)
      expect(await page.locator('main [role="alert"]').textContent()).toMatch(/invalid or has expired/)
      expect(await page.content()).not.toContain('Senior Site Reliability Engineer (draft)')
      // The public page still shows the published title.
      await page.goto(`${server.url}/careers`)
      expect(await page.content()).not.toContain('(draft)')
      await Promise.all([page.close(), context.close()])
      await rest(`/job-descriptions/${created.doc.id}`, { method: 'DELETE', token: hrToken })
    })
  })
})
