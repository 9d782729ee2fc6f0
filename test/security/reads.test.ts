import { createHash } from 'node:crypto'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed/data'
import { runSeed } from '../../seed/seeder'
import { createPreviewToken } from '../../src/careers/previewToken'
import { postgresDatabase, sqliteDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload, testSecret } from '../helpers/payload'
import { reviewOverRest, signIn } from '../helpers/review'
import { startServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

/**
 * Issue 13, items 2, 3 and 5: what HR has not published, and what only authors may read, never reaches an
 * anonymous reader, whether by a filter that answers yes or no, a preview token, or a computed field.
 */
describe('security: anonymous reads see only what is published (HTTP)', () => {
  let server: TestServer
  let database: TestDatabase
  let editorToken: string
  let hrToken: string

  /** Text of items HR never published, each referenced by a published job description. */
  const secret = 'Operate the zebra7q console'
  const secretPlaceholder = 'Own the [Falcon9k] roadmap'
  /** The newer, unreviewed draft of a published item. */
  const draftText = 'Tame the okapi5m backlog'
  /** A published item on the same posting, which anonymous filters may find. */
  let publicItem: { id: number; text: string }
  /** A published posting whose responsibilities include the unpublished one. */
  let posting: { id: number; slug: string }
  /** A draft posting nobody published: a preview token names it. */
  let draft: { id: number }
  /** A published template whose items include the unpublished one with a placeholder. */
  let template: { id: number; slug: string }

  const headers = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) })
  const rest = async (path: string, init: { body?: unknown; method?: string; token?: string } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: headers(init.token),
      method: init.method ?? 'GET',
    })
    const body = await response.text()
    return { body, json: JSON.parse(body), status: response.status }
  }
  const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query, variables }),
      headers: headers(token),
      method: 'POST',
    })
    const text = await response.text()
    return { json: JSON.parse(text) as { data?: Record<string, any>; errors?: { message: string }[] }, status: response.status, text }
  }
  const create = async (collection: string, body: Record<string, unknown>) => {
    const created = await rest(`/${collection}?draft=true`, { body, method: 'POST', token: editorToken })
    expect(created.status, created.body).toBe(201)
    return created.json.doc as { id: number; slug: string }
  }

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    editorToken = await signIn(server.url, 'editor')
    hrToken = await signIn(server.url, 'hr')
    const review = reviewOverRest(server.url, { editor: editorToken, hr: hrToken })
    /**
     * Published, while the given items stay unpublished: reviewed with the posting, then saved again by the
     * editor after HR approved them (back in draft), so the posting's publish leaves them out.
     */
    const publishWithout = async (id: number, items: { id: number; text: string }[]) => {
      for (const [action, role] of [['submit', 'editor'], ['approve', 'hr']] as const) {
        const { body, status } = await review.move('job-descriptions', id, action, role)
        expect(status, `${action}: ${body}`).toBe(200)
      }
      for (const item of items) {
        const saved = await rest(`/responsibilities/${item.id}?draft=true`, { body: { text: item.text }, method: 'PATCH', token: editorToken })
        expect(saved.status, saved.body).toBe(200)
      }
      const { body, status } = await review.move('job-descriptions', id, 'publish', 'hr')
      expect(status, `publish: ${body}`).toBe(200)
    }

    const published = await rest('/responsibilities?limit=1&sort=id')
    publicItem = published.json.docs[0]
    const hidden = await create('responsibilities', { text: secret })
    const hiddenPlaceholder = await create('responsibilities', { text: secretPlaceholder })

    posting = await create('job-descriptions', {
      kind: 'posting',
      responsibilities: [publicItem.id, hidden.id],
      slug: 'security-reads-posting',
      title: 'Security reads posting',
    })
    await publishWithout(posting.id, [{ id: hidden.id, text: secret }])
    template = await create('job-descriptions', {
      kind: 'template',
      responsibilities: [publicItem.id, hiddenPlaceholder.id],
      slug: 'security-reads-template',
      title: 'Security reads template',
    })
    await publishWithout(template.id, [{ id: hiddenPlaceholder.id, text: secretPlaceholder }])
    draft = await create('job-descriptions', { kind: 'posting', slug: 'security-reads-draft', title: 'Security reads draft' })
    const edited = await rest(`/responsibilities/${publicItem.id}?draft=true`, { body: { text: draftText }, method: 'PATCH', token: editorToken })
    expect(edited.status, edited.body).toBe(200)

    // The setup is what the attacks need: both items stay unpublished, both job descriptions are public.
    expect((await rest(`/responsibilities/${hidden.id}`)).status).toBe(404)
    expect((await rest(`/job-descriptions/${posting.id}`)).json._status).toBe('published')
    expect((await rest(`/job-descriptions/${template.id}`)).json._status).toBe('published')
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  /** The anonymous answer to a filter, as count and list see it: the same for a right and a wrong guess. */
  const answer = async (query: string) => {
    const [count, list] = await Promise.all([rest(`/job-descriptions/count?${query}`), rest(`/job-descriptions?depth=0&${query}`)])
    return { count: count.status === 200 ? count.json.totalDocs : count.status, list: list.status === 200 ? list.json.totalDocs : list.status }
  }
  const bySlug = (slug: string) => `where[and][0][slug][equals]=${slug}`

  it('item 2: a nested filter through a relationship answers only for items the caller may read (REST)', async () => {
    const onPosting = bySlug(posting.slug)
    const nested = (guess: string) => `${onPosting}&where[and][1][responsibilities][contains][text][like]=${encodeURIComponent(guess)}`
    // The attack: a right guess at the unpublished item's text must answer as a wrong one does.
    expect(await answer(nested('zebra7q'))).toEqual(await answer(nested('lion3x')))
    expect(await answer(nested('zebra7q'))).toEqual({ count: 0, list: 0 })
    // Inside or, and at the top level without and.
    expect(await answer(`${onPosting}&where[and][1][or][0][responsibilities][contains][text][like]=zebra7q`)).toEqual({ count: 0, list: 0 })
    expect(await answer(`where[slug][equals]=${posting.slug}&where[responsibilities][contains][text][like]=zebra7q`)).toEqual({ count: 0, list: 0 })
    // Nor the newer draft of a published item, in either form.
    expect(await answer(nested('okapi5m'))).toEqual({ count: 0, list: 0 })
    expect(await answer(`${onPosting}&where[and][1][responsibilities.text][like]=okapi5m`)).toEqual({ count: 0, list: 0 })
    // Any field of the hidden item, not only its text.
    expect(await answer(`${onPosting}&where[and][1][responsibilities][contains][_status][equals]=draft`)).toEqual({ count: 0, list: 0 })
    // Author FAQs: the seeded published template has one; anonymous filters never see it.
    const faqs = (audience: string) => `${bySlug('backend-developer-template')}&where[and][1][faqs][contains][audience][equals]=${audience}`
    expect(await answer(faqs('authors'))).toEqual({ count: 0, list: 0 })
    // The nested form still finds what the caller may read, and the dotted form stays scoped.
    const word = publicItem.text.split(' ').slice(0, 2).join(' ')
    expect(await answer(nested(word))).toEqual({ count: 1, list: 1 })
    expect(await answer(faqs('candidates'))).toEqual({ count: 1, list: 1 })
    expect(await answer(`${onPosting}&where[and][1][responsibilities.text][like]=${encodeURIComponent(word)}`)).toEqual({ count: 1, list: 1 })
    expect(await answer(`${onPosting}&where[and][1][responsibilities.text][like]=zebra7q`)).toEqual({ count: 0, list: 0 })
    // A signed-in author may read the item, so the filter finds it for them.
    const signedIn = await rest(`/job-descriptions/count?${nested('zebra7q')}`, { token: editorToken })
    expect(signedIn.json.totalDocs).toBe(1)
  })

  it('item 2: an object where a relationship takes ids is refused with a 400 naming the path (REST, GraphQL)', async () => {
    for (const operator of ['equals', 'in', 'not_equals', 'exists']) {
      const index = operator === 'in' ? '[0]' : ''
      const { body, status } = await rest(`/job-descriptions?${bySlug(posting.slug)}&where[and][1][responsibilities][${operator}]${index}[text][like]=zebra7q`)
      expect(status, `${operator}: ${body}`).toBe(400)
      expect(body).toContain(`The filter on \\"responsibilities\\" (${operator})`)
    }
    // GraphQL types a relationship's operators as JSON, so the same object arrives through it.
    const { json } = await graphql(
      `{ JobDescriptions(where: { AND: [{ slug: { equals: "${posting.slug}" } }, { responsibilities: { equals: { text: { like: "zebra7q" } } } }] }) { totalDocs } }`,
    )
    expect(json.data?.JobDescriptions ?? null).toBeNull()
    expect(json.errors?.[0]?.message).toMatch(/^The filter on "responsibilities" \(equals\) takes ids, not an object/)
  })

  it('item 3: a preview token unlocks only its own document, for its own read (GraphQL)', async () => {
    // Signed as the admin's Preview button signs (no previewSecret: the server's `payload.secret`, which
    // Payload derives from PAYLOAD_SECRET so).
    const serverSecret = createHash('sha256').update(testSecret).digest('hex').slice(0, 32)
    const otherToken = createPreviewToken(draft.id, serverSecret)
    const ownToken = createPreviewToken(posting.id, serverSecret)
    // The attack: a token for another document, then the posting in the same request.
    const other = await graphql(
      'query ($token: String!, $id: Int!) { CareersPreview(token: $token) { id } JobDescription(id: $id) { descriptionHtml descriptionPlain } }',
      { id: posting.id, token: otherToken },
    )
    expect(other.json.errors).toBeUndefined()
    expect(other.json.data!.CareersPreview.id).toBe(draft.id)
    expect(other.json.data!.JobDescription.descriptionHtml).toContain(publicItem.text)
    expect(other.text).not.toContain('zebra7q')
    // The posting's own token: its preview shows the unpublished item, an alias of the public read does not.
    const own = await graphql(
      'query ($token: String!, $id: Int!) { preview: CareersPreview(token: $token) { descriptionHtml } public: JobDescription(id: $id) { descriptionHtml } list: JobDescriptions(where: { id: { equals: $id } }) { docs { descriptionHtml } } }',
      { id: posting.id, token: ownToken },
    )
    expect(own.json.errors).toBeUndefined()
    expect(own.json.data!.preview.descriptionHtml).toContain(secret)
    expect(own.json.data!.public.descriptionHtml).not.toContain('zebra7q')
    expect(own.json.data!.list.docs[0].descriptionHtml).not.toContain('zebra7q')
    // The preview answer is the candidate-facing view: of the fields only signed-in readers may read, it
    // holds what an anonymous read holds (GraphQL answers a group with its fields, each null).
    const signedInOnly = 'title contentCheck { descriptionWords warnings } approvedVersion notesForAuthors notesForAuthorsHtml placeholders { token }'
    const fields = await graphql(
      `query ($token: String!, $id: Int!) { CareersPreview(token: $token) { ${signedInOnly} } JobDescription(id: $id) { ${signedInOnly} } }`,
      { id: posting.id, token: ownToken },
    )
    expect(fields.json.errors).toBeUndefined()
    expect(fields.json.data!.CareersPreview).toEqual({
      approvedVersion: null,
      contentCheck: { descriptionWords: null, warnings: null },
      notesForAuthors: null,
      notesForAuthorsHtml: null,
      placeholders: null,
      title: 'Security reads posting',
    })
    expect(fields.json.data!.CareersPreview).toEqual(fields.json.data!.JobDescription)
  })

  it("item 5: a published template's placeholders stay with signed-in readers (REST, GraphQL)", async () => {
    const anonymous = await rest(`/job-descriptions/${template.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).not.toHaveProperty('placeholders')
    expect(anonymous.body).not.toContain('Falcon9k')
    const selected = await rest(`/job-descriptions/${template.id}?select[placeholders]=true&select[title]=true`)
    expect(selected.body).not.toContain('Falcon9k')
    const { json, text } = await graphql('query ($id: Int!) { JobDescription(id: $id) { title placeholders { token where } } }', { id: template.id })
    expect(json.data!.JobDescription).toEqual({ placeholders: null, title: 'Security reads template' })
    expect(text).not.toContain('Falcon9k')
    // Nor may a filter on them answer a guess.
    const guess = (word: string) => rest(`/job-descriptions/count?${bySlug(template.slug)}&where[and][1][placeholders.where][like]=${word}`)
    const [right, wrong] = await Promise.all([guess('Falcon9k'), guess('Condor2z')])
    expect([right.status, right.json.totalDocs]).toEqual([wrong.status, wrong.json.totalDocs])
    // Authors still see them, with the unpublished item they are in.
    const editor = await graphql('query ($id: Int!) { JobDescription(id: $id) { placeholders { token where } } }', { id: template.id }, editorToken)
    expect(editor.json.data!.JobDescription.placeholders).toEqual([{ token: '[Falcon9k]', where: `responsibility "${secretPlaceholder}"` }])
  })
})

/** The Local API on each SQL adapter: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
const databases: [string, () => Promise<TestDatabase> | TestDatabase][] = [
  ['SQLite', sqliteDatabase],
  ...(process.env.TEST_POSTGRES_URL ? [['PostgreSQL', () => postgresDatabase(process.env.TEST_POSTGRES_URL!)] as [string, () => Promise<TestDatabase>]] : []),
]

describe.each(databases)('security: anonymous filters through the Local API (overrideAccess: false) on %s', (_, makeDatabase) => {
  let payload: Payload
  let database: TestDatabase
  let postingId: number

  beforeAll(async () => {
    database = await makeDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: false })
    const hidden = await payload.create({ collection: 'requirements', data: { _status: 'draft', text: 'Speaks fluent Quokka' }, draft: true })
    const template = (await payload.find({ collection: 'job-descriptions', where: { slug: { equals: 'backend-developer-template' } } })).docs[0]!
    postingId = template.id
    const requirements = (template.requirements ?? []).map((item) => (typeof item === 'object' ? item.id : item))
    // Written below the workflow: the published template references an item HR never published.
    await payload.db.updateOne({ collection: 'job-descriptions', data: { requirements: [...requirements, hidden.id] }, id: template.id })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const count = async (where: Where, overrideAccess = false) =>
    (await payload.count({ collection: 'job-descriptions', overrideAccess, where: { and: [{ id: { equals: postingId } }, where] } })).totalDocs

  it('item 2: count and find scope nested requirement and FAQ filters to what the public may read', async () => {
    const guess = (word: string): Where => ({ requirements: { contains: { text: { like: word } } } })
    for (const word of ['Quokka', 'Wombat']) {
      expect(await count(guess(word))).toBe(0)
      expect((await payload.find({ collection: 'job-descriptions', overrideAccess: false, where: { and: [{ id: { equals: postingId } }, guess(word)] } })).totalDocs).toBe(0)
    }
    expect(await count({ or: [{ faqs: { contains: { audience: { equals: 'authors' } } } }] })).toBe(0)
    expect(await count({ faqs: { contains: { audience: { equals: 'candidates' } } } })).toBe(1)
    // With access overridden (the server's own reads), the filter sees every row, as before.
    expect(await count(guess('Quokka'), true)).toBe(1)
    expect(await count({ faqs: { contains: { audience: { equals: 'authors' } } } }, true)).toBe(1)
  })
})
