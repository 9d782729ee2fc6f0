import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { seed } from '../seed/data.ts'
import { runSeed } from '../seed/seeder.ts'
import { jobPostingJsonLd } from '../src/render/jobPostingJsonLd.ts'
import { sqliteDatabase } from './helpers/databases.ts'
import type { TestDatabase } from './helpers/databases.ts'
import { googleJobPosting } from './helpers/googleJobPosting.ts'
import { startPayload, stopPayload } from './helpers/payload.ts'
import { describeIssues, validateJsonLd } from './helpers/structuredDataValidator.ts'

type Job = Parameters<typeof jobPostingJsonLd>[0]['job']

/** A published-looking posting with every required property, varied by `job`. */
const built = (job: Partial<Job>) =>
  jobPostingJsonLd({
    descriptionHtml: '<p>Build our APIs.</p>',
    hiringOrganization: { name: 'Acme Robotics', sameAs: 'https://example.com' },
    job: {
      datePosted: '2026-01-05T09:30:00.000Z',
      directApply: false,
      employmentType: ['FULL_TIME'],
      kind: 'posting',
      locations: [{ city: 'Berlin', country: 'DE' }],
      salary: { currency: 'EUR', interval: 'YEAR', max: 85_000, min: 65_000 },
      slug: 'backend-developer',
      summary: null,
      title: 'Backend Developer',
      workplaceType: 'on_site',
      ...job,
    },
    requirements: [],
    responsibilities: [],
    url: 'https://example.com/careers/backend-developer',
  })!

const errorsOf = async (jsonLd: unknown) => (await validateJsonLd(jsonLd)).filter((issue) => issue.severity === 'ERROR')

/**
 * The JobPosting data of every seeded posting, checked by a validator this project did not write (Adobe's,
 * which encodes Google's job-posting rules), so that our reading of the rules is not the only check.
 */
describe("seeded postings' JobPosting JSON-LD under Adobe's structured-data validator", () => {
  let payload: Payload
  let database: TestDatabase
  let bySlug: Record<string, Record<string, unknown>>

  beforeAll(async () => {
    database = sqliteDatabase()
    payload = await startPayload(database.uri)
    await runSeed(payload, seed, { development: true })
    // As a careers site reads it: anonymously, so only what the public sees, computed on read.
    const { docs } = await payload.find({
      collection: 'job-descriptions',
      overrideAccess: false,
      pagination: false,
      where: { kind: { equals: 'posting' } },
    })
    bySlug = Object.fromEntries(docs.map((doc) => [doc.slug, z.record(z.string(), z.unknown()).parse(doc.jobPostingJsonLd)]))
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('finds no error in any seeded posting (warnings are printed, not failed)', async () => {
    expect(Object.keys(bySlug).sort()).toEqual(['back-end-developer-remote-eu', 'backend-developer-berlin'])
    for (const [slug, jsonLd] of Object.entries(bySlug)) {
      const issues = await validateJsonLd(jsonLd)
      const warnings = issues.filter((issue) => issue.severity === 'WARNING')
      if (warnings.length > 0) console.info(`${slug}: ${warnings.length} warning(s)\n  ${describeIssues(warnings).join('\n  ')}`)
      expect(describeIssues(issues.filter((issue) => issue.severity === 'ERROR')), slug).toEqual([])
    }
  })

  it('gives the seeded postings validThrough and directApply, which Google recommends', () => {
    const berlin = bySlug['backend-developer-berlin']!
    expect(berlin.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/)
    expect(Date.parse(String(berlin.validThrough))).toBeGreaterThan(Date.now())
    expect(berlin.directApply).toBe(true)
    expect(bySlug['back-end-developer-remote-eu']!.directApply).toBe(false)
  })

  // Without these the test could not fail: the validator must see what Google rejects.
  it('reports an error for JobPosting data that breaks the rules', async () => {
    const berlin = bySlug['backend-developer-berlin']!
    const place = z.object({ address: z.record(z.string(), z.unknown()) }).loose().parse(berlin.jobLocation)
    const withoutCountry = { ...berlin, jobLocation: { ...place, address: { ...place.address, addressCountry: undefined } } }
    expect((await errorsOf(withoutCountry)).flatMap((issue) => issue.fieldNames)).toContain('jobLocation.address.addressCountry')

    const { jobLocation: _dropped, ...withoutPlace } = berlin
    expect((await errorsOf(withoutPlace)).flatMap((issue) => issue.fieldNames)).toContain('jobLocation')

    const { applicantLocationRequirements: _countries, ...remoteFromNowhere } = bySlug['back-end-developer-remote-eu']!
    expect((await errorsOf(remoteFromNowhere)).flatMap((issue) => issue.fieldNames)).toContain('applicantLocationRequirements')

    const { datePosted: _date, ...undated } = berlin
    expect((await errorsOf(undated)).flatMap((issue) => issue.fieldNames)).toContain('datePosted')
  })
})

describe('the JobPosting shapes Google and the validator expect', () => {
  it('gives one place as an object with its country, two or more as an array', async () => {
    const one = built({})
    expect(one.jobLocation).toEqual({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'DE', addressLocality: 'Berlin' } })
    expect(describeIssues(await errorsOf(one))).toEqual([])

    const two = built({ locations: [{ city: 'Berlin', country: 'DE' }, { city: 'Porto', country: 'PT' }] })
    expect(two.jobLocation).toEqual([
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'DE', addressLocality: 'Berlin' } },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'PT', addressLocality: 'Porto' } },
    ])
    // Not put to Adobe's validator: it reads jobLocation.address.addressCountry by path, which no array has, and
    // so reports every multi-place posting; Google takes an array of places. Our own reading of the rules:
    expect(googleJobPosting.safeParse(two).error).toBeUndefined()
  })

  it('gives a remote posting TELECOMMUTE and its countries, one as an object, and no jobLocation', async () => {
    const remote = built({ locations: [{ country: 'NL' }], workplaceType: 'remote' })
    expect(remote).not.toHaveProperty('jobLocation')
    expect(remote.jobLocationType).toBe('TELECOMMUTE')
    expect(remote.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'Netherlands' })
    expect(describeIssues(await errorsOf(remote))).toEqual([])
    // Remote from nowhere is not a posting Google can place: left without countries, not given an empty list.
    const nowhere = built({ locations: [], workplaceType: 'remote' })
    expect(nowhere).not.toHaveProperty('applicantLocationRequirements')
    expect((await errorsOf(nowhere)).flatMap((issue) => issue.fieldNames)).toContain('applicantLocationRequirements')
  })

  it('gives validThrough as an ISO date-time, and directApply only when the posting says it', () => {
    expect(built({ validThrough: '2026-07-04T00:00:00.000Z' }).validThrough).toBe('2026-07-04T00:00:00.000Z')
    expect(built({ validThrough: '2026-07-04' }).validThrough).toBe('2026-07-04T00:00:00.000Z')
    expect(built({ validThrough: null })).not.toHaveProperty('validThrough')
    expect(built({ directApply: true }).directApply).toBe(true)
    expect(built({ directApply: false }).directApply).toBe(false)
    expect(built({ directApply: null })).not.toHaveProperty('directApply')
    expect(built({ directApply: undefined })).not.toHaveProperty('directApply')
  })
})
