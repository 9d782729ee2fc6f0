import type { FieldHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { renderedField } from '../src/fields/renderings'
import type { JobDescription } from '../dev/payload-types.ts'
import { richTextToHtml } from '../src/render/richText'
import { sanitize } from '../src/render/sanitize'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { googleJobPosting } from './helpers/googleJobPosting'
import { startPayload, stopPayload } from './helpers/payload'

const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})
const link = (url: string, label: string) => ({
  type: 'link',
  children: [text(label)],
  direction: 'ltr',
  fields: { linkType: 'custom', newTab: false, url },
  format: '',
  indent: 0,
  version: 3,
})
// Hand-built Lexical JSON, as a hostile API client could send it.
const editorState = (...children: object[]) =>
  ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }) as unknown as NonNullable<
    JobDescription['summary']
  >

const hostile = editorState(
  paragraph(text('<script>alert("text")</script> & <img src=x onerror=alert(1)>')),
  paragraph(link('javascript:alert(1)', 'click me'), text(' and '), link('https://example.com/ok', 'a safe link')),
  paragraph(link('data:text/html;base64,PHNjcmlwdD4=', 'data link'), link('//evil.example/x', 'protocol-relative')),
)

/** No element that runs or loads anything, no event attribute on any tag, no unsafe href. Escaped text is fine. */
const expectSafe = (html: string) => {
  expect(html).not.toMatch(/<(script|img|iframe|style|svg|object|embed)/i)
  expect(html).not.toMatch(/<[^>]*\s(on\w+|style)\s*=/i)
  expect(html).not.toMatch(/href="(javascript:|data:|\/\/)/i)
}

describe('sanitised HTML', () => {
  it('strips scripts, event attributes, styles and unsafe links from any HTML', () => {
    const html = sanitize(
      '<h1 style="color:red">Title</h1><p onclick="steal()">Hi <a href="javascript:alert(1)" onmouseover="x()">x</a></p>' +
        '<script>alert(1)</script><iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)>' +
        '<a href="https://example.com">ok</a><a href="mailto:jobs@example.com">mail</a><svg onload=alert(1)></svg>',
    )
    expectSafe(html)
    expect(html).toBe(
      '<h2>Title</h2><p>Hi <a rel="noopener noreferrer nofollow" target="_blank">x</a></p>' +
        '<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">ok</a>' +
        '<a href="mailto:jobs@example.com" rel="noopener noreferrer nofollow" target="_blank">mail</a>',
    )
  })

  it('renders hostile rich text as inert text and drops its unsafe links', () => {
    const html = richTextToHtml(hostile)
    expectSafe(html)
    expect(html).toContain('&lt;script&gt;alert("text")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('href="https://example.com/ok"')
  })
})

describe('renderings through the Local API', () => {
  let payload: Payload
  let database: TestDatabase

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('never lets hostile rich text reach summaryHtml, overviewHtml or descriptionHtml', async () => {
    const doc = await payload.create({
      collection: 'job-descriptions',
      data: { _status: 'published', kind: 'posting', overview: hostile, slug: 'hostile', summary: hostile, title: 'Hostile' },
    })
    const read = await payload.findByID({ id: doc.id, collection: 'job-descriptions', overrideAccess: false })
    for (const html of [read.summaryHtml!, read.overviewHtml!, read.descriptionHtml!]) {
      expectSafe(html)
      expect(html).toContain('a safe link')
    }
    expect(read.summaryPlain).toContain('<script>alert("text")</script>') // plain text is text, for text contexts
    await payload.delete({ id: doc.id, collection: 'job-descriptions' })
  })

  it('gives postings JobPosting data that meets Google\'s rules, and templates none', async () => {
    const { docs } = await payload.find({ collection: 'job-descriptions', overrideAccess: false, sort: 'slug' })
    const bySlug = Object.fromEntries(docs.map((doc) => [doc.slug, doc]))
    expect(bySlug['backend-developer-template']!.jobPostingJsonLd).toBeNull()
    for (const slug of ['backend-developer-berlin', 'back-end-developer-remote-eu']) {
      const result = googleJobPosting.safeParse(bySlug[slug]!.jobPostingJsonLd)
      expect(result.error, slug).toBeUndefined()
    }
    const berlin = googleJobPosting.parse(bySlug['backend-developer-berlin']!.jobPostingJsonLd)
    expect(berlin.hiringOrganization.name).toBe('Acme Robotics')
    expect(berlin.identifier.value).toBe('backend-developer-berlin')
    expect(berlin.educationRequirements).toEqual([{ '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' }])
  })

  it('groups requirements into required and preferred in the description, in order', async () => {
    const preferred = await payload.create({
      collection: 'requirements',
      data: { _status: 'published', category: 'technical_skill', level: 'preferred', text: 'Experience with Payload CMS' },
    })
    const required = await payload.create({
      collection: 'requirements',
      data: { _status: 'published', category: 'technical_skill', level: 'required', text: 'TypeScript' },
    })
    const doc = await payload.create({
      collection: 'job-descriptions',
      data: { _status: 'published', kind: 'posting', requirements: [preferred.id, required.id], slug: 'grouped', title: 'Grouped' },
    })
    const read = await payload.findByID({ id: doc.id, collection: 'job-descriptions', overrideAccess: false })
    expect(read.descriptionHtml).toBe(
      '<h2>Requirements</h2><ul><li>TypeScript</li></ul><h2>Nice to have</h2><ul><li>Experience with Payload CMS</li></ul>',
    )
    expect(read.descriptionPlain).toBe('Requirements\n- TypeScript\n\nNice to have\n- Experience with Payload CMS')
    await payload.delete({ id: doc.id, collection: 'job-descriptions' })
  })

  it('renders FAQ answers and hides notesForAuthors renderings from anonymous readers', async () => {
    const faq = (await payload.find({ collection: 'faqs', limit: 1, overrideAccess: false })).docs[0]!
    expect(faq.answerHtml).toMatch(/^<p>.+<\/p>$/)
    expect(faq.answerPlain).not.toContain('<')
    const template = (await payload.find({ collection: 'job-descriptions', overrideAccess: false, where: { kind: { equals: 'template' } } })).docs[0]!
    expect(template).not.toHaveProperty('notesForAuthorsHtml')
    expect(template).not.toHaveProperty('notesForAuthorsPlain')
  })

  it("renders the authors' notes for signed-in readers and trusted code", async () => {
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.com' } } })).docs[0]!
    const where = { kind: { equals: 'template' } } as const
    const asEditor = (await payload.find({ collection: 'job-descriptions', overrideAccess: false, user: editor, where })).docs[0]!
    expect(asEditor.notesForAuthorsHtml).toMatch(/^<[a-z]/)
    expect(asEditor.notesForAuthorsPlain).toContain('Where this template comes from')
    const trusted = (await payload.find({ collection: 'job-descriptions', where })).docs[0]!
    expect(trusted.notesForAuthorsHtml).toBe(asEditor.notesForAuthorsHtml)
  })
})

describe('a rendered field a reader may not read', () => {
  // Payload runs a field's afterRead hooks before its read access: rendering for nobody is work thrown away.
  it('is not rendered for that reader, and is for one who may read it or for trusted code', async () => {
    const rendered: string[] = []
    const field = renderedField('secretHtml', ({ req }) => (rendered.push(req.user ? 'user' : 'trusted'), '<p>x</p>'), ({ req }) => Boolean(req.user))
    const [hook] = (field as { hooks: { afterRead: FieldHook[] } }).hooks.afterRead
    const call = (user: null | object, overrideAccess: boolean) =>
      hook!({ data: { id: 1 }, overrideAccess, req: { user }, siblingData: {} } as unknown as Parameters<FieldHook>[0])
    expect(await call(null, false)).toBeUndefined()
    expect(rendered).toEqual([])
    expect(await call({ id: 1 }, false)).toBe('<p>x</p>')
    expect(await call(null, true)).toBe('<p>x</p>')
    expect(rendered).toEqual(['user', 'trusted'])
  })
})
