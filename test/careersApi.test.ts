import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { generate } from '@graphql-codegen/cli'
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql'
import type { IntrospectionQuery } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { root } from '../dev/scripts/build.ts'
import {
  CareersFaqsDocument,
  CareersJobPostingDocument,
  CareersJobPostingFacetsDocument,
  CareersJobPostingPreviewDocument,
  CareersJobPostingsDocument,
} from '../graphql/generated/careers/graphql.ts'
import type {
  CareersJobPostingFacetsQuery,
  CareersJobPostingQuery,
  CareersJobPostingsQuery,
  JobPostingFilter,
} from '../graphql/generated/careers/graphql.ts'
import { createPreviewToken } from '../src/careers/previewToken.ts'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { testSecret } from './helpers/payload'
import { reviewOverRest, signIn } from './helpers/review'
import { startServer } from './helpers/server'
import { describeIssues, validateJsonLd } from './helpers/structuredDataValidator'
import type { TestServer } from './helpers/server'

type Document = { __meta__?: { hash?: string }; toString(): string }
type Answer<T> = { data?: T; errors?: { extensions: { argument?: string; code: string }; message: string }[] }

/**
 * The public careers API (/api/careers/graphql) on a started server, as a careers site meets it: its
 * served schema is the committed one (and the committed types are what codegen makes of the served
 * introspection), each root field answers by persisted id over GET and by text over POST, Apollo's
 * automatic persisted queries round trip, and bad input is a 4xx naming the argument.
 */
