import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import { defaultSlugs } from '../src/plugin'
import type { JobDescription, Requirement, User } from '../dev/payload-types.ts'
import { instantiateTemplate } from '../src/templates/instantiate'
import { findPlaceholders } from '../src/templates/placeholders'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

const yearsKeys = {
  asDeveloper: 'x years (requirement "x years of experience as a Back-end developer")',
  cms: 'x years (requirement "x years of experience with CMS framework")',
  languages: 'x years (requirement "x years of experience with programming languages like Java, Ruby, PHP and Python")',
}

describe('placeholders', () => {
  it('finds bracketed, {{named}} and "x years" placeholders in order', () => {
    expect(findPlaceholders('Join [Company] as {{ role }} with x years or X+ years of [Skill]', 'summary')).toEqual([
      { key: '[Company]', kind: 'bracket', token: '[Company]', where: 'summary' },
      { key: '{{role}}', kind: 'mustache', token: '{{ role }}', where: 'summary' },
      { key: 'x years (summary)', kind: 'years', token: 'x years', where: 'summary' },
      { key: 'X+ years (summary)', kind: 'years', token: 'X+ years', where: 'summary' },
      { key: '[Skill]', kind: 'bracket', token: '[Skill]', where: 'summary' },
    ])
    expect(findPlaceholders('Six years of Go; next year; a box of 2x3 years', 'x')).toEqual([])
  })
})

