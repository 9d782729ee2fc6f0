import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { root } from '../dev/scripts/build.ts'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const screenshots = path.join(root, 'test-results/screenshots/review')

/**
 * Issue 3's scenario in real Chromium against `next start`: an editor changes a seeded template and submits
 * it, HR asks for changes, the editor fixes and resubmits, HR approves and publishes; the anonymous GraphQL
 * query shows the old text until the publish and the new text after it. A screenshot per step.
 */
describe('review of a revision, in the admin', () => {
  let server: TestServer
  let database: TestDatabase
  let browser: Browser
  let id: number

  const publicTitle = async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ JobDescriptions(where: { slug: { equals: "backend-developer-template" } }) { docs { id title } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const doc = (await response.json()).data.JobDescriptions.docs[0]
    id = doc.id
    return doc.title as string
  }

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

  const signIn = async (role: 'editor' | 'hr') => {
    const context = await browser.newContext({ viewport: { height: 1000, width: 1400 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', `${role}@example.com`)
    await page.fill('input[name="password"]', `demo-${role}-password`)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/)
    return page
  }
  const openDocument = async (page: Page) => {
    await page.goto(`${server.url}/admin/collections/job-descriptions/${id}`)
    const panel = page.getByRole('region', { name: 'Review' })
    await panel.waitFor()
    return panel
  }
  const stageShown = (page: Page) => page.getByRole('region', { name: 'Review' }).locator('[data-stage]').getAttribute('data-stage')
  const shot = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle')
    await page.getByRole('region', { name: 'Review' }).or(page.locator('table')).first().scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: path.join(screenshots, `${name}.png`) })
  }
  const saveDraft = async (page: Page, title: string) => {
    await page.locator('#field-title').fill(title)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Submit for review' }).isEnabled(), { timeout: 15_000 }).toBe(true)
  }

  it('goes from an editor’s change through HR’s request for changes to publication', async () => {
    expect(await publicTitle()).toBe('Backend Developer')

    // 1. The editor edits the seeded template and submits it. No Publish button of any kind for editors.
    const editor = await signIn('editor')
    let panel = await openDocument(editor)
    expect(await editor.getByRole('button', { name: /^Publish/ }).count()).toBe(0)
    await saveDraft(editor, 'Backend Developer (Platform team)')
    await panel.getByRole('button', { name: 'Submit for review' }).click()
    await expect.poll(() => stageShown(editor), { timeout: 15_000 }).toBe('in_review')
    await shot(editor, '1-editor-submitted')
    expect(await publicTitle()).toBe('Backend Developer')

    // 2. HR finds it in the list filtered by stage and asks for changes, with a comment.
    const hr = await signIn('hr')
    await hr.goto(`${server.url}/admin/collections/job-descriptions?where[stage][equals]=in_review`)
    await expect.poll(() => hr.locator('table tbody tr').allTextContents(), { timeout: 15_000 }).toEqual([
      expect.stringContaining('Backend Developer (Platform team)'),
    ])
    await shot(hr, '2-hr-list-in-review')
    panel = await openDocument(hr)
    expect(await panel.getByRole('link', { name: 'Compare this revision with the published one' }).getAttribute('href')).toMatch(
      new RegExp(`/job-descriptions/${id}/versions/\\d+$`),
    )
    await panel.getByLabel('Comment for the author').fill('Say which platform: “Platform team” alone is vague.')
    await panel.getByRole('button', { name: 'Request changes' }).click()
    await expect.poll(() => stageShown(hr), { timeout: 15_000 }).toBe('changes_requested')
    await shot(hr, '3-hr-requested-changes')
    expect(await publicTitle()).toBe('Backend Developer')

    // 3. The editor reads the comment, fixes the title and resubmits.
    panel = await openDocument(editor)
    await expect.poll(() => panel.getByRole('list', { name: 'Review history' }).textContent()).toContain('“Platform team” alone is vague')
    await saveDraft(editor, 'Backend Developer (Payments Platform)')
    expect(await stageShown(editor)).toBe('changes_requested')
    await panel.getByRole('button', { name: 'Submit for review' }).click()
    await expect.poll(() => stageShown(editor), { timeout: 15_000 }).toBe('in_review')
    await shot(editor, '4-editor-resubmitted')
    expect(await publicTitle()).toBe('Backend Developer')

    // 4. HR approves the revision it sees, then publishes it.
    panel = await openDocument(hr)
    await panel.getByLabel('Comment for the author').fill('Clear now.')
    await panel.getByRole('button', { name: 'Approve' }).click()
    await expect.poll(() => stageShown(hr), { timeout: 15_000 }).toBe('approved')
    await shot(hr, '5-hr-approved')
    expect(await publicTitle()).toBe('Backend Developer')
    await hr.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Publish approved revision' }).click()
    await expect.poll(() => stageShown(hr), { timeout: 15_000 }).toBe('published')
    await shot(hr, '6-hr-published')

    expect(await publicTitle()).toBe('Backend Developer (Payments Platform)')
  })

  it('lets HR publish an approved revision with Payload’s own Publish button too, and nothing else', async () => {
    const hr = await signIn('hr')
    // Another seeded template, moved to "approved" through the panel.
    await hr.goto(`${server.url}/admin/collections/job-descriptions?where[slug][equals]=back-end-developer-template`)
    await hr.locator('table tbody tr a').first().click()
    const panel = hr.getByRole('region', { name: 'Review' })
    await panel.waitFor()
    await hr.locator('#field-title').fill('Back-end Developer (reviewed)')
    await hr.getByRole('button', { name: 'Save Draft' }).click()
    await expect.poll(() => panel.getByRole('button', { name: 'Submit for review' }).isEnabled(), { timeout: 15_000 }).toBe(true)

    // In review, Payload's Publish button is disabled, with the reason on hover.
    await panel.getByRole('button', { name: 'Submit for review' }).click()
    await expect.poll(() => stageShown(hr), { timeout: 15_000 }).toBe('in_review')
    const publishChanges = hr.getByRole('button', { name: 'Publish changes' })
    expect(await publishChanges.isDisabled()).toBe(true)
    expect(await hr.locator('span[title]', { has: publishChanges }).getAttribute('title')).toMatch(/Only an approved revision can be published/)
    await shot(hr, '7-hr-native-publish-refused')

    await hr.reload()
    await panel.getByRole('button', { name: 'Approve' }).click()
    await expect.poll(() => stageShown(hr), { timeout: 15_000 }).toBe('approved')
    await hr.getByRole('button', { name: 'Publish changes' }).click()
    await expect.poll(() => stageShown(hr), { timeout: 15_000 }).toBe('published')
    const response = await fetch(`${server.url}/api/job-descriptions?where[slug][equals]=back-end-developer-template&depth=0`)
    expect((await response.json()).docs[0].title).toBe('Back-end Developer (reviewed)')
  })
})