describe('careers API on a started server', () => {
  let server: TestServer
  let database: TestDatabase
  let endpoint: string

  const get = async <T>(document: Document, variables: Record<string, unknown> = {}, id = `sha256:${document.__meta__!.hash}`) => {
    const response = await fetch(`${endpoint}?${new URLSearchParams({ documentId: id, variables: JSON.stringify(variables) })}`)
    return { answer: (await response.json()) as Answer<T>, response }
  }
  const post = async <T>(body: Record<string, unknown>) => {
    const response = await fetch(endpoint, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, method: 'POST' })
    return { answer: (await response.json()) as Answer<T>, response }
  }

  beforeAll(async () => {
    database = sqliteDatabase()
    server = await startServer(database.uri)
    endpoint = `${server.url}/api/careers/graphql`
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  describe('the served schema is the contract', () => {
    let introspection: IntrospectionQuery

    beforeAll(async () => {
      const { answer, response } = await post<IntrospectionQuery>({ query: getIntrospectionQuery({ descriptions: true }) })
      expect(response.status).toBe(200)
      introspection = answer.data!
    })

    it('serves introspection (public by design), and it is graphql/careers.graphql', () => {
      expect(printSchema(buildClientSchema(introspection))).toBe(readFileSync(path.join(root, 'graphql/careers.graphql'), 'utf8'))
    })

    it('describes every type and every field', () => {
      const undescribed = introspection.__schema.types
        .filter((type) => !type.name.startsWith('__') && !['Boolean', 'Float', 'ID', 'Int', 'String'].includes(type.name))
        .flatMap((type) => [
          ...(type.description ? [] : [type.name]),
          ...('fields' in type && type.fields ? type.fields.filter((field) => !field.description).map((field) => `${type.name}.${field.name}`) : []),
          ...('inputFields' in type && type.inputFields ? type.inputFields.filter((field) => !field.description).map((field) => `${type.name}.${field.name}`) : []),
        ])
      expect(undescribed).toEqual([])
    })

    it("gives the committed types when codegen runs on the served introspection", async () => {
      const served = printSchema(buildClientSchema(introspection))
      const files = (await generate(
        {
          documents: path.join(root, 'graphql/careers/*.graphql'),
          generates: {
            'out/': {
              config: { enumsAsTypes: true, onlyOperationTypes: true, scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' }, useTypeImports: true },
              preset: 'client',
              presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
            },
          },
          schema: served,
          silent: true,
          config: { documentMode: 'string' },
        },
        false,
      )) as { content: string; filename: string }[]
      const types = files.find((file) => file.filename.endsWith('graphql.ts'))!.content
      expect(types).toBe(readFileSync(path.join(root, 'graphql/generated/careers/graphql.ts'), 'utf8'))
    }, 60_000)
  })

  describe('root fields', () => {
    it('jobPostings: open postings only, paged, never templates', async () => {
      const { answer, response } = await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, { first: 1 })
      expect(response.status).toBe(200)
      const page = answer.data!.jobPostings
      expect(page).toMatchObject({ hasNextPage: true, page: 1, totalCount: 2 })
      expect(page.nodes).toHaveLength(1)
      const all = (await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, { first: 100, sort: 'TITLE' })).answer.data!.jobPostings
      expect(all.nodes.map((node) => node.slug)).toEqual(['back-end-developer-remote-eu', 'backend-developer-berlin'])
      expect(all.hasNextPage).toBe(false)
      for (const node of all.nodes) expect(node.summary.plain).not.toMatch(/\[Your Company Name\]/)
    })

    it('jobPostings: search folds case, accents and hyphens, covers the requirements, ranks title hits first', async () => {
      const search = async (words: string) =>
        (await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, { search: words })).answer.data!.jobPostings.nodes.map((node) => node.slug)
      expect(await search('backend')).toEqual(expect.arrayContaining(['back-end-developer-remote-eu', 'backend-developer-berlin']))
      expect(await search('BACK-END')).toHaveLength(2)
      expect(await search('nodejs'), '"Node.js" is in a Berlin requirement').toEqual(['backend-developer-berlin'])
      expect(await search('python')).toHaveLength(2)
      expect(await search('remote')).toEqual(['back-end-developer-remote-eu'])
      expect(await search('kubernetes-operator-xyz')).toEqual([])
    })

    it('jobPosting: every field of a page, and null for a template or an unknown slug', async () => {
      const { answer } = await get<CareersJobPostingQuery>(CareersJobPostingDocument, { siteUrl: 'https://jobs.example.org/careers/', slug: 'backend-developer-berlin' })
      const posting = answer.data!.jobPosting!
      expect(posting).toMatchObject({
        department: expect.any(String),
        locationDisplay: 'Berlin, Germany',
        locations: [{ city: 'Berlin', country: 'DE', countryName: 'Germany', displayName: 'Berlin, Germany', region: null }],
        remoteCountries: [],
        slug: 'backend-developer-berlin',
        workplaceType: 'HYBRID',
      })
      expect(posting.salary!.formatted).toMatch(/^€\d/)
      expect(posting.requirements.required.length).toBeGreaterThan(0)
      expect(posting.description.html).toContain(posting.summary.html)
      expect(posting.jsonLd).toMatchObject({ '@type': 'JobPosting', url: 'https://jobs.example.org/careers/backend-developer-berlin' })
      expect(posting.validThrough, 'the seed closes the Berlin posting').toMatch(/^\d{4}-\d\d-\d\dT/)
      const remote = (await get<CareersJobPostingQuery>(CareersJobPostingDocument, { locale: 'de', slug: 'back-end-developer-remote-eu' })).answer.data!.jobPosting!
      expect(remote).toMatchObject({ locations: [], workplaceType: 'REMOTE' })
      expect(remote.remoteCountries.map((country) => country.name)).toEqual(['Deutschland', 'Niederlande', 'Polen'])
      // Intl separates the amount from its sign with a non-breaking space.
      expect(remote.salary!.formatted.replace(/\s/g, ' ')).toBe('55.000–75.000 € pro Jahr')
      expect(remote.datePostedText).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u)

      const template = (await post<{ jobDescriptionTemplates: unknown }>({ query: '{ jobPosting(slug: "backend-developer-template") { title } }' })).answer
      expect(template.data).toEqual({ jobPosting: null })
    })

    it("jsonLd: Adobe's structured-data validator (Google's rules) finds no error in any open posting", async () => {
      const { nodes } = (await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, { first: 100 })).answer.data!.jobPostings
      expect(nodes.length).toBeGreaterThan(0)
      for (const { slug } of nodes) {
        const { jsonLd } = (await get<CareersJobPostingQuery>(CareersJobPostingDocument, { siteUrl: 'https://jobs.example.org/{slug}', slug })).answer.data!.jobPosting!
        expect(jsonLd.url).toBe(`https://jobs.example.org/${slug}`)
        const errors = (await validateJsonLd(jsonLd)).filter((issue) => issue.severity === 'ERROR')
        expect(describeIssues(errors), slug).toEqual([])
      }
    })

    it("jobPostingFacets: each menu value goes straight back as its filter, and counts what it finds", async () => {
      const facets = (await get<CareersJobPostingFacetsQuery>(CareersJobPostingFacetsDocument, {})).answer.data!.jobPostingFacets
      expect(facets.locations).toEqual([{ count: 1, label: 'Berlin, Germany', value: { city: 'Berlin', country: 'DE' } }])
      const menus: [keyof JobPostingFilter, { count: number; value: unknown }[]][] = [
        ['department', facets.departments],
        ['location', facets.locations],
        ['workplaceType', facets.workplaceTypes],
        ['employmentType', facets.employmentTypes],
      ]
      for (const [field, entries] of menus) {
        expect(entries.length, field).toBeGreaterThan(0)
        for (const entry of entries) {
          const filter: JobPostingFilter = { [field]: entry.value }
          const found = (await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, { filter })).answer
          expect(found.errors, `${field} ${JSON.stringify(entry.value)}`).toBeUndefined()
          expect(found.data!.jobPostings.totalCount, `${field} ${JSON.stringify(entry.value)}`).toBe(entry.count)
        }
      }
      const remoteFromPoland = (await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, { filter: { remoteFrom: 'PL' } })).answer
      expect(remoteFromPoland.data!.jobPostings.nodes.map((node) => node.slug)).toEqual(['back-end-developer-remote-eu'])
    })

    it('careersFaqs: paged, with a posting\'s own; an unknown posting is NOT_FOUND', async () => {
      const { answer } = await get<{ careersFaqs: { hasNextPage: boolean; nodes: unknown[]; page: number; totalCount: number } }>(CareersFaqsDocument, { first: 1, posting: 'backend-developer-berlin' })
      expect(answer.data!.careersFaqs).toMatchObject({ page: 1 })
      expect(answer.data!.careersFaqs.totalCount).toBeGreaterThan(0)
      const missing = await get(CareersFaqsDocument, { posting: 'no-such-posting' })
      expect(missing.response.status).toBe(404)
      expect(missing.answer.errors![0]!.extensions).toMatchObject({ argument: 'posting', code: 'NOT_FOUND' })
    })

    it('jobPostingPreview: the draft its token names, and FORBIDDEN for a forged token', async () => {
      const editor = await signIn(server.url, 'editor')
      const hr = await signIn(server.url, 'hr')
      const rest = (pathname: string, body: unknown, method = 'POST') =>
        fetch(`${server.url}/api${pathname}`, { body: JSON.stringify(body), headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' }, method }).then((r) => r.json())
      const { doc } = await rest('/job-descriptions?draft=true', { kind: 'posting', title: 'Preview only posting', workplaceType: 'remote', locations: [{ country: 'FR' }] })
      // Signed as the admin signs it: with Payload's secret, which is the configured one hashed.
      const token = createPreviewToken(doc.id, createHash('sha256').update(testSecret).digest('hex').slice(0, 32))
      const { answer, response } = await get<{ jobPostingPreview: { title: string } | null }>(CareersJobPostingPreviewDocument, { token })
      expect(response.headers.get('cache-control'), 'a draft is never cached or shared').toBe('private, no-store')
      expect(answer.data!.jobPostingPreview).toMatchObject({ locationDisplay: 'Remote (France)', title: 'Preview only posting' })
      expect((await get<CareersJobPostingQuery>(CareersJobPostingDocument, { slug: doc.slug })).answer.data!.jobPosting, 'a draft is not public').toBeNull()
      const forged = await get(CareersJobPostingPreviewDocument, { token: `${token.split('.')[0]}.forged` })
      expect(forged.response.status).toBe(403)
      expect(forged.answer.errors![0]!.extensions.code).toBe('FORBIDDEN')
      // Published through the review, it is public, and an expired posting is not.
      await reviewOverRest(server.url, { editor, hr }).publish('job-descriptions', doc.id)
      expect((await get<CareersJobPostingQuery>(CareersJobPostingDocument, { slug: doc.slug })).answer.data!.jobPosting!.title).toBe('Preview only posting')
    })
  })

  describe('persisted queries in the forms clients send', () => {
    it('takes documentId as sha256:<hex> and as bare hex, over GET and POST', async () => {
      const hash = CareersJobPostingsDocument.__meta__!.hash as string
      for (const id of [`sha256:${hash}`, hash]) {
        const { answer, response } = await get<CareersJobPostingsQuery>(CareersJobPostingsDocument, {}, id)
        expect(response.status, id).toBe(200)
        expect(answer.data!.jobPostings.totalCount).toBeGreaterThan(0)
        expect((await post<CareersJobPostingsQuery>({ documentId: id })).answer.data!.jobPostings.totalCount).toBeGreaterThan(0)
      }
      const unknown = await get(CareersJobPostingsDocument, {}, `sha256:${'0'.repeat(64)}`)
      expect(unknown.response.status).toBe(400)
      expect(unknown.answer.errors![0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    })

    it("runs Apollo's automatic persisted queries: PersistedQueryNotFound, then the text registers, then the hash alone", async () => {
      const query = `{ jobPostings(first: 2, sort: NEWEST) { totalCount } } # ${Date.now()}`
      const sha256Hash = createHash('sha256').update(query).digest('hex')
      const extensions = JSON.stringify({ persistedQuery: { sha256Hash, version: 1 } })
      const byHash = () => fetch(`${endpoint}?${new URLSearchParams({ extensions })}`).then(async (r) => ({ body: (await r.json()) as Answer<unknown>, status: r.status }))
      const first = await byHash()
      expect(first).toMatchObject({ body: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' }, message: 'PersistedQueryNotFound' }] }, status: 200 })
      const registered = await fetch(`${endpoint}?${new URLSearchParams({ extensions, query })}`)
      expect(registered.status).toBe(200)
      const again = await byHash()
      expect(again.status).toBe(200)
      expect(again.body.data).toEqual({ jobPostings: { totalCount: expect.any(Number) } })
      const wrong = await post({ extensions: { persistedQuery: { sha256Hash: 'f'.repeat(64), version: 1 } }, query })
      expect(wrong.response.status).toBe(400)
      expect(wrong.answer.errors![0]!.message).toMatch(/sha256Hash/)
    })
  })

  describe('bad input is a 4xx naming the argument, never a 500', () => {
    it.each([
      ['first: 0', { first: 0 }, 'first'],
      ['first: -1', { first: -1 }, 'first'],
      ['first: 101', { first: 101 }, 'first'],
      ['page: 0', { page: 0 }, 'page'],
      ['an unknown locale', { locale: 'xx' }, 'locale'],
      ['a bad country code', { filter: { location: { country: 'Germany' } } }, 'filter.location.country'],
    ])('%s', async (_, variables, argument) => {
      const { answer, response } = await get(CareersJobPostingsDocument, variables)
      expect(response.status).toBe(400)
      expect(answer.errors![0]!.extensions).toMatchObject({ argument, code: 'BAD_USER_INPUT' })
      expect(answer.errors![0]!.message).toMatch(new RegExp(`^${argument.replace('.', '\\.')}: `))
    })

    it('refuses an unknown enum value, an unknown field, a bad variables text and a non-JSON body, naming each', async () => {
      const sort = await get(CareersJobPostingsDocument, { sort: 'CHEAPEST' })
      expect(sort.response.status).toBe(400)
      expect(sort.answer.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('CHEAPEST') })
      const field = await post({ query: '{ jobPostings { nodes { salaryBand } } }' })
      expect(field.response.status).toBe(400)
      expect(field.answer.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringContaining('salaryBand') })
      const variables = await fetch(`${endpoint}?documentId=${CareersJobPostingsDocument.__meta__!.hash}&variables=%7Bnot-json`)
      expect(variables.status).toBe(400)
      expect(((await variables.json()) as Answer<unknown>).errors![0]!.message).toMatch(/^variables: /)
      const body = await fetch(endpoint, { body: '{"query":', headers: { 'content-type': 'application/json' }, method: 'POST' })
      expect(body.status).toBe(400)
      const aliases = await post({ query: `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: jobPostings { totalCount }`).join(' ')} }` })
      expect(aliases.response.status).toBe(400)
      expect(aliases.answer.errors![0]!.message).toMatch(/at most 10 root fields/)
    })
  })

  describe('caching and CORS', () => {
    it('caches public answers with an ETag, answers 304, and lets any origin read', async () => {
      const url = `${endpoint}?documentId=${CareersJobPostingsDocument.__meta__!.hash}&variables=${encodeURIComponent('{"first":3}')}`
      const first = await fetch(url, { headers: { origin: 'https://careers.example.net' } })
      expect(first.headers.get('access-control-allow-origin')).toBe('*')
      const etag = first.headers.get('etag')!
      expect(etag).toBeTruthy()
      const second = await fetch(url)
      expect(second.headers.get('x-cache')).toBe('HIT')
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304)
      const preflight = await fetch(endpoint, { headers: { 'access-control-request-method': 'POST', origin: 'https://careers.example.net' }, method: 'OPTIONS' })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    })
  })
})
