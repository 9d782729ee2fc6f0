import { createLocalReq } from 'payload'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed/data'
import { runSeed } from '../../seed/seeder'
import type { Faq, User } from '../../dev/payload-types.ts'
import { careersApiHandler } from '../../src/careersApi/route'
import { publicCacheOf } from '../../src/publicCache/publicCache'
import { rebuildCareersReadModel } from '../../src/readModel/rebuildCareersReadModel'
import { careersApiOf } from '../../src/careersApi/settings'
import { reviewDiff } from '../../src/workflow/reviewDiff'
import type { PinnedItem } from '../../src/workflow/reviewDiff'
import { transition } from '../../src/workflow/transition'
import type { Action } from '../../src/workflow/stages'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'

type Answer = { data?: Record<string, any>; errors?: { extensions?: { code?: string }; message: string }[] }

/**
 * The careers read model follows every kind of change, on each SQL adapter: what the careers API answers
 * after a publish, an unpublish, an expiry, an edit of a shared item, a delete and a scheduled publish,
 * with the review workflow enforced (moves made as the editor and HR would make them).
 */
export const readModelSuite = (adapterName: string, makeDatabase: () => Promise<TestDatabase> | TestDatabase) =>
  describe(`Careers read model on ${adapterName}`, () => {
    let payload: Payload
    let database: TestDatabase
    const users = {} as Record<'editor' | 'hr', User>

    beforeAll(async () => {
      database = await makeDatabase()
      // The public cache off: each answer comes from the read model, not from an answer cached earlier.
      payload = await startPayload(database.uri, { publicCache: { enabled: false } })
      await runSeed(payload, seed, { development: true })
      for (const role of ['editor', 'hr'] as const) {
        users[role] = (await payload.find({ collection: 'users', where: { email: { equals: `${role}@example.com` } } })).docs[0]!
      }
    })

    afterAll(async () => {
      await stopPayload(payload)
      await database?.drop()
    })

    const api = async (query: string, variables?: Record<string, unknown>): Promise<Answer> => {
      const { POST } = careersApiHandler(async () => payload)
      const response = await POST(new Request('http://careers.test/api/careers/graphql', { body: JSON.stringify({ query, variables }), method: 'POST' }))
      return (await response.json()) as Answer
    }
    const titleOf = async (slug: string, locale = 'en') =>
      (await api('query($slug: String!, $locale: String) { jobPosting(slug: $slug, locale: $locale) { title } }', { locale, slug })).data!.jobPosting?.title ?? null
    const responsibilitiesOf = async (slug: string) =>
      ((await api('query($slug: String!) { jobPosting(slug: $slug) { responsibilities { text } } }', { slug })).data!.jobPosting?.responsibilities ?? []).map(
        (item: { text: string }) => item.text,
      ) as string[]
    const listed = async () =>
      ((await api('{ jobPostings(first: 100) { nodes { slug } } }')).data!.jobPostings.nodes as { slug: string }[]).map((node) => node.slug).sort()

    const move = (collection: CollectionSlug, id: number | string, action: Action, role: 'editor' | 'hr', versionId?: string, items?: PinnedItem[]) =>
      transition({ collection, id, input: { action, items, ...(versionId ? { versionId } : {}) }, payload, user: users[role] })
    /** The item revisions in review with a posting, as the Review panel reads them from HR's comparison. */
    const pinnedWith = async (collection: CollectionSlug, id: number | string) =>
      collection === 'job-descriptions'
        ? (await reviewDiff(await createLocalReq({ user: users.hr }, payload), careersApiOf(payload.config)!.slugs, id))!.pinned
        : undefined
    const latestVersionId = async (collection: CollectionSlug, id: number | string) =>
      String((await payload.findVersions({ collection, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })).docs[0]!.id)
    /** Submitted by the editor, approved and published by HR: the only way anything reaches the public. */
    const review = async (collection: CollectionSlug, id: number | string, { publish = true } = {}) => {
      await move(collection, id, 'submit', 'editor')
      await move(collection, id, 'approve', 'hr', await latestVersionId(collection, id), await pinnedWith(collection, id))
      if (publish) await move(collection, id, 'publish', 'hr')
    }
    let counter = 0
    const newPosting = async (extra: Record<string, unknown> = {}) => {
      const title = `Read model posting ${++counter}`
      const doc = await payload.create({
        collection: 'job-descriptions',
        data: { department: 'Platform', kind: 'posting', title, workplaceType: 'on_site', locations: [{ city: 'Hamburg', country: 'DE' }], ...extra },
        draft: true,
        overrideAccess: false,
        user: users.editor,
      })
      return doc
    }

    it('holds the seeded postings, never the templates', async () => {
      expect(await listed()).toEqual(['back-end-developer-remote-eu', 'backend-developer-berlin'])
      const { docs: templates } = await payload.find({ collection: 'job-descriptions', where: { kind: { equals: 'template' } } })
      expect(templates.length).toBeGreaterThan(0)
      for (const template of templates) expect(await titleOf(template.slug)).toBeNull()
    })

    it('follows a publish, in every locale, and not a draft saved over it', async () => {
      const doc = await newPosting()
      expect(await titleOf(doc.slug)).toBeNull()
      await review('job-descriptions', doc.id)
      expect(await titleOf(doc.slug)).toBe(doc.title)
      expect(await titleOf(doc.slug, 'de')).toBe(doc.title)
      await payload.update({ id: doc.id, collection: 'job-descriptions', data: { title: 'Draft title nobody approved' }, draft: true, overrideAccess: false, user: users.editor })
      expect(await titleOf(doc.slug), 'a draft over a published posting stays out').toBe(doc.title)
      await review('job-descriptions', doc.id)
      expect(await titleOf(doc.slug)).toBe('Draft title nobody approved')
    })

    it('follows an unpublish and a delete', async () => {
      const gone = await newPosting()
      await review('job-descriptions', gone.id)
      expect(await titleOf(gone.slug)).toBe(gone.title)
      await move('job-descriptions', gone.id, 'unpublish', 'hr')
      expect(await titleOf(gone.slug)).toBeNull()

      const deleted = await newPosting()
      await review('job-descriptions', deleted.id)
      expect(await titleOf(deleted.slug)).toBe(deleted.title)
      await payload.delete({ id: deleted.id, collection: 'job-descriptions', overrideAccess: false, user: users.hr })
      expect(await titleOf(deleted.slug)).toBeNull()
      expect((await payload.db.find({ collection: 'careers-postings', where: { posting: { equals: String(deleted.id) } } })).docs).toEqual([])
    })

    it('closes a posting at validThrough at once, and the expiry job removes it', async () => {
      const doc = await newPosting()
      await review('job-descriptions', doc.id)
      expect(await titleOf(doc.slug)).toBe(doc.title)
      // Trusted code moves the closing date into the past, standing in for time passing.
      await payload.update({ id: doc.id, collection: 'job-descriptions', data: { validThrough: new Date(Date.now() - 60_000).toISOString() } })
      expect(await titleOf(doc.slug), 'past validThrough, before any job ran').toBeNull()
      expect(await listed()).not.toContain(doc.slug)
      await payload.jobs.queue({ input: {}, task: 'expireJobPostings' })
      await payload.jobs.run()
      expect((await payload.db.find({ collection: 'careers-postings', where: { posting: { equals: String(doc.id) } } })).docs).toEqual([])
    })

    it('follows an edit of a shared item into every posting that uses it, once HR publishes the item', async () => {
      const berlin = (await payload.find({ collection: 'job-descriptions', depth: 0, where: { slug: { equals: 'backend-developer-berlin' } } })).docs[0]!
      const itemId = berlin.responsibilities![0] as number
      const users_ = (await payload.find({ collection: 'job-descriptions', depth: 0, limit: 0, where: { and: [{ responsibilities: { in: [itemId] } }, { kind: { equals: 'posting' } }] } })).docs
      const before = await responsibilitiesOf('backend-developer-berlin')
      const text = `Own the payments API end to end ${Date.now()}`
      await payload.update({ id: itemId, collection: 'responsibilities', data: { text }, draft: true, overrideAccess: false, user: users.editor })
      expect(await responsibilitiesOf('backend-developer-berlin'), 'a draft of the item stays out').toEqual(before)
      await review('responsibilities', itemId)
      for (const posting of users_) expect(await responsibilitiesOf(posting.slug)).toContain(text)
      const hits = (await api('query($q: String) { jobPostings(search: $q) { nodes { slug } } }', { q: 'payments' })).data!.jobPostings.nodes
      expect(hits.map((node: { slug: string }) => node.slug)).toContain('backend-developer-berlin')
    })

    it('shows a newly published item in a published posting that already referenced it', async () => {
      const item = await payload.create({ collection: 'responsibilities', data: { text: `Run the on-call rota ${Date.now()}` }, draft: true, overrideAccess: false, user: users.editor })
      const doc = await newPosting({ responsibilities: [item.id] })
      // Reviewed with the posting; then edited after HR approved it, so the posting goes out without it.
      await review('job-descriptions', doc.id, { publish: false })
      await payload.update({ id: item.id, collection: 'responsibilities', data: { text: `${item.text} (edited)` }, draft: true, overrideAccess: false, user: users.editor })
      await move('job-descriptions', doc.id, 'publish', 'hr')
      expect(await titleOf(doc.slug)).toBe(doc.title)
      expect(await responsibilitiesOf(doc.slug), 'an unpublished item is not shown').toEqual([])
      await review('responsibilities', item.id)
      expect(await responsibilitiesOf(doc.slug)).toEqual([`${item.text} (edited)`])
    })

    it('publishes the new and edited items a posting uses with it, as HR approved them', async () => {
      const item = await payload.create({ collection: 'responsibilities', data: { text: `Keep the runbooks current ${Date.now()}` }, draft: true, overrideAccess: false, user: users.editor })
      const doc = await newPosting({ responsibilities: [item.id] })
      await review('job-descriptions', doc.id)
      expect(await responsibilitiesOf(doc.slug)).toEqual([item.text])
    })

    it('follows a scheduled publish on the jobs runner', async () => {
      const doc = await newPosting()
      await review('job-descriptions', doc.id, { publish: false })
      await payload.jobs.queue({
        input: { doc: { relationTo: 'job-descriptions', value: doc.id }, type: 'publish', user: { relationTo: 'users', value: users.hr.id } },
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
      })
      expect(await titleOf(doc.slug)).toBeNull()
      await payload.jobs.run()
      expect(await titleOf(doc.slug)).toBe(doc.title)
    })

    it("lists a posting's own FAQs and the general ones, and follows an FAQ's publish", async () => {
      const general = await payload.create({ collection: 'faqs', data: { answer: richText('We answer within a week.'), question: 'How long until I hear back?' }, draft: true, overrideAccess: false, user: users.editor })
      const own = await payload.create({ collection: 'faqs', data: { answer: richText('Yes, twice a year.'), question: 'Do Hamburg staff travel?' }, draft: true, overrideAccess: false, user: users.editor })
      await review('faqs', general.id)
      await review('faqs', own.id)
      const doc = await newPosting({ faqs: [own.id] })
      await review('job-descriptions', doc.id)
      const faqs = async (posting?: string) =>
        (await api('query($p: String) { careersFaqs(posting: $p, first: 100) { totalCount nodes { question answer { plain } } } }', { p: posting })).data!.careersFaqs
      const generalOnly = await faqs()
      expect(generalOnly.nodes.map((faq: { question: string }) => faq.question)).toContain('How long until I hear back?')
      expect(generalOnly.nodes.map((faq: { question: string }) => faq.question), "a posting's own FAQ is not general").not.toContain('Do Hamburg staff travel?')
      const withOwn = await faqs(doc.slug)
      expect(withOwn.nodes.at(-1)).toEqual({ answer: { plain: 'Yes, twice a year.' }, question: 'Do Hamburg staff travel?' })
      expect(withOwn.totalCount).toBe(generalOnly.totalCount + 1)

      await payload.update({ id: own.id, collection: 'faqs', data: { answer: richText('Yes, once a quarter.') }, draft: true, overrideAccess: false, user: users.editor })
      await review('faqs', own.id)
      expect((await faqs(doc.slug)).nodes.at(-1).answer.plain).toBe('Yes, once a quarter.')
    })

    it('answers the same rendered fields whatever a query selects', async () => {
      const full = (await api('{ jobPosting(slug: "backend-developer-berlin") { summary { html } description { html } jsonLd faqs { answer { html } } } }')).data!.jobPosting
      const alone = (await api('{ jobPosting(slug: "backend-developer-berlin") { jsonLd } }')).data!.jobPosting
      const summary = (await api('{ jobPosting(slug: "backend-developer-berlin") { summary { html } } }')).data!.jobPosting
      expect(alone.jsonLd).toEqual(full.jsonLd)
      expect(summary.summary.html).toBe(full.summary.html)
      expect(full.summary.html).toMatch(/^<p>/)
      expect(full.description.html).toContain(full.summary.html)
      expect(full.jsonLd).toMatchObject({ '@type': 'JobPosting', title: expect.any(String) })
    })

    it('is made again, the same, by careers:rebuild', async () => {
      const query = '{ jobPostings(first: 100, sort: TITLE) { totalCount nodes { id slug title description { html } jsonLd } } careersFaqs(first: 100) { totalCount nodes { id question } } }'
      const before = await api(query)
      await payload.db.deleteMany({ collection: 'careers-postings', where: {} })
      await publicCacheOf(payload.config)!.store().bump()
      expect((await api(query)).data!.jobPostings.totalCount).toBe(0)
      const built = await rebuildCareersReadModel(payload)
      expect(built.postings).toBeGreaterThanOrEqual(before.data!.jobPostings.totalCount)
      expect(await api(query)).toEqual(before)
    })
  })

/** A one-paragraph Lexical value. */
const richText = (text: string): Faq['answer'] => ({
  root: {
    children: [{ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})
