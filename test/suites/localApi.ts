import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CareersFilterOptionsDocument } from '../../graphql/generated/graphql'
import type { CareersFilterOptionsQuery } from '../../graphql/generated/graphql'
import { seed } from '../../seed/data'
import { seedData } from '../../seed/schema'
import { runSeed } from '../../seed/seeder'
import type { JobDescription, User } from '../../dev/payload-types.ts'
import { answerAnonymousQuery } from '../../src/publicCache/anonymousQuery'
import { pinnedItems } from '../helpers/pinned'
import { transition } from '../../src/workflow/transition'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'
import { visibleText } from '../helpers/seedText'
import { sourceSentences, squash } from '../helpers/sourceSentences'

const maxVersionsPerDoc = 5
const templates = { where: { kind: { equals: 'template' } } satisfies Where }

/**
 * The Local API behaviour of the app, run on each database adapter: content, drafts, versions, access and
 * the seed. Every case starts from the seeded database and cleans up what it adds.
 */
export const localApiSuite = (adapterName: string, makeDatabase: () => Promise<TestDatabase> | TestDatabase) =>
  describe(`Local API on ${adapterName}`, () => {
    let payload: Payload
    let database: TestDatabase
    let editor: User
    let hr: User

    beforeAll(async () => {
      database = await makeDatabase()
      payload = await startPayload(database.uri, { maxVersionsPerDoc })
      await runSeed(payload, seed, { development: true })
      const users = await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.com' } } })
      editor = users.docs[0]!
      hr = (await payload.find({ collection: 'users', where: { email: { equals: 'hr@example.com' } } })).docs[0]!
    })

    afterAll(async () => {
      await stopPayload(payload)
      await database?.drop()
    })

    /** As a careers site would read: no user, access enforced. */
    const anonymous = { overrideAccess: false } as const
    const asEditor = () => ({ overrideAccess: false, user: editor }) as const

    /** Through review, as it must go: the editor submits, HR approves the revision it read and publishes it. */
    const publishReviewed = async (id: number) => {
      const collection = 'job-descriptions'
      await transition({ collection, id, input: { action: 'submit' }, payload, user: editor })
      const { docs } = await payload.findVersions({ collection, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })
      await transition({ collection, id, input: { action: 'approve', items: await pinnedItems(payload, id, hr), versionId: String(docs[0]!.id) }, payload, user: hr })
      return (await transition({ collection, id, input: { action: 'publish' }, payload, user: hr })) as JobDescription
    }

    const draftPosting = (title: string, extra: Partial<JobDescription> = {}) =>
      payload.create({
        collection: 'job-descriptions',
        data: { kind: 'posting', title, ...extra },
        draft: true,
        ...asEditor(),
      })

    describe('seed', () => {
      it('lands every sentence of both seed documents in a field of the published templates', async () => {
        const { docs } = await payload.find({ collection: 'job-descriptions', depth: 1, ...templates })
        const corpus = squash(visibleText(docs).join('\n'))
        const missing = sourceSentences().filter(({ sentence }) => !corpus.includes(squash(sentence)))
        expect(missing).toEqual([])
        expect(docs.map((doc) => [doc.title, doc._status]).sort()).toEqual([
          ['Back-end Developer', 'published'],
          ['Backend Developer', 'published'],
        ])
      })

      it('stores the items in order, as separate documents with their categories', async () => {
        const template = (
          await payload.find({ collection: 'job-descriptions', depth: 1, where: { slug: { equals: 'backend-developer-template' } } })
        ).docs[0]!
        const responsibilities = template.responsibilities as { text: string }[]
        expect(responsibilities).toHaveLength(9)
        expect(responsibilities[0]!.text).toBe('Develop and maintain server-side architecture, ensuring scalability and efficiency.')
        expect(responsibilities.at(-1)!.text).toBe('Conduct testing, debugging, and documentation of backend processes.')
        const requirements = template.requirements as { category: string; text: string }[]
        expect(requirements.map((r) => r.category)).toEqual([
          'education',
          'experience',
          'technical_skill',
          'technical_skill',
          'technical_skill',
        ])
        expect(template.department).toBe('IT / Engineering')
        expect(template.reportsTo).toBe('Lead Developer / CTO')
      })

      it('is idempotent: a second run creates nothing and keeps edits made since', async () => {
        const count = async () =>
          Promise.all(
            (['job-descriptions', 'responsibilities', 'requirements', 'faqs', 'users'] as const).map(
              async (collection) => (await payload.count({ collection })).totalDocs,
            ),
          )
        const before = await count()
        const template = (await payload.find({ collection: 'job-descriptions', where: { slug: { equals: 'back-end-developer-template' } } })).docs[0]!
        await payload.update({ id: template.id, collection: 'job-descriptions', data: { reportsTo: 'Head of Platform' } })

        const report = await runSeed(payload, seed, { development: true })

        expect(await count()).toEqual(before)
        expect(report.jobDescriptions.created).toEqual([])
        expect(report.users.created).toEqual([])
        const after = await payload.findByID({ id: template.id, collection: 'job-descriptions' })
        expect(after.reportsTo).toBe('Head of Platform')
        await payload.update({ id: template.id, collection: 'job-descriptions', data: { reportsTo: null } })
      })

      it('stores an item two templates share once and references it from both', async () => {
        const shared = { category: 'primary' as const, tags: [], text: 'Review pull requests from the whole team.' }
        const base = seed.templates[0]!
        const data = seedData.parse({
          demoUsers: [],
          templates: [
            { ...base, responsibilities: [shared], slug: 'shared-a' },
            { ...base, responsibilities: [shared, base.responsibilities[0]!], slug: 'shared-b' },
          ],
        })
        await runSeed(payload, data, { development: false })
        const items = await payload.find({ collection: 'responsibilities', where: { text: { equals: shared.text } } })
        expect(items.totalDocs).toBe(1)
        const { docs } = await payload.find({ collection: 'job-descriptions', depth: 0, where: { slug: { in: ['shared-a', 'shared-b'] } } })
        expect(docs).toHaveLength(2)
        for (const doc of docs) expect(doc.responsibilities).toContain(items.docs[0]!.id)
        await payload.delete({ collection: 'job-descriptions', where: { slug: { in: ['shared-a', 'shared-b'] } } })
        await payload.delete({ collection: 'responsibilities', where: { text: { equals: shared.text } } })
      })

      it('rejects seed data with two different items under one text, naming where', () => {
        const base = seed.templates[0]!
        const item = base.responsibilities[0]!
        const result = seedData.safeParse({
          demoUsers: [],
          templates: [base, { ...base, responsibilities: [{ ...item, category: 'additional' }], slug: 'other' }],
        })
        expect(result.success).toBe(false)
        expect(result.error!.issues[0]!.path).toEqual(['templates', 1, 'responsibilities', 0])
        expect(result.error!.issues[0]!.message).toContain(item.text)
      })
    })

    describe('drafts, publishing and versions', () => {
      it('keeps a draft away from anonymous readers and publishes it when asked', async () => {
        const draft = await draftPosting('Site Reliability Engineer')
        expect(draft._status).toBe('draft')
        expect(draft.slug).toBe('site-reliability-engineer')
        expect(draft.datePosted ?? null).toBeNull()

        const titles = async (options: object) =>
          (await payload.find({ collection: 'job-descriptions', ...options })).docs.map((doc) => doc.title)
        expect(await titles(anonymous)).not.toContain('Site Reliability Engineer')
        expect(await titles({ ...anonymous, draft: true })).not.toContain('Site Reliability Engineer')
        expect(await titles({ ...asEditor(), draft: true })).toContain('Site Reliability Engineer')
        await expect(payload.findByID({ id: draft.id, collection: 'job-descriptions', ...anonymous })).rejects.toThrow()
        await expect(
          payload.findByID({ id: draft.id, collection: 'job-descriptions', draft: true, ...anonymous }),
        ).rejects.toThrow()
        expect((await payload.count({ collection: 'job-descriptions', ...anonymous, where: { id: { equals: draft.id } } })).totalDocs).toBe(0)

        await expect(
          payload.update({ id: draft.id, collection: 'job-descriptions', data: { _status: 'published' }, ...asEditor() }),
        ).rejects.toThrow(/Editors cannot publish/)
        const published = await publishReviewed(draft.id)
        expect(published._status).toBe('published')
        expect(published.datePosted).toBeTruthy()
        expect(await titles(anonymous)).toContain('Site Reliability Engineer')
        await payload.delete({ id: draft.id, collection: 'job-descriptions' })
      })

      it('serves the published revision to anonymous readers while a newer draft exists', async () => {
        const doc = await draftPosting('Data Engineer')
        await publishReviewed(doc.id)
        const firstPosted = (await payload.findByID({ id: doc.id, collection: 'job-descriptions' })).datePosted
        await payload.update({
          id: doc.id,
          collection: 'job-descriptions',
          data: { title: 'Senior Data Engineer (draft)' },
          draft: true,
          ...asEditor(),
        })

        for (const draft of [false, true]) {
          const seen = await payload.findByID({ id: doc.id, collection: 'job-descriptions', draft, ...anonymous })
          expect(seen.title).toBe('Data Engineer')
          const listed = await payload.find({ collection: 'job-descriptions', draft, ...anonymous, where: { id: { equals: doc.id } } })
          expect(listed.docs.map((d) => d.title)).toEqual(['Data Engineer'])
        }
        const editorView = await payload.findByID({ id: doc.id, collection: 'job-descriptions', draft: true, ...asEditor() })
        expect(editorView.title).toBe('Senior Data Engineer (draft)')

        // Republishing keeps the first publication date.
        const republished = await publishReviewed(doc.id)
        expect(republished.title).toBe('Senior Data Engineer (draft)')
        expect(republished.datePosted).toBe(firstPosted)
        await payload.delete({ id: doc.id, collection: 'job-descriptions' })
      })

      it('keeps a bounded version history that signed-in users can restore from, and anonymous users cannot read', async () => {
        const doc = await draftPosting('Platform Engineer v1')
        for (let n = 2; n <= maxVersionsPerDoc + 3; n++) {
          await payload.update({
            id: doc.id,
            collection: 'job-descriptions',
            data: { title: `Platform Engineer v${n}` },
            draft: true,
            ...asEditor(),
          })
        }
        const versions = await payload.findVersions({
          collection: 'job-descriptions',
          sort: '-updatedAt',
          where: { parent: { equals: doc.id } },
          ...asEditor(),
        })
        expect(versions.totalDocs).toBe(maxVersionsPerDoc)
        expect(versions.docs[0]!.version.title).toBe(`Platform Engineer v${maxVersionsPerDoc + 3}`)

        const older = versions.docs.at(-1)!
        const restored = await payload.restoreVersion({ id: String(older.id), collection: 'job-descriptions', ...asEditor() })
        expect(restored.title).toBe(older.version.title)
        const current = await payload.findByID({ id: doc.id, collection: 'job-descriptions', draft: true, ...asEditor() })
        expect(current.title).toBe(older.version.title)

        await expect(
          payload.findVersions({ collection: 'job-descriptions', where: { parent: { equals: doc.id } }, ...anonymous }),
        ).rejects.toThrow(/not allowed/i)
        await expect(payload.findVersionByID({ id: String(older.id), collection: 'job-descriptions', ...anonymous })).rejects.toThrow(
          /not allowed/i,
        )
        for (const collection of ['responsibilities', 'requirements', 'faqs'] as const) {
          await expect(payload.findVersions({ collection, ...anonymous })).rejects.toThrow(/not allowed/i)
        }
        await payload.delete({ id: doc.id, collection: 'job-descriptions' })
      })

      it('keeps the order of responsibilities, requirements and FAQs as the author arranges them', async () => {
        const make = (text: string) =>
          payload.create({
            collection: 'responsibilities',
            data: { _status: 'published', category: 'primary', text },
          }) // published by trusted code: the items are only the setting here
        const [a, b, c] = [await make('Order A'), await make('Order B'), await make('Order C')]
        const doc = await draftPosting('Ordered', { responsibilities: [c.id, a.id, b.id] })
        const read = async () =>
          ((await payload.findByID({ id: doc.id, collection: 'job-descriptions', depth: 1, draft: true, ...asEditor() }))
            .responsibilities as { text: string }[]).map((item) => item.text)
        expect(await read()).toEqual(['Order C', 'Order A', 'Order B'])
        await payload.update({ id: doc.id, collection: 'job-descriptions', data: { responsibilities: [b.id, c.id, a.id] }, draft: true, ...asEditor() })
        expect(await read()).toEqual(['Order B', 'Order C', 'Order A'])
        await payload.delete({ id: doc.id, collection: 'job-descriptions' })
        await payload.delete({ collection: 'responsibilities', where: { text: { like: 'Order ' } } })
      })
    })

    describe('what anonymous readers see', () => {
      it('never shows an unpublished item inside a published job description', async () => {
        const secret = await payload.create({
          collection: 'requirements',
          data: { category: 'other', text: 'Unpublished requirement text' },
          draft: true,
          ...asEditor(),
        })
        const doc = await draftPosting('Published with a draft item', { requirements: [secret.id] })
        // Reviewed with the posting, then edited after HR approved it: the posting goes out without it.
        await transition({ collection: 'job-descriptions', id: doc.id, input: { action: 'submit' }, payload, user: editor })
        const { docs } = await payload.findVersions({ collection: 'job-descriptions', limit: 1, sort: '-updatedAt', where: { parent: { equals: doc.id } } })
        await transition({ collection: 'job-descriptions', id: doc.id, input: { action: 'approve', items: await pinnedItems(payload, doc.id, hr), versionId: String(docs[0]!.id) }, payload, user: hr })
        await payload.update({ id: secret.id, collection: 'requirements', data: { text: 'Unpublished requirement text, edited' }, draft: true, ...asEditor() })
        await transition({ collection: 'job-descriptions', id: doc.id, input: { action: 'publish' }, payload, user: hr })
        expect((await payload.findByID({ id: doc.id, collection: 'job-descriptions', depth: 0 }))._status).toBe('published')
        const seen = await payload.findByID({ id: doc.id, collection: 'job-descriptions', depth: 2, ...anonymous })
        expect(JSON.stringify(seen)).not.toContain('Unpublished requirement text')
        await payload.delete({ id: doc.id, collection: 'job-descriptions' })
        await payload.delete({ id: secret.id, collection: 'requirements' })
      })

      it('hides notes for authors and author FAQs', async () => {
        const { docs } = await payload.find({ collection: 'job-descriptions', depth: 1, ...anonymous, ...templates })
        expect(docs).toHaveLength(2)
        for (const doc of docs) {
          expect(doc.notesForAuthors).toBeUndefined()
          for (const faq of doc.faqs as ({ audience: string } | number)[]) {
            if (typeof faq === 'object') expect(faq.audience).toBe('candidates')
          }
        }
        const authorFaqs = await payload.find({ collection: 'faqs', ...anonymous, where: { audience: { equals: 'authors' } } })
        expect(authorFaqs.totalDocs).toBe(0)
        const signedIn = await payload.find({ collection: 'faqs', ...asEditor(), where: { audience: { equals: 'authors' } } })
        expect(signedIn.totalDocs).toBe(1)
      })

      it("lists in the filter menus the places of open postings only, following their edits", async () => {
        const places = async () => {
          const answer = await answerAnonymousQuery(payload, { query: CareersFilterOptionsDocument.toString() }, new Headers())
          return (JSON.parse(answer!) as { data: CareersFilterOptionsQuery }).data.CareersFilterOptions.locations
        }
        const seeded = ['Berlin, DE', 'DE', 'NL', 'PL']
        expect((await places()).map((place) => place.label)).toEqual(seeded)

        const lyon = await draftPosting('Filter menu posting', { locations: [{ city: 'Lyon', country: 'FR' }] })
        const oslo = await draftPosting('Filter menu draft', { locations: [{ city: 'Oslo', country: 'NO' }] })
        const nowhere = await draftPosting('Filter menu posting without a place', { locations: [] })
        await publishReviewed(lyon.id)
        await publishReviewed(nowhere.id)
        expect(await places()).toContainEqual({ city: 'Lyon', country: 'FR', label: 'Lyon, FR' })
        expect((await places()).map((place) => place.label)).not.toContain('Oslo, NO')

        await payload.update({ id: lyon.id, collection: 'job-descriptions', data: { locations: [{ city: 'Paris', country: 'FR' }] }, draft: true, ...asEditor() })
        await publishReviewed(lyon.id)
        expect((await places()).map((place) => place.label)).toEqual(['Berlin, DE', 'DE', 'NL', 'Paris, FR', 'PL'])

        // A place stored without its label (saved before places had one; the adapter skips the hooks that
        // make it, and the row's id) is still listed, read from the postings.
        await payload.db.updateOne({ id: lyon.id, collection: 'job-descriptions', data: { locations: [{ city: 'Nice', country: 'FR', id: '6e1ce0000000000000000001' }] } })
        expect(await places()).toContainEqual({ city: 'Nice', country: 'FR', label: 'Nice, FR' })

        await payload.delete({ id: lyon.id, collection: 'job-descriptions' })
        await payload.delete({ id: oslo.id, collection: 'job-descriptions' })
        await payload.delete({ id: nowhere.id, collection: 'job-descriptions' })
        expect((await places()).map((place) => place.label)).toEqual(seeded)
      })

      it('cannot read user accounts, and an editor sees only their own', async () => {
        await expect(payload.find({ collection: 'users', ...anonymous })).rejects.toThrow(/not allowed/i)
        const mine = await payload.find({ collection: 'users', ...asEditor() })
        expect(mine.docs.map((u) => u.email)).toEqual(['editor@example.com'])
      })

      it('cannot create, edit or delete anything', async () => {
        await expect(payload.create({
            collection: 'job-descriptions',
            data: { kind: 'posting', slug: 'anon', title: 'Anon' },
            ...anonymous,
          })).rejects.toThrow(
          /not allowed/i,
        )
        const template = (await payload.find({ collection: 'job-descriptions', ...templates })).docs[0]!
        await expect(
          payload.update({ id: template.id, collection: 'job-descriptions', data: { title: 'Hacked' }, ...anonymous }),
        ).rejects.toThrow(/not allowed/i)
        await expect(payload.delete({ id: template.id, collection: 'job-descriptions', ...anonymous })).rejects.toThrow(/not allowed/i)
      })
    })

    describe('validation', () => {
      it('names the field and the reason, and leaves the saved document as it was', async () => {
        const doc = await draftPosting('Validation target', { applyUrl: 'https://example.com/apply' })
        const attempts: [Partial<JobDescription>, string, RegExp][] = [
          [{ slug: 'Not A Slug!' }, 'slug', /not a valid slug/],
          [{ salary: { currency: 'EUR', max: 40_000, min: 50_000 } }, 'salary.max', /below the minimum/],
          [{ salary: { currency: 'EURO', min: 50_000 } }, 'salary.currency', /ISO 4217/],
          [{ salary: { min: 50_000 } }, 'salary.currency', /currency is required/],
          [{ locations: [{ country: 'Germany' }] }, 'locations.0.country', /ISO 3166-1/],
          [{ applyUrl: 'javascript:alert(1)' }, 'applyUrl', /not allowed/],
          [{ applyUrl: 'careers page' }, 'applyUrl', /not a URL/],
        ]
        for (const [data, path, message] of attempts) {
          const error = await payload
            // Not a draft save, so every field is validated.
            .update({ id: doc.id, collection: 'job-descriptions', data, ...asEditor() })
            .then(() => null, (e: { data?: { errors?: { message: string; path: string }[] } }) => e)
          expect(error, `${path} should be rejected`).not.toBeNull()
          const errors = error!.data?.errors ?? []
          expect(errors.map((e) => e.path)).toContain(path)
          expect(errors.find((e) => e.path === path)!.message).toMatch(message)
        }
        const after = await payload.findByID({ id: doc.id, collection: 'job-descriptions', draft: true, ...asEditor() })
        expect(after).toMatchObject({ _status: 'draft', applyUrl: 'https://example.com/apply', slug: 'validation-target' })
        await payload.delete({ id: doc.id, collection: 'job-descriptions' })
      })

      it('refuses a second job description with the same slug', async () => {
        const first = await draftPosting('Duplicate slug')
        await expect(draftPosting('Duplicate slug')).rejects.toThrow()
        await payload.delete({ id: first.id, collection: 'job-descriptions' })
      })
    })

    describe('users and roles', () => {
      it('lets an editor edit their name but not give themselves a role', async () => {
        const updated = await payload.update({
          id: editor.id,
          collection: 'users',
          data: { name: 'Eddie E.', roles: ['admin'] },
          ...asEditor(),
        })
        expect(updated.name).toBe('Eddie E.')
        expect(updated.roles).toEqual(['editor'])
      })
    })
  })