describe('templates and postings (Local API)', () => {
  let payload: Payload
  let database: TestDatabase
  let user: User & { collection: 'users' }
  /** Each HTTP or GraphQL call has its own request; so does each instantiation here. */
  const instantiate = async (id: number, input: Parameters<typeof instantiateTemplate>[3]) =>
    instantiateTemplate(await createLocalReq({ user: user as never }, payload), defaultSlugs, id, input)

  const templateBySlug = async (slug: string) =>
    (await payload.find({ collection: 'job-descriptions', where: { slug: { equals: slug } } })).docs[0]!

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: false })
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'author@example.com', password: 'author-password', roles: ['editor'] },
    })
    user = { ...(editor as User), collection: 'users' }
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('lists the placeholders of both seeded templates on the documents', async () => {
    const strip = (doc: JobDescription) => doc.placeholders?.map(({ kind, token, where }) => ({ kind, token, where }))
    expect(strip(await templateBySlug('backend-developer-template'))).toEqual([
      { kind: 'bracket', token: '[Your Company Name]', where: 'summary' },
    ])
    expect(strip(await templateBySlug('back-end-developer-template'))).toEqual([
      { kind: 'years', token: 'x years', where: 'requirement "x years of experience as a Back-end developer"' },
      { kind: 'years', token: 'x years', where: 'requirement "x years of experience with programming languages like Java, Ruby, PHP and Python"' },
      { kind: 'years', token: 'x years', where: 'requirement "x years of experience with CMS framework"' },
    ])
    expect((await templateBySlug('back-end-developer-template')).placeholders!.map((p) => p.key)).toEqual([
      yearsKeys.asDeveloper,
      yearsKeys.languages,
      yearsKeys.cms,
    ])
  })

  it('instantiates a template: every placeholder filled, changed items copied, the rest shared', async () => {
    const template = await templateBySlug('back-end-developer-template')
    const posting = await instantiate(template.id, {
      title: 'Back-end Developer (Lisbon)',
      values: { [yearsKeys.asDeveloper]: 4, [yearsKeys.languages]: '3', [yearsKeys.cms]: 1 },
    })
    expect(posting).toMatchObject({ _status: 'draft', kind: 'posting', slug: 'back-end-developer-lisbon', template: template.id })
    expect(posting.placeholders).toEqual([])

    const read = await payload.findByID({ id: posting.id, collection: 'job-descriptions', depth: 1, draft: true })
    const requirements = read.requirements as Requirement[]
    expect(requirements.map((r) => [r.text, r.minimumYears ?? null])).toEqual([
      ['BSc. degree in Computer Science or similar relevant field', null],
      ['4 years of experience as a Back-end developer', 4],
      ['In-depth understanding of web development', null],
      ['3 years of experience with programming languages like Java, Ruby, PHP and Python', 3],
      ['1 year of experience with CMS framework', 1],
      ['Familiarity with front-end languages such as HTML, JavaScript and CSS', null],
      ['Critical thinker and problem-solving skills', null],
      ['Team player', null],
      ['Good organizational and time-management skills', null],
      ['Great interpersonal and communication skills', null],
    ])
    const templateRequirements = (template.requirements as Requirement[]).map((r) => r.id)
    const postingRequirements = requirements.map((r) => r.id)
    expect(postingRequirements.filter((id) => templateRequirements.includes(id))).toHaveLength(7) // shared
    expect(read.responsibilities).toEqual(
      (await payload.findByID({ id: template.id, collection: 'job-descriptions', depth: 1 })).responsibilities,
    )

    const published = await payload.update({ id: posting.id, collection: 'job-descriptions', data: { _status: 'published' } })
    expect(published._status).toBe('published')
  })

  it('fills rich text and keeps author FAQs out of postings', async () => {
    const template = await templateBySlug('backend-developer-template')
    const posting = await instantiate(template.id, { values: { '[Your Company Name]': 'Acme Robotics' } })
    const read = await payload.findByID({ id: posting.id, collection: 'job-descriptions', depth: 1, draft: true })
    expect(read.summaryPlain).toMatch(/^Acme Robotics is seeking an experienced Backend Developer/)
    expect((read.faqs as { audience: string }[]).map((f) => f.audience)).toEqual(['candidates', 'candidates', 'candidates'])
    expect(read.slug).toBe('backend-developer')
  })

  it('finds and fills placeholders in locations too, one value for every place a bracketed one appears', async () => {
    const template = await payload.create({
      collection: 'job-descriptions',
      data: {
        _status: 'published',
        department: '[Team]',
        kind: 'template',
        locations: [{ city: '[City]', country: 'DE' }],
        slug: 'city-template',
        title: '[Team] engineer in [City]',
      },
    })
    expect(template.placeholders!.map((p) => [p.key, p.where])).toEqual([
      ['[Team]', 'title'],
      ['[City]', 'title'],
      ['[Team]', 'department'],
      ['[City]', 'locations.0.city'],
    ])
    const posting = await instantiate(template.id, { values: { '[City]': 'Hamburg', '[Team]': 'Platform' } })
    expect(posting).toMatchObject({ department: 'Platform', placeholders: [], title: 'Platform engineer in Hamburg' })
    expect(posting.locations![0]).toMatchObject({ city: 'Hamburg', country: 'DE' })
  })

  it('refuses values that are missing, not numbers, or for no placeholder, and creates nothing', async () => {
    const template = await templateBySlug('back-end-developer-template')
    const before = (await payload.count({ collection: 'job-descriptions' })).totalDocs
    const errorOf = (values: Record<string, number | string>) =>
      instantiate(template.id, { slug: 'never-made', values }).then(
        () => null,
        (error: { data?: { errors: { message: string; path: string }[] } }) => error.data?.errors ?? [],
      )
    expect(await errorOf({ [yearsKeys.asDeveloper]: 4, [yearsKeys.languages]: 3 })).toEqual([
      { message: `"${yearsKeys.cms}" has no value`, path: `values.${yearsKeys.cms}` },
    ])
    const notNumber = await errorOf({ [yearsKeys.asDeveloper]: 'several', [yearsKeys.languages]: 3, [yearsKeys.cms]: 1 })
    expect(notNumber).toEqual([expect.objectContaining({ path: `values.${yearsKeys.asDeveloper}` })])
    const unknown = await errorOf({ [yearsKeys.asDeveloper]: 4, [yearsKeys.languages]: 3, [yearsKeys.cms]: 1, '[Team]': 'x' })
    expect(unknown).toEqual([{ message: 'No placeholder is called "[Team]"', path: 'values' }])
    expect((await payload.count({ collection: 'job-descriptions' })).totalDocs).toBe(before)
  })

  it('refuses to instantiate a posting', async () => {
    const posting = (await payload.find({ collection: 'job-descriptions', where: { kind: { equals: 'posting' } } })).docs[0]!
    await expect(instantiate(posting.id, {})).rejects.toThrow(/is a posting, not a template/)
  })

  it('refuses to publish a posting with a placeholder left, naming each one and where it is', async () => {
    const item = await payload.create({
      collection: 'requirements',
      data: { _status: 'published', category: 'experience', level: 'required', text: 'x years of Go' },
    })
    const draft = await payload.create({
      collection: 'job-descriptions',
      data: {
        kind: 'posting',
        requirements: [item.id],
        slug: 'go-developer',
        summary: (await templateBySlug('backend-developer-template')).summary,
        title: 'Go Developer',
      },
      draft: true,
    })
    const error = await payload
      .update({ id: draft.id, collection: 'job-descriptions', data: { _status: 'published' } })
      .then(() => null, (e: { data?: { errors: { message: string; path: string }[] } }) => e.data?.errors)
    expect(error).toEqual([
      { message: 'Unresolved placeholder "[Your Company Name]" in summary: fill it in before publishing.', path: 'summary' },
      { message: 'Unresolved placeholder "x years" in requirement "x years of Go": fill it in before publishing.', path: 'requirements' },
    ])
    const after = await payload.findByID({ id: draft.id, collection: 'job-descriptions', draft: true })
    expect(after._status).toBe('draft')
    expect((await payload.count({ collection: 'job-descriptions', where: { slug: { equals: 'go-developer' }, _status: { equals: 'published' } } })).totalDocs).toBe(0)
  })
})

