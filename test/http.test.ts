import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { visibleText } from './helpers/seedText'
import { mayMove, moves, roles, stageAfter, startStages } from './helpers/workflowRules'
import type { Role } from './helpers/workflowRules'
import type { Stage } from '../src/workflow/stages'
import { reviewOverRest, signIn } from './helpers/review'
import { startServer } from './helpers/server'
import type { TestServer } from './helpers/server'
import { sourceSentences, squash } from './helpers/sourceSentences'

/** The started app over HTTP, as a careers site (anonymous) and an editor (signed in) reach it. */
describe('HTTP: REST and GraphQL on a started server', () => {
  let server: TestServer
  let database: TestDatabase
  let editorToken: string
  let hrToken: string
  let adminToken: string

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    editorToken = await signIn(server.url, 'editor')
    hrToken = await signIn(server.url, 'hr')
    adminToken = await signIn(server.url, 'admin')
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  const headers = (token?: string) => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })
  const rest = async (path: string, init: { body?: unknown; method?: string; token?: string } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: headers(init.token),
      method: init.method ?? 'GET',
    })
    return { body: await response.text(), status: response.status }
  }
  const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query, variables }),
      headers: headers(token),
      method: 'POST',
    })
    const text = await response.text()
    return { json: JSON.parse(text) as { data?: Record<string, any>; errors?: { message: string }[] }, text }
  }

  it('serves the admin', async () => {
    const response = await fetch(`${server.url}/admin`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })

  it('answers the GraphQL query from the README with the two seeded templates', async () => {
    const { json } = await graphql(
      '{ JobDescriptions(where: { kind: { equals: template } }) { docs { title responsibilities { id } } } }',
    )
    expect(json.errors).toBeUndefined()
    const docs = json.data!.JobDescriptions.docs as { responsibilities: unknown[]; title: string }[]
    expect(docs.map((d) => [d.title, d.responsibilities.length]).sort()).toEqual([
      ['Back-end Developer', 15],
      ['Backend Developer', 9],
    ])
  })

  it('has every sentence of the seed documents, over REST and over GraphQL', async () => {
    const expected = sourceSentences()
    const restDocs = JSON.parse((await rest('/job-descriptions?where[kind][equals]=template&depth=1', { token: editorToken })).body).docs
    const { json } = await graphql(
      `{ JobDescriptions(where: { kind: { equals: template } }) { docs {
          title department reportsTo summary overview notesForAuthors
          responsibilities { text } requirements { text } faqs { question answer } } } }`,
      {},
      editorToken,
    )
    for (const docs of [restDocs, json.data!.JobDescriptions.docs]) {
      const corpus = squash(visibleText(docs).join('\n'))
      expect(expected.filter(({ sentence }) => !corpus.includes(squash(sentence)))).toEqual([])
    }
  })

  it('shows anonymous callers the published templates without the notes for authors', async () => {
    const { body, status } = await rest('/job-descriptions?where[kind][equals]=template&depth=1')
    expect(status).toBe(200)
    const docs = JSON.parse(body).docs as Record<string, unknown>[]
    expect(docs).toHaveLength(2)
    for (const doc of docs) expect(doc).not.toHaveProperty('notesForAuthors')
    expect(body).not.toContain('How to write the Backend Developer job description')
  })

  describe('an unpublished draft, through every anonymous door', () => {
    const secretTitle = 'Confidential draft role 7f3a'
    let id: number
    let versionId: number

    beforeAll(async () => {
      const created = await rest('/job-descriptions?draft=true', {
        body: { kind: 'posting', title: secretTitle },
        method: 'POST',
        token: editorToken,
      })
      expect(created.status).toBe(201)
      id = JSON.parse(created.body).doc.id
      const versions = JSON.parse((await rest(`/job-descriptions/versions?where[parent][equals]=${id}`, { token: editorToken })).body)
      versionId = versions.docs[0].id
    })

    it('REST: by id, by id with draft=true, in lists with draft=true', async () => {
      for (const path of [`/job-descriptions/${id}`, `/job-descriptions/${id}?draft=true`]) {
        const { body, status } = await rest(path)
        expect([403, 404], path).toContain(status)
        expect(body).not.toContain(secretTitle)
      }
      for (const path of ['/job-descriptions?draft=true&limit=100', `/job-descriptions?where[id][equals]=${id}&draft=true`]) {
        const { body, status } = await rest(path)
        expect(status).toBe(200)
        expect(body).not.toContain(secretTitle)
      }
    })

    it('REST: the versions endpoints', async () => {
      for (const path of ['/job-descriptions/versions', `/job-descriptions/versions/${versionId}`]) {
        const { body, status } = await rest(path)
        expect(status, path).toBe(403)
        expect(body).not.toContain(secretTitle)
      }
    })

    it('GraphQL: by id, in lists, with draft: true', async () => {
      const one = await graphql('query ($id: Int!) { JobDescription(id: $id, draft: true) { title } }', { id })
      expect(one.json.data?.JobDescription ?? null).toBeNull()
      expect(one.json.errors?.length).toBeGreaterThan(0)
      const list = await graphql('{ JobDescriptions(draft: true, limit: 100) { docs { title } } }')
      expect(list.json.errors).toBeUndefined()
      for (const { text } of [one, list]) expect(text).not.toContain(secretTitle)
    })

    it('GraphQL: the versions queries', async () => {
      const versions = await graphql('{ versionsJobDescriptions { docs { id version { title } } } }')
      const version = await graphql('query ($id: Int!) { versionJobDescription(id: $id) { version { title } } }', { id: versionId })
      for (const { json, text } of [versions, version]) {
        expect(json.errors?.[0]?.message).toMatch(/not allowed/i)
        expect(text).not.toContain(secretTitle)
      }
    })

    it('a signed-in editor sees it through the same doors', async () => {
      const { body, status } = await rest(`/job-descriptions/${id}?draft=true`, { token: editorToken })
      expect(status).toBe(200)
      expect(JSON.parse(body).title).toBe(secretTitle)
      const { json } = await graphql('query ($id: Int!) { JobDescription(id: $id, draft: true) { title } }', { id }, editorToken)
      expect(json.data!.JobDescription.title).toBe(secretTitle)
    })
  })

  const review = () => reviewOverRest(server.url, { editor: editorToken, hr: hrToken })
  const latestVersionId = (id: number) => review().latestVersionId('job-descriptions', id)
  const workflow = async (id: number, action: string, token: string, extra: Record<string, unknown> = {}) =>
    rest(`/job-descriptions/${id}/workflow`, { body: { action, ...extra }, method: 'POST', token })
  /** Written by the editor, submitted, approved by HR on the revision it read, published by HR: over REST. */
  const publishedPosting = async (title: string) => {
    const created = await rest('/job-descriptions?draft=true', { body: { kind: 'posting', title }, method: 'POST', token: editorToken })
    const id = JSON.parse(created.body).doc.id as number
    await review().publish('job-descriptions', id)
    return id
  }
  const publicTitle = async (id: number) => {
    const { json } = await graphql('query ($id: Int!) { JobDescriptions(where: { id: { equals: $id } }) { docs { title } } }', { id })
    return json.data!.JobDescriptions.docs[0]?.title as string | undefined
  }

  it('serves the published text, never a newer draft, to anonymous callers', async () => {
    const id = await publishedPosting('Published role')
    await rest(`/job-descriptions/${id}?draft=true`, { body: { title: 'Unapproved rewrite 91c2' }, method: 'PATCH', token: editorToken })

    for (const path of [`/job-descriptions/${id}`, `/job-descriptions/${id}?draft=true`]) {
      const { body } = await rest(path)
      expect(JSON.parse(body).title, path).toBe('Published role')
    }
    for (const draft of [false, true]) {
      const { json, text } = await graphql('query ($id: Int!, $draft: Boolean) { JobDescription(id: $id, draft: $draft) { title } }', { draft, id })
      expect(json.data!.JobDescription.title).toBe('Published role')
      expect(text).not.toContain('Unapproved rewrite 91c2')
    }
  })

  describe('creating a posting from a template', () => {
    let templateId: number
    beforeAll(async () => {
      const { body } = await rest('/job-descriptions?where[slug][equals]=backend-developer-template&depth=0', { token: editorToken })
      templateId = JSON.parse(body).docs[0].id
    })

    it('REST: 201 with the new draft, 400 naming a missing value, 401 when signed out', async () => {
      const created = await rest(`/job-descriptions/${templateId}/instantiate`, {
        body: { slug: 'backend-developer-rest', values: { '[Your Company Name]': 'Initech' } },
        method: 'POST',
        token: editorToken,
      })
      expect(created.status).toBe(201)
      const doc = JSON.parse(created.body).doc
      expect(doc).toMatchObject({ _status: 'draft', kind: 'posting', slug: 'backend-developer-rest', template: templateId })
      expect(doc.summaryPlain).toMatch(/^Initech is seeking/)

      const missing = await rest(`/job-descriptions/${templateId}/instantiate`, { body: { values: {} }, method: 'POST', token: editorToken })
      expect(missing.status).toBe(400)
      expect(JSON.parse(missing.body).errors[0].data.errors).toEqual([
        { message: '"[Your Company Name]" has no value', path: 'values.[Your Company Name]' },
      ])
      const anonymous = await rest(`/job-descriptions/${templateId}/instantiate`, { body: { values: {} }, method: 'POST' })
      expect(anonymous.status).toBe(401)
    })

    it('GraphQL: the instantiateJobDescriptionTemplate mutation, for signed-in users only', async () => {
      const mutation = `mutation ($id: ID!, $values: JSON) {
        instantiateJobDescriptionTemplate(id: $id, values: $values, slug: "backend-developer-graphql") { slug kind _status summaryPlain }
      }`
      const variables = { id: String(templateId), values: { '[Your Company Name]': 'Globex' } }
      const { json } = await graphql(mutation, variables, editorToken)
      expect(json.errors).toBeUndefined()
      expect(json.data!.instantiateJobDescriptionTemplate).toMatchObject({ _status: 'draft', kind: 'posting', slug: 'backend-developer-graphql' })
      expect(json.data!.instantiateJobDescriptionTemplate.summaryPlain).toMatch(/^Globex is seeking/)
      const anonymous = await graphql(mutation, { ...variables, values: { '[Your Company Name]': 'Nobody' } })
      expect(anonymous.json.errors?.[0]?.message).toBe('Sign in to create a posting from a template.')
    })
  })

  it('GraphQL: lists placeholders, and refuses to publish a posting that has one, naming it', async () => {
    const { json } = await graphql(
      '{ JobDescriptions(where: { slug: { equals: "backend-developer-template" } }) { docs { placeholders { token where } } } }',
      {},
      editorToken,
    )
    expect(json.data!.JobDescriptions.docs[0].placeholders).toEqual([{ token: '[Your Company Name]', where: 'summary' }])
    const created = await graphql(
      'mutation { createJobDescription(draft: true, data: { kind: posting, slug: "placeholder-left", title: "Engineer at [Company]" }) { id } }',
      {},
      editorToken,
    )
    const id = created.json.data!.createJobDescription.id
    await workflow(id, 'submit', editorToken)
    await workflow(id, 'approve', hrToken, { versionId: await latestVersionId(id) })
    const publish = await graphql(
      'mutation ($id: Int!) { updateJobDescription(id: $id, data: { _status: published }) { _status } }',
      { id },
      hrToken,
    )
    expect(publish.json.errors?.[0]?.message).toMatch(/invalid/i)
    expect(JSON.stringify(publish.json.errors)).toContain('Unresolved placeholder \\"[Company]\\" in title')
  })

  it('GraphQL: the content check for signed-in users, not for anonymous callers', async () => {
    const query = `{ JobDescriptions(where: { slug: { equals: "back-end-developer-template" } }) { docs { contentCheck {
      requiredRequirements preferredRequirements descriptionWords readabilityGrade missingForSearch warnings wording { term } } } } }`
    const signedIn = await graphql(query, {}, editorToken)
    expect(signedIn.json.data!.JobDescriptions.docs[0].contentCheck).toMatchObject({
      descriptionWords: 215,
      missingForSearch: ['locations (jobLocation, or countries for remote work)', 'salary (baseSalary)', 'validThrough', 'applyUrl'],
      preferredRequirements: 0,
      readabilityGrade: 11.8,
      requiredRequirements: 10,
      wording: [],
    })
    // GraphQL answers the group's shape, but with nothing in it.
    const anonymous = await graphql(query)
    const check = anonymous.json.data?.JobDescriptions.docs[0].contentCheck
    expect(check === null || (check.requiredRequirements === null && check.warnings === null)).toBe(true)
  })

  it('REST: suggests existing items with the same or nearly the same text, to signed-in users', async () => {
    const { body, status } = await rest(
      `/requirements/similar?text=${encodeURIComponent('Bachelor degree in Computer Science or a related field')}`,
      { token: editorToken },
    )
    expect(status).toBe(200)
    const matches = JSON.parse(body).matches as { score: number; text: string }[]
    expect(matches[0]!.text).toBe('Bachelor’s degree in Computer Science or related field.')
    expect(matches.every((m) => m.score >= 0.6)).toBe(true)
    expect((await rest('/requirements/similar?text=Bachelor%20degree%20in%20CS')).status).toBe(401)
    expect((await rest('/requirements/similar?text=short', { token: editorToken })).status).toBe(400)
  })

  it('rejects bad input with the field and the reason, as JSON', async () => {
    const { body, status } = await rest('/job-descriptions', {
      body: { kind: 'posting', salary: { currency: 'EURO', min: 1 }, title: 'Bad currency' },
      method: 'POST',
      token: editorToken,
    })
    expect(status).toBe(400)
    const error = JSON.parse(body).errors[0]
    expect(error.data.errors).toContainEqual(expect.objectContaining({ path: 'salary.currency' }))
    expect(JSON.stringify(error)).toMatch(/ISO 4217/)
  })

  describe('an editor cannot make unapproved content public, through any door', () => {
    let id: number
    let publishedVersion: number
    const expectRefused = (response: { body: string; status: number }, message: RegExp) => {
      expect(response.status).toBe(403)
      expect(JSON.parse(response.body).errors[0].message).toMatch(message)
    }

    beforeAll(async () => {
      id = await publishedPosting('Approved text 5d1e')
      publishedVersion = await latestVersionId(id)
      await rest(`/job-descriptions/${id}?draft=true`, { body: { title: 'Unapproved text 5d1e' }, method: 'PATCH', token: editorToken })
    })

    afterAll(async () => {
      // Whatever a door did, the public still reads the approved text.
      expect(await publicTitle(id)).toBe('Approved text 5d1e')
    })

    it('REST create, update (with and without draft) and bulk update', async () => {
      expectRefused(
        await rest('/job-descriptions', { body: { _status: 'published', kind: 'posting', title: 'Unapproved text 5d1e' }, method: 'POST', token: editorToken }),
        /starts as a draft/,
      )
      for (const query of ['', '?draft=true']) {
        expectRefused(
          await rest(`/job-descriptions/${id}${query}`, { body: { _status: 'published' }, method: 'PATCH', token: editorToken }),
          /Editors cannot publish/,
        )
      }
      expectRefused(
        await rest(`/job-descriptions?where[id][equals]=${id}`, { body: { _status: 'published' }, method: 'PATCH', token: editorToken }),
        /one approved job description at a time/,
      )
      const plainEdit = await rest(`/job-descriptions/${id}`, { body: { title: 'Unapproved text 5d1e' }, method: 'PATCH', token: editorToken })
      expect(plainEdit.status).toBe(200)
      expect(JSON.parse(plainEdit.body).doc._status).toBe('draft')
    })

    it('REST unpublish, delete and version restore', async () => {
      expectRefused(await rest(`/job-descriptions/${id}`, { body: { _status: 'draft' }, method: 'PATCH', token: editorToken }), /cannot unpublish/)
      expectRefused(await rest(`/job-descriptions/${id}`, { method: 'DELETE', token: editorToken }), /cannot delete a published/)
      expectRefused(
        await rest(`/job-descriptions/versions/${publishedVersion}`, { method: 'POST', token: editorToken }),
        /Restoring a published version would publish it without review/,
      )
      const asDraft = await rest(`/job-descriptions/versions/${publishedVersion}?draft=true`, { method: 'POST', token: editorToken })
      expect(asDraft.status).toBe(200)
      const latest = JSON.parse((await rest(`/job-descriptions/${id}?draft=true`, { token: editorToken })).body)
      expect(latest).toMatchObject({ _status: 'draft', stage: 'draft', title: 'Approved text 5d1e' })
    })

    it('REST and GraphQL workflow moves', async () => {
      expectRefused(await workflow(id, 'publish', editorToken), /Editors cannot publish/)
      expectRefused(await workflow(id, 'approve', editorToken, { versionId: await latestVersionId(id) }), /Only HR can approve/)
      const { json } = await graphql('mutation ($id: ID!) { workflowJobDescription(id: $id, action: publish) { _status } }', { id: String(id) }, editorToken)
      expect(json.errors?.[0]?.message).toMatch(/Editors cannot publish/)
      const anonymous = await workflow(id, 'submit', '')
      expect(anonymous.status).toBe(401)
    })

    it('GraphQL approves a posting and the item revisions it names, and refuses one it does not name', async () => {
      const item = JSON.parse((await rest('/requirements?draft=true', { body: { category: 'other', text: 'Named with the posting over GraphQL' }, method: 'POST', token: editorToken })).body).doc
      const posting = JSON.parse(
        (await rest('/job-descriptions?draft=true', { body: { kind: 'posting', requirements: [item.id], title: 'GraphQL review' }, method: 'POST', token: editorToken })).body,
      ).doc
      expect((await workflow(posting.id, 'submit', editorToken)).status).toBe(200)
      const diff = JSON.parse((await rest(`/job-descriptions/${posting.id}/review-diff`, { token: hrToken })).body)
      expect(diff.pinned).toEqual([{ collection: 'requirements', id: String(item.id), versionId: expect.any(String) }])
      const approve = (items?: unknown) =>
        graphql(
          'mutation ($id: ID!, $versionId: String, $items: [WorkflowItemRevision!]) { workflowJobDescription(id: $id, action: approve, versionId: $versionId, items: $items) { stage } }',
          { id: String(posting.id), items, versionId: String(diff.revision.versionId) },
          hrToken,
        )
      expect((await approve()).json.errors?.[0]?.message).toMatch(/^items: the requirements "Named with the posting over GraphQL" is under review/)
      expect((await approve(diff.pinned)).json).toEqual({ data: { workflowJobDescription: { stage: 'approved' } } })
      const itemVersions = JSON.parse((await rest(`/requirements/versions?where[parent][equals]=${item.id}&sort=-updatedAt&limit=1`, { token: hrToken })).body)
      expect(itemVersions.docs[0].version.stage).toBe('approved')
    })

    it('GraphQL create, update and restore', async () => {
      const attempts = [
        graphql('mutation { createJobDescription(data: { kind: posting, slug: "unapproved-5d1e", title: "Unapproved text 5d1e", _status: published }) { id } }', {}, editorToken),
        graphql('mutation ($id: Int!) { updateJobDescription(id: $id, data: { _status: published }) { _status } }', { id }, editorToken),
        graphql('mutation ($id: Int!) { updateJobDescription(id: $id, draft: true, data: { _status: published }) { _status } }', { id }, editorToken),
        graphql('mutation ($id: Int!) { restoreVersionJobDescription(id: $id) { _status } }', { id: publishedVersion }, editorToken),
      ]
      const messages = (await Promise.all(attempts)).map(({ json }) => json.errors?.[0]?.message)
      expect(messages).toEqual([
        expect.stringMatching(/starts as a draft/),
        expect.stringMatching(/Editors cannot publish/),
        expect.stringMatching(/Editors cannot publish/),
        expect.stringMatching(/Restoring a published version/),
      ])
    })
  })

  it('HR over GraphQL: reviews, approves the revision it read, publishes, and reads the audit trail', async () => {
    const created = await rest('/job-descriptions?draft=true', { body: { kind: 'posting', title: 'Reviewed over GraphQL' }, method: 'POST', token: editorToken })
    const id = JSON.parse(created.body).doc.id as number
    await workflow(id, 'submit', editorToken)
    const versionId = String(await latestVersionId(id))
    const approve = await graphql(
      'mutation ($id: ID!, $versionId: String) { workflowJobDescription(id: $id, action: approve, versionId: $versionId, comment: "Clear and complete") { stage } }',
      { id: String(id), versionId },
      hrToken,
    )
    expect(approve.json).toEqual({ data: { workflowJobDescription: { stage: 'approved' } } })
    const publish = await graphql('mutation ($id: ID!) { workflowJobDescription(id: $id, action: publish) { _status stage } }', { id: String(id) }, hrToken)
    expect(publish.json.data!.workflowJobDescription).toEqual({ _status: 'published', stage: 'published' })
    expect(await publicTitle(id)).toBe('Reviewed over GraphQL')

    const trail = '{ Approvals(where: { documentTitle: { equals: "Reviewed over GraphQL" } }, sort: "createdAt") { docs { action from to byEmail comment version } } }'
    const hr = await graphql(trail, {}, hrToken)
    expect(hr.json.data!.Approvals.docs).toEqual([
      { action: 'submit', byEmail: 'editor@example.com', comment: null, from: 'draft', to: 'in_review', version: versionId },
      { action: 'approve', byEmail: 'hr@example.com', comment: 'Clear and complete', from: 'in_review', to: 'approved', version: versionId },
      { action: 'publish', byEmail: 'hr@example.com', comment: null, from: 'approved', to: 'published', version: versionId },
    ])
    const anonymous = await graphql(trail)
    expect(anonymous.json.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(anonymous.text).not.toContain('Clear and complete')
  })

  describe('GraphQL: every role x move x stage', () => {
    const tokenOf = (role: Role) => ({ admin: adminToken, anonymous: undefined, editor: editorToken, hr: hrToken })[role]
    let counter = 0
    const postingIn = async (stage: Stage) => {
      const title = `GraphQL matrix ${++counter}`
      const created = await rest('/job-descriptions?draft=true', { body: { kind: 'posting', title }, method: 'POST', token: editorToken })
      const id = JSON.parse(created.body).doc.id as number
      const steps: [string, string, Record<string, unknown>?][] = {
        approved: [['submit', editorToken], ['approve', hrToken, {}]],
        changes_requested: [['submit', editorToken], ['request_changes', hrToken, { comment: 'More detail.' }]],
        draft: [],
        in_review: [['submit', editorToken]],
        published: [['submit', editorToken], ['approve', hrToken, {}], ['publish', hrToken]],
      }[stage] as [string, string, Record<string, unknown>?][]
      for (const [action, token, extra] of steps) {
        const versionId = extra ? { versionId: await latestVersionId(id) } : {}
        expect((await workflow(id, action, token, { ...extra, ...versionId })).status).toBe(200)
      }
      return { id, title }
    }
    const stateOf = async (id: number) => ({
      public: await publicTitle(id),
      stage: JSON.parse((await rest(`/job-descriptions/${id}?draft=true&depth=0`, { token: hrToken })).body).stage,
      version: await latestVersionId(id),
    })

    for (const stage of startStages) {
      for (const role of roles) {
        for (const action of moves) {
          const allowed = mayMove(role, action, stage)
          it(`${role} ${allowed ? 'may' : 'may not'} ${action} in ${stage}`, async () => {
            const { id, title } = await postingIn(stage)
            const before = await stateOf(id)
            const { json } = await graphql(
              `mutation ($id: ID!, $versionId: String, $comment: String) {
                workflowJobDescription(id: $id, action: ${action}, versionId: $versionId, comment: $comment) { stage }
              }`,
              { comment: 'Noted.', id: String(id), versionId: String(before.version) },
              tokenOf(role),
            )
            if (!allowed) {
              expect(json.errors?.[0]?.message).toMatch(/\w+ \w+ \w+ \w+/)
              expect(await stateOf(id)).toEqual(before)
              return
            }
            expect(json.errors).toBeUndefined()
            expect(json.data!.workflowJobDescription.stage).toBe(stageAfter[action])
            const after = await stateOf(id)
            expect(after.public).toBe(action === 'publish' ? title : action === 'unpublish' ? undefined : before.public)
          })
        }
      }
    }
  })
})
