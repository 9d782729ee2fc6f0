import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { root } from '../dev/scripts/build.ts'
import { CareersClientError, createCareersClient } from '../src/careers'
import type { CareersClient, JobPostingFilter } from '../src/careers'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { asList, googleJobPosting } from './helpers/googleJobPosting'
import { reviewOverRest, signIn } from './helpers/review'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const screenshots = path.join(root, 'test-results/screenshots')
const berlin = 'backend-developer-berlin'
const remote = 'back-end-developer-remote-eu'

/** The careers API as a careers site meets it: the typed client and the example site, on seeded data. */
describe('the careers API through the typed client and the example site', () => {
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
  const slugs = async (filter: JobPostingFilter = {}, search?: string) =>
    (await careers.jobPostings({ filter, search })).nodes.map((node) => node.slug).sort()

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    careers = createCareersClient({ endpoint: `${server.url}/api/careers/graphql` })
    editorToken = await signIn(server.url, 'editor')
    hrToken = await signIn(server.url, 'hr')
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  describe('typed client', () => {
    it('lists the open postings, never templates', async () => {
      const result = await careers.jobPostings()
      expect(result.nodes.map((node) => node.slug).sort()).toEqual([remote, berlin])
      expect(result).toMatchObject({ hasNextPage: false, page: 1, totalCount: 2 })
      for (const node of result.nodes) {
        expect(node.summary.plain).toBeTruthy()
        expect(node.datePostedText).toMatch(/^\w+ \d{1,2}, \d{4}$|^\d{1,2} \w+ \d{4}$/)
        expect(node.salary?.formatted).toMatch(/per year$/)
      }
    })

    it('pages by first and page', async () => {
      const first = await careers.jobPostings({ first: 1, sort: 'TITLE' })
      expect(first).toMatchObject({ hasNextPage: true, page: 1, totalCount: 2 })
      const second = await careers.jobPostings({ first: 1, page: 2, sort: 'TITLE' })
      expect([first.nodes[0]!.title, second.nodes[0]!.title]).toEqual(['Back-end Developer (Remote, EU)', 'Backend Developer'])
      expect(second.hasNextPage).toBe(false)
    })

    it('filters by each value the facets offer, passed back as it came, to as many postings as counted', async () => {
      const facets = await careers.facets()
      expect(facets.departments.map((entry) => entry.value).sort()).toEqual(['Engineering', 'IT / Engineering'])
      expect(facets.workplaceTypes.map((entry) => entry.value).sort()).toEqual(['HYBRID', 'REMOTE'])
      expect(facets.employmentTypes).toEqual([{ count: 2, label: 'Full time', value: 'FULL_TIME' }])
      expect(facets.locations.map((entry) => entry.label)).toContain('Berlin, Germany')
      const menus = [
        ['department', facets.departments],
        ['location', facets.locations],
        ['workplaceType', facets.workplaceTypes],
        ['employmentType', facets.employmentTypes],
      ] as const
      for (const [name, menu] of menus) {
        for (const entry of menu) {
          const found = await careers.jobPostings({ filter: { [name]: entry.value } })
          expect(found.totalCount, `${name} ${entry.label}`).toBe(entry.count)
        }
      }
      expect(await slugs({ workplaceType: 'REMOTE' })).toEqual([remote])
      expect(await slugs({ location: { city: 'Berlin', country: 'DE' } })).toEqual([berlin])
      // A remote posting's countries are where applicants may live, not places of work.
      expect(await slugs({ location: { country: 'DE' } })).toEqual([berlin])
      expect(await slugs({ remoteFrom: 'NL' })).toEqual([remote])
      expect(await slugs({ department: 'Engineering', workplaceType: 'HYBRID' })).toEqual([])
      // Each menu counts under the other filters, not its own.
      const remoteOnly = await careers.facets({ filter: { workplaceType: 'REMOTE' } })
      expect(remoteOnly.workplaceTypes.map((entry) => entry.value).sort()).toEqual(['HYBRID', 'REMOTE'])
      expect(remoteOnly.departments.map((entry) => entry.value)).toEqual(['Engineering'])
    })

    it('searches: "backend" finds "Back-end Developer (Remote, EU)"', async () => {
      const found = await careers.jobPostings({ search: 'backend' })
      expect(found.nodes.map((node) => node.title)).toContain('Back-end Developer (Remote, EU)')
      expect(await slugs({}, 'no such words anywhere')).toEqual([])
    })

    it('writes country names, the date and the salary for the locale', async () => {
      const en = (await careers.jobPosting(berlin))!
      const de = (await careers.jobPosting(berlin, { locale: 'de' }))!
      expect(en.locations.map((place) => place.displayName)).toEqual(['Berlin, Germany'])
      expect(de.locations.map((place) => place.displayName)).toEqual(['Berlin, Deutschland'])
      expect(en.salary!.formatted).toMatch(/^€65,000\s?–\s?€85,000 per year$/)
      expect(de.salary!.formatted).toMatch(/^65\.000\s?–\s?85\.000\s€ pro Jahr$/)
      const day = new Date(en.datePosted)
      expect(en.datePostedText).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(day))
      expect(de.datePostedText).toBe(new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(day))
      const remoteDe = (await careers.jobPosting(remote, { locale: 'de' }))!
      expect(remoteDe.remoteCountries.map((country) => country.name)).toEqual(['Deutschland', 'Niederlande', 'Polen'])
    })

    it('gives valid JobPosting JSON-LD naming the page the site gives', async () => {
      const posting = (await careers.jobPosting(berlin, { siteUrl: 'https://jobs.example.com/careers/{slug}' }))!
      const jsonLd = googleJobPosting.parse(posting.jsonLd)
      expect(posting.jsonLd.url).toBe(`https://jobs.example.com/careers/${berlin}`)
      expect(jsonLd.jobLocation).toMatchObject({ '@type': 'Place', address: { addressCountry: 'DE', addressLocality: 'Berlin' } })
      expect(jsonLd.baseSalary.value).toMatchObject({ maxValue: 85_000, minValue: 65_000, unitText: 'YEAR' })
      const remoteJsonLd = googleJobPosting.parse((await careers.jobPosting(remote))!.jsonLd)
      expect(remoteJsonLd.jobLocationType).toBe('TELECOMMUTE')
      expect(asList(remoteJsonLd.applicantLocationRequirements).map((c) => c.name)).toEqual(['Germany', 'Netherlands', 'Poland'])
    })

    it('answers null for a template or an unknown slug', async () => {
      expect(await careers.jobPosting('backend-developer-template')).toBeNull()
      expect(await careers.jobPosting('no-such-job')).toBeNull()
    })

    it("lists the general FAQs, then a posting's own; never the template authors' FAQs", async () => {
      const general = await careers.faqs()
      const withOwn = await careers.faqs({ first: 100, posting: berlin })
      const questions = withOwn.nodes.map((faq) => faq.question)
      expect(questions).toContain('What does a Backend Developer do?')
      expect(questions).not.toContain('How can I tailor this Backend Developer job description template?')
      expect(withOwn.nodes.slice(0, general.nodes.length)).toEqual(general.nodes)
      expect(withOwn.nodes[0]!.answer.html).toMatch(/^<p>/)
    })

    it('never lists a draft or an expired posting', async () => {
      const draft = await rest('/job-descriptions?draft=true', {
        body: { department: 'Engineering', kind: 'posting', title: 'Draft posting 55e1' },
        method: 'POST',
      })
      const expired = await publishedPosting({ title: 'Expired posting 9b0c', validThrough: '2020-01-31T00:00:00.000Z' })
      const titles = (await careers.jobPostings({ first: 100 })).nodes.map((node) => node.title)
      expect(titles).not.toContain('Draft posting 55e1')
      expect(titles).not.toContain('Expired posting 9b0c')
      expect((await careers.facets()).departments.map((entry) => entry.value).sort()).toEqual(['Engineering', 'IT / Engineering'])
      await rest(`/job-descriptions/${draft.doc.id}`, { method: 'DELETE' })
      await rest(`/job-descriptions/${expired.id}`, { method: 'DELETE', token: hrToken })
    })

    it("throws a CareersClientError carrying the server's codes, errors and HTTP status", async () => {
      const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)
      const badInput = await caught(careers.jobPostings({ first: 0 }))
      expect(badInput).toBeInstanceOf(CareersClientError)
      expect(badInput).toMatchObject({ codes: ['BAD_USER_INPUT'], status: 400 })
      expect((badInput as CareersClientError).errors[0]).toMatchObject({ extensions: { argument: 'first', code: 'BAD_USER_INPUT' } })
      expect((badInput as CareersClientError).message).toMatch(/^first: must be between 1 and 100/)
      expect(await caught(careers.jobPostings({ locale: 'fr' }))).toMatchObject({ codes: ['BAD_USER_INPUT'] })
      expect(await caught(careers.faqs({ posting: 'no-such-job' }))).toMatchObject({ codes: ['NOT_FOUND'], status: 404 })
      expect(await caught(careers.preview('forged.token'))).toMatchObject({ codes: ['FORBIDDEN'], status: 403 })

      const wrong = createCareersClient({ endpoint: `${server.url}/api/no-such-endpoint` })
      expect(await caught(wrong.faqs())).toMatchObject({ codes: [], name: 'CareersClientError', status: 404 })
      const unreachable = await caught(createCareersClient({ endpoint: 'http://127.0.0.1:9/api/careers/graphql' }).faqs())
      expect(unreachable).toBeInstanceOf(CareersClientError)
      expect(unreachable).toMatchObject({ codes: [], message: expect.stringMatching(/^Could not reach/), status: undefined })
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
    const optionLabels = (page: Page, label: string) => page.getByLabel(label).locator('option').allTextContents()
    const jsonLdOf = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)

    it('filters the list by menus the facets fill, and searches', async () => {
      const page = await browser.newPage()
      await page.goto(`${server.url}/careers`)
      await expect.poll(() => page.getByRole('status').textContent()).toBe('2 open positions')
      expect(await optionLabels(page, 'Workplace')).toEqual(['Any workplace', 'Hybrid (1)', 'Remote (1)'])
      expect(await optionLabels(page, 'Location')).toContain('Berlin, Germany (1)')
      await page.getByLabel('Workplace').selectOption({ label: 'Remote (1)' })
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/workplaceType=REMOTE/)
      expect(await page.getByRole('status').textContent()).toBe('1 open position')
      expect(await page.locator('.postings h2').allTextContents()).toEqual(['Back-end Developer (Remote, EU)'])
      // The department menu counts under the workplace chosen.
      expect(await optionLabels(page, 'Department')).toEqual(['Any department', 'Engineering (1)'])

      await page.goto(`${server.url}/careers`)
      await page.getByLabel('Search').fill('backend')
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/q=backend/)
      expect(await page.locator('.postings h2').allTextContents()).toContain('Back-end Developer (Remote, EU)')
      await page.getByLabel('Search').fill('no such words anywhere')
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/q=no/)
      expect(await page.getByRole('status').textContent()).toBe('0 open positions')
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'careers-filtered.png') })

      // A value no menu offers is said to be ignored, not sent.
      await page.goto(`${server.url}/careers?workplaceType=MOON`)
      expect(await page.locator('main [role="alert"]').textContent()).toMatch(/ignored: workplaceType/)
      expect(await page.getByRole('status').textContent()).toBe('2 open positions')
      await page.close()
    })

    it('shows a posting: country names, date, salary, every item, FAQs and JSON-LD naming the page', async () => {
      const posting = (await careers.jobPosting(remote))!
      const page = await browser.newPage()
      await page.goto(`${server.url}/careers`)
      await page.getByRole('link', { name: 'Back-end Developer (Remote, EU)' }).click()
      await page.waitForURL(new RegExp(`/careers/${remote}$`))
      expect(await page.title()).toBe('Back-end Developer (Remote, EU) · Acme Robotics')
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/^A back-end web developer is responsible/)
      const article = page.locator('article')
      expect(await article.locator('.remote').textContent()).toBe('Open to applicants in Germany, Netherlands, Poland')
      expect(await article.locator('time').textContent()).toBe(posting.datePostedText)
      expect(await article.locator('time').getAttribute('datetime')).toBe(posting.datePosted)
      expect(await article.locator('.salary').textContent()).toBe(`Salary: ${posting.salary!.formatted}`)
      const listed = await article.locator('li').allTextContents()
      for (const item of [...posting.responsibilities, ...posting.requirements.required, ...posting.requirements.preferred]) {
        expect(listed).toContain(item.text)
      }
      const faqs = await careers.faqs({ first: 100, posting: remote })
      expect(await article.locator('.faq h3').allTextContents()).toEqual(faqs.nodes.map((faq) => faq.question))
      const jsonLd = await jsonLdOf(page)
      expect(googleJobPosting.safeParse(jsonLd).error).toBeUndefined()
      expect(jsonLd.url).toBe(`${server.url}/careers/${remote}`)
      expect(await page.getByRole('link', { name: 'Apply for this job' }).getAttribute('href')).toBe(posting.applyUrl)
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'careers-posting.png') })
      await page.close()
    })

    it('switches the locale: salary, date and places in German, and back', async () => {
      const de = (await careers.jobPosting(berlin, { locale: 'de' }))!
      const en = (await careers.jobPosting(berlin))!
      const page = await browser.newPage()
      await page.goto(`${server.url}/careers/${berlin}`)
      expect(await page.locator('article .salary').textContent()).toBe(`Salary: ${en.salary!.formatted}`)
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click()
      await page.waitForURL(/\?locale=de$/)
      expect(await page.locator('article').getAttribute('lang')).toBe('de')
      expect(await page.locator('article .salary').textContent()).toBe(`Gehalt: ${de.salary!.formatted}`)
      expect(await page.locator('article time').textContent()).toBe(de.datePostedText)
      expect(await page.locator('article .places').textContent()).toBe('Berlin, Deutschland')
      expect((await jsonLdOf(page)).url).toBe(`${server.url}/careers/${berlin}`)
      await page.getByRole('link', { name: '← Alle offenen Stellen' }).click()
      await page.waitForURL(/\/careers\?locale=de$/)
      expect(await page.getByRole('status').textContent()).toBe('2 offene Stellen')
      expect(await optionLabels(page, 'Arbeitsmodell')).toEqual(['Alle Arbeitsmodelle', 'Hybrid (1)', 'Remote (1)'])
      await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click()
      await page.waitForURL(/\/careers$/)
      expect(await page.getByRole('status').textContent()).toBe('2 open positions')
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
      // The client reads the same draft by the token.
      const token = decodeURIComponent(new URL(preview.url()).pathname.split('/').pop()!)
      expect((await careers.preview(token))?.title).toBe('Senior Site Reliability Engineer (draft)')

      const forged = preview.url().replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))
      const page = await browser.newPage()
      await page.goto(forged)
      expect(await page.locator('main [role="alert"]').textContent()).toMatch(/invalid or has expired/)
      expect(await page.content()).not.toContain('Senior Site Reliability Engineer (draft)')
      // The public pages still show the published title.
      await page.goto(`${server.url}/careers`)
      expect(await page.content()).not.toContain('(draft)')
      expect(await page.content()).toContain('Site Reliability Engineer')
      await Promise.all([page.close(), context.close()])
      await rest(`/job-descriptions/${created.doc.id}`, { method: 'DELETE', token: hrToken })
    })

    it('shows the live preview beside the form, and renders it again when the editor saves', async () => {
      const created = await publishedPosting({ title: 'Platform Engineer' })
      const { admin, context } = await signedIn('editor@example.com', 'demo-editor-password')
      await admin.setViewportSize({ height: 1000, width: 1400 })
      await admin.goto(`${server.url}/admin/collections/job-descriptions/${created.id}`)
      await admin.getByRole('button', { name: 'Live Preview' }).click()
      const frame = admin.frameLocator('#live-preview-iframe')
      await expect.poll(() => frame.locator('h1').textContent(), { timeout: 20_000 }).toBe('Platform Engineer')
      // A mark in the frame's window: a reload of the frame would lose it, a refresh of its route keeps it.
      await frame.locator('body').evaluate(() => Object.assign(window, { previewMark: 'kept' }))
      await admin.locator('#field-title').fill('Platform Engineer (live preview)')
      await admin.getByRole('button', { name: 'Save Draft' }).click()
      // Without a reload of the frame: the page hears the admin's save and renders the draft again.
      await expect.poll(() => frame.locator('h1').textContent(), { timeout: 20_000 }).toBe('Platform Engineer (live preview)')
      expect(await frame.locator('body').evaluate(() => (window as { previewMark?: string }).previewMark)).toBe('kept')
      await admin.screenshot({ path: path.join(screenshots, 'careers-live-preview.png') })
      // The public page still shows the published title.
      expect(await (await fetch(`${server.url}/careers/${(await rest(`/job-descriptions/${created.id}`)).slug}`)).text()).not.toContain('(live preview)')
      await context.close()
      await rest(`/job-descriptions/${created.id}`, { method: 'DELETE', token: hrToken })
    })
  })
})