describe('content check (Local API)', () => {
  let payload: Payload
  let database: TestDatabase

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: false })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const bySlug = async (slug: string, options: { overrideAccess?: boolean } = {}) =>
    (await payload.find({ collection: 'job-descriptions', where: { slug: { equals: slug } }, ...options })).docs[0]!

  it('reports the expected figures on the seeded templates', async () => {
    const missing = ['locations (jobLocation, or countries for remote work)', 'salary (baseSalary)', 'validThrough', 'applyUrl']
    expect((await bySlug('backend-developer-template')).contentCheck).toMatchObject({
      descriptionWords: 228,
      missingForSearch: missing,
      preferredRequirements: 0,
      readabilityGrade: 14.1,
      requiredRequirements: 5,
      wording: [],
    })
    const backEnd = (await bySlug('back-end-developer-template')).contentCheck!
    expect(backEnd).toMatchObject({
      descriptionWords: 215,
      missingForSearch: missing,
      preferredRequirements: 0,
      readabilityGrade: 11.8,
      requiredRequirements: 10,
    })
    expect(backEnd.warnings![0]).toBe('10 required qualifications: more than 8 discourages applicants; mark some as preferred.')
  })

  it('flags gender-coded and exclusionary wording from the word list, as warnings that do not block', async () => {
    const doc = await payload.create({
      collection: 'job-descriptions',
      data: {
        _status: 'published',
        kind: 'posting',
        slug: 'rockstar',
        summary: (await bySlug('backend-developer-template')).overview,
        title: 'Young, competitive rockstar developer wanted',
      },
    })
    expect(doc._status).toBe('published')
    expect(doc.contentCheck!.wording!.map(({ category, term }) => ({ category, term }))).toEqual([
      { category: 'masculine-coded', term: 'competitive' },
      { category: 'masculine-coded', term: 'rockstar' },
      { category: 'exclusionary', term: 'young' },
    ])
    expect(doc.contentCheck!.warnings).toContainEqual(expect.stringMatching(/^"young" is exclusionary/))
  })

  it('is for signed-in users only', async () => {
    expect(await bySlug('backend-developer-template', { overrideAccess: false })).not.toHaveProperty('contentCheck')
  })
})

describe('similarity of item texts', () => {
  it('is 1 for the same words, high for near-copies, low for different sentences', async () => {
    const { similarity } = await import('../src/templates/similarity')
    expect(similarity('Write clean, efficient, and reusable code.', 'write clean efficient and reusable code')).toBe(1)
    expect(similarity('Troubleshoot and debug applications', 'Troubleshoot and debug applications to ensure high-quality performance.')).toBeGreaterThanOrEqual(0.6)
    expect(similarity('Team player', 'Develop and manage APIs for application functionality.')).toBe(0)
  })
})
