import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { root } from '../dev/scripts/build.ts'
import { backendDeveloper } from '../seed/templates/backend-developer.ts'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { reviewOverRest, signIn as signInOverRest } from './helpers/review'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'

const screenshots = path.join(root, 'test-results/screenshots/items')

/**
 * Issue 16's item lists in real Chromium against `next start`: a job description's responsibilities and
 * requirements are the full sentences, in order, on the edit page; an editor reorders them by dragging,
 * edits one in place and adds one inline; once HR has approved and published the posting (its changed
 * items with it, in one review), the anonymous careers page
 * shows the new order and text.
 */
describe('item lists in the admin', () => {
  let server: TestServer
  let database: TestDatabase
  let browser: Browser
  let tokens: { editor: string; hr: string }

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true })
    database = sqliteDatabase()
    server = await startServer(database.uri)
    tokens = { editor: await signInOverRest(server.url, 'editor'), hr: await signInOverRest(server.url, 'hr') }
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

  const rest = async (url: string, role: 'editor' | 'hr' = 'editor') =>
    (await fetch(`${server.url}/api${url}`, { headers: { authorization: `JWT ${tokens[role]}` } })).json()
  const jobBySlug = async (slug: string) =>
    (await rest(`/job-descriptions?where[slug][equals]=${slug}&depth=0&draft=true`)).docs[0] as { id: number; responsibilities: number[] }
  const textsOf = async (ids: number[]) => {
    const { docs } = await rest(`/responsibilities?${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}&depth=0&draft=true&limit=100`)
    const byId = new Map((docs as { id: number; text: string }[]).map((doc) => [doc.id, doc.text]))
    return ids.map((id) => byId.get(id))
  }

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
  const list = (page: Page, name: string) => page.getByRole('list', { exact: true, name })
  const sentences = (page: Page, name: string) => list(page, name).locator('.item-text').allTextContents()
  const openDocument = async (page: Page, id: number) => {
    await page.goto(`${server.url}/admin/collections/job-descriptions/${id}`)
    await list(page, 'Responsibilities').locator('.item-text').first().waitFor()
  }
  const shot = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle')
    await page.screenshot({ fullPage: true, path: path.join(screenshots, `${name}.png`) })
  }

  it('shows every responsibility and requirement of a seeded template in full, in order', async () => {
    const template = await jobBySlug(backendDeveloper.slug)
    const editor = await signIn('editor')
    await openDocument(editor, template.id)
    await expect.poll(() => sentences(editor, 'Responsibilities')).toEqual(backendDeveloper.responsibilities.map((item) => item.text))
    await expect.poll(() => sentences(editor, 'Requirements')).toEqual(backendDeveloper.requirements.map((item) => item.text))
    // A sentence is on screen whole, not an ellipsis in a chip.
    const longest = [...backendDeveloper.responsibilities].sort((a, b) => b.text.length - a.text.length)[0]!.text
    expect(await editor.getByText(longest, { exact: true }).isVisible()).toBe(true)
    // A requirement's level and category are there to change in place.
    const requirements = list(editor, 'Requirements')
    expect(await requirements.getByLabel('Level of item 1').inputValue()).toBe(backendDeveloper.requirements[0]!.level)
    expect(await requirements.getByLabel('Category of item 1').inputValue()).toBe(backendDeveloper.requirements[0]!.category)
    await shot(editor, '1-template-items-in-full')
  })

  it('shows the Review panel and the role’s buttons without scrolling, on a 1400×1000 window', async () => {
    const template = await jobBySlug('back-end-developer-template')
    const inView = async (page: Page, locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox()
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      return Boolean(box && box.y >= 0 && box.y + box.height <= 1000 && box.x >= 0 && box.x + box.width <= 1400)
    }
    const editor = await signIn('editor')
    await openDocument(editor, template.id)
    const panel = editor.getByRole('region', { name: 'Review' })
    expect(await inView(editor, panel.locator('h4'))).toBe(true)
    // A change saved as a draft: the editor's move is then to submit it.
    await editor.locator('#field-title').fill('Back-end Developer (for review)')
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    const submit = panel.getByRole('button', { name: 'Submit for review' })
    await expect.poll(() => submit.isEnabled(), { timeout: 15_000 }).toBe(true)
    expect(await inView(editor, submit)).toBe(true)
    await editor.screenshot({ path: path.join(screenshots, '3-editor-review-panel-first.png') })
    await submit.click()
    await expect.poll(() => panel.locator('[data-stage]').getAttribute('data-stage'), { timeout: 15_000 }).toBe('in_review')

    // HR, on the revision in review: approve and request changes, and Payload's Publish refused with the reason.
    const hr = await signIn('hr')
    await openDocument(hr, template.id)
    const hrPanel = hr.getByRole('region', { name: 'Review' })
    await expect.poll(() => hrPanel.locator('[data-stage]').getAttribute('data-stage')).toBe('in_review')
    await expect.poll(() => hrPanel.locator('[data-submitted-by]').textContent()).toContain('editor@example.com')
    for (const name of ['Approve', 'Request changes']) expect(await inView(hr, hrPanel.getByRole('button', { name }))).toBe(true)
    const publishChanges = hr.getByRole('button', { name: 'Publish changes' })
    expect(await publishChanges.isDisabled()).toBe(true)
    expect(await hr.locator('span[title]', { has: publishChanges }).getAttribute('title')).toMatch(/Only an approved revision can be published/)
    await hr.screenshot({ path: path.join(screenshots, '4-hr-review-panel-first.png') })
  })

  it('says the content check in full sentences, grouped and linked, recomputed as the editor types', async () => {
    const slug = 'back-end-developer-remote-eu'
    const saved = (await rest(`/job-descriptions?where[slug][equals]=${slug}&depth=0&draft=true`)).docs[0] as {
      contentCheck: { missingForSearch: string[] }
      id: number
    }
    const editor = await signIn('editor')
    await openDocument(editor, saved.id)
    const check = editor.getByRole('region', { name: 'Content check' })
    await check.locator('[data-check-group], [role="status"]').first().waitFor()
    // The browser's check says what the server's saved one says, each finding a whole sentence.
    const notes = async () => check.locator('li').allTextContents()
    for (const name of saved.contentCheck.missingForSearch) {
      await expect.poll(notes).toContainEqual(`Add ${name}: Google’s job search needs it to list the posting. Go to ${name.split(' ')[0] === 'description' ? 'summary' : name.split(' ')[0]}`)
    }
    expect((await notes()).some((note) => note.includes('…'))).toBe(false)
    expect((await notes()).some((note) => note.includes('young'))).toBe(false)

    // Typed, not saved: the check follows.
    await editor.locator('#field-title').fill('Back-end Developer for a young team')
    const young = check.locator('li', { hasText: '“young” is exclusionary' })
    await expect.poll(() => young.count(), { timeout: 10_000 }).toBe(1)
    expect(await check.locator('[data-check-group="Wording"]').count()).toBe(1)
    await young.getByRole('link', { name: 'Go to title' }).click()
    await expect.poll(() => editor.evaluate(() => document.activeElement?.id)).toBe('field-title')
    await editor.screenshot({ path: path.join(screenshots, '6-content-check-live.png') })
    expect((await rest(`/job-descriptions/${saved.id}?depth=0&draft=true`)).title).not.toContain('young')
  })

  it('reorders by dragging, edits in place, adds inline; the careers page shows it once HR has published', async () => {
    const slug = 'backend-developer-berlin'
    const before = await jobBySlug(slug)
    const [first, second, third] = before.responsibilities
    const editor = await signIn('editor')
    await openDocument(editor, before.id)
    const responsibilities = list(editor, 'Responsibilities')
    const row = (id: number) => responsibilities.locator(`li[data-item-id="${id}"]`)

    // Drag the first sentence onto the second's place.
    await row(first!).dragTo(row(second!))
    await expect.poll(() => responsibilities.locator('li').evaluateAll((rows) => rows.map((li) => Number(li.getAttribute('data-item-id'))))).toEqual([
      second,
      first,
      ...before.responsibilities.slice(2),
    ])

    // Edit the third in place: the shared item's draft, with how many job descriptions share it.
    const edited = 'Design, manage and tune the relational databases behind our services.'
    await row(third!).getByRole('button', { name: 'Edit text' }).click()
    await expect.poll(() => row(third!).getByRole('status').textContent()).toMatch(/Used by [2-9] job descriptions/)
    await row(third!).getByLabel('Text of item 3').fill(edited)
    await row(third!).getByRole('button', { name: 'Save text' }).click()
    await expect.poll(() => row(third!).locator('.item-text').textContent()).toBe(edited)

    // Add a new one inline.
    const added = 'Mentor junior engineers through code review and pairing.'
    await editor.getByLabel('New responsibility').fill(added)
    await editor.getByRole('button', { name: 'Add this responsibility' }).click()
    await expect.poll(() => sentences(editor, 'Responsibilities')).toContain(added)
    await shot(editor, '2-editor-reordered-edited-added')

    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await expect.poll(async () => (await jobBySlug(slug)).responsibilities.length, { timeout: 15_000 }).toBe(before.responsibilities.length + 1)
    const after = await jobBySlug(slug)
    expect(after.responsibilities.slice(0, -1)).toEqual([second, first, ...before.responsibilities.slice(2)])
    const addedId = after.responsibilities.at(-1)!
    expect(await textsOf([third!, addedId])).toEqual([edited, added])

    // Anonymous readers see the published posting until HR has approved and published the change. One
    // review covers the posting and the items it changed: the edited and the added sentence go with it.
    const careersPage = async () => (await fetch(`${server.url}/careers/${slug}`)).text()
    expect(await careersPage()).not.toContain(added)
    const { publish } = reviewOverRest(server.url, tokens)
    await publish('job-descriptions', before.id)

    const [firstText, secondText] = await textsOf([first!, second!])
    const html = await careersPage()
    expect(html).toContain(edited)
    expect(html).toContain(added)
    expect(html.indexOf(secondText!)).toBeGreaterThan(-1)
    expect(html.indexOf(secondText!)).toBeLessThan(html.indexOf(firstText!))
    expect(html.indexOf(edited)).toBeLessThan(html.indexOf(added))
    const visitor = await browser.newPage({ viewport: { height: 1000, width: 1400 } })
    await visitor.goto(`${server.url}/careers/${slug}`)
    await shot(visitor, '5-careers-page-after-publish')
  })
})
