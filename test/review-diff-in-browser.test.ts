import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { root } from '../dev/scripts/build.ts'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { reviewOverRest, signIn as signInOverRest } from './helpers/review'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const screenshots = path.join(root, 'test-results/screenshots/review-diff')

/**
 * Issue 16's review view in real Chromium against `next start`: an editor edits a shared requirement of a
 * published posting and the posting's title, and submits; HR opens the posting and reads, in the Review
 * panel, the title's and the requirement's old and new text, then approves.
 */
describe('HR’s text comparison, in the admin', () => {
  let server: TestServer
  let database: TestDatabase
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true })
    database = sqliteDatabase()
    server = await startServer(database.uri)
    browser = await chromium.launch({
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await database?.drop()
  })

  const rest = async (apiPath: string, token: string, init: { body?: unknown; method?: string } = {}) => {
    const response = await fetch(`${server.url}/api${apiPath}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: init.method ?? 'GET',
    })
    expect(response.status, `${init.method ?? 'GET'} ${apiPath}`).toBe(200)
    return response.json()
  }

  it('shows HR the old and new text of a shared item and the title, and HR approves', async () => {
    const editorToken = await signInOverRest(server.url, 'editor')
    const hrToken = await signInOverRest(server.url, 'hr')
    const posting = (await rest('/job-descriptions?where[slug][equals]=backend-developer-template&depth=0', editorToken)).docs[0]
    const requirementId = posting.requirements[0]
    const requirement = await rest(`/requirements/${requirementId}?depth=0`, editorToken)
    const oldText: string = requirement.text
    const newText = `${oldText} Experience with event-driven systems.`

    await rest(`/requirements/${requirementId}?draft=true`, editorToken, { body: { text: newText }, method: 'PATCH' })
    await rest(`/job-descriptions/${posting.id}?draft=true`, editorToken, { body: { title: 'Backend Developer (Events)' }, method: 'PATCH' })
    const { move } = reviewOverRest(server.url, { editor: editorToken, hr: hrToken })
    expect((await move('job-descriptions', posting.id, 'submit', 'editor')).status).toBe(200)

    const context = await browser.newContext({ viewport: { height: 1000, width: 1400 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'hr@example.com')
    await page.fill('input[name="password"]', 'demo-hr-password')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/)
    await page.goto(`${server.url}/admin/collections/job-descriptions/${posting.id}`)
    const panel = page.getByRole('region', { name: 'Review' })
    await panel.waitFor()
    const comparison = panel.getByRole('region', { name: 'Changes against the published version' })
    await comparison.waitFor({ timeout: 15_000 })

    const item = comparison.locator(`[data-item="requirements:${requirementId}"]`)
    await expect.poll(() => item.getAttribute('data-change'), { timeout: 15_000 }).toBe('changed')
    expect(await item.locator('ins').allTextContents()).toEqual([expect.stringContaining('event-driven')])
    // Old and new text both readable: the unchanged words plus the insertion make the new text.
    // (A requirement's text is followed by its level and category, which HR approves too.)
    expect((await item.locator('dd').first().textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^${newText.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(level: `),
    )
    // It was submitted with the posting, is approved with it, and says whom else it reaches.
    expect(await item.locator('[data-with-posting]').textContent()).toMatch(/In review with this posting/)
    expect(await item.locator('[data-shared-with]').textContent()).toMatch(/^Shared with [1-9]\d* other published posting/)
    const title = comparison.locator('[data-field="title"]')
    expect(await title.locator('ins').allTextContents()).toEqual([expect.stringContaining('(Events)')])
    expect(await comparison.locator('[data-item^="responsibilities:"]').count()).toBe(0)
    await comparison.scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: path.join(screenshots, '1-hr-sees-text-comparison.png') })

    await panel.getByRole('button', { name: 'Approve' }).click()
    await expect.poll(() => panel.locator('[data-stage]').getAttribute('data-stage'), { timeout: 15_000 }).toBe('approved')
    await page.screenshot({ fullPage: true, path: path.join(screenshots, '2-hr-approved.png') })
    // The shared requirement's revision was approved in the same step, at the revision HR saw.
    const versions = await rest(`/requirements/versions?where[parent][equals]=${requirementId}&sort=-updatedAt&limit=1&depth=0`, hrToken)
    expect([versions.docs[0].version.stage, versions.docs[0].version.text]).toEqual(['approved', newText])
    await context.close()
  })

  it('renders the admin and the Review panel in German for a German user', async () => {
    const editorToken = await signInOverRest(server.url, 'editor')
    const hrToken = await signInOverRest(server.url, 'hr')
    const posting = (await rest('/job-descriptions?where[slug][equals]=back-end-developer-template&depth=0', editorToken)).docs[0]
    await rest(`/job-descriptions/${posting.id}?draft=true`, editorToken, { body: { title: 'Back-end Developer (Deutsch)' }, method: 'PATCH' })
    const { move } = reviewOverRest(server.url, { editor: editorToken, hr: hrToken })
    expect((await move('job-descriptions', posting.id, 'submit', 'editor')).status).toBe(200)

    const context = await browser.newContext({ locale: 'de-DE', viewport: { height: 1000, width: 1400 } })
    // Payload's language cookie, as its account page's language picker sets it.
    await context.addCookies([{ name: 'payload-lng', url: server.url, value: 'de' }])
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'hr@example.com')
    await page.fill('input[name="password"]', 'demo-hr-password')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/)
    await page.goto(`${server.url}/admin/collections/job-descriptions/${posting.id}`)
    const panel = page.getByRole('region', { exact: true, name: 'Prüfung' })
    await panel.waitFor({ timeout: 15_000 })
    expect(await panel.locator('[data-stage]').textContent()).toBe('In Prüfung')
    const comparison = panel.getByRole('region', { name: 'Änderungen gegenüber der veröffentlichten Version' })
    await comparison.waitFor({ timeout: 15_000 })
    expect(await comparison.locator('[data-field="title"] ins').allTextContents()).toEqual([expect.stringContaining('(Deutsch)')])
    expect(await panel.getByRole('button', { name: 'Freigeben' }).count()).toBe(1)
    expect(await panel.getByRole('button', { name: 'Änderungen anfordern' }).count()).toBe(1)
    expect(await panel.getByText('Kommentar für die Autorin oder den Autor').count()).toBe(1)
    // Collection and tab labels too.
    expect(await page.getByRole('tab', { name: 'Beschreibung' }).or(page.getByRole('button', { name: 'Beschreibung' })).count()).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Stellenbeschreibungen' }).count()).toBeGreaterThan(0)
    await comparison.scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: path.join(screenshots, '3-hr-review-in-german.png') })
    await context.close()
  })
})
