import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq } from 'payload'
import type { CollectionBeforeChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed/data'
import { runSeed } from '../../seed/seeder'
import type { Approval, JobDescription, User } from '../../dev/payload-types.ts'
import { schedulePublish } from '../../src/workflow/scheduleServerFunctions'
import { pinnedItems } from '../helpers/pinned'
import { transition } from '../../src/workflow/transition'
import type { Action } from '../../src/workflow/stages'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'

type Role = 'admin' | 'editor' | 'hr'

/**
 * The review record's integrity through the Local API with access enforced, on each adapter (issue 13,
 * items 6 to 9 and 12): no parameter rewrites a version, `_status` is draft or published, an unpublish or an
 * expiry always takes the published document down, only HR schedules or cancels, and a move, its audit
 * record and the cache bump happen together or not at all.
 */
export const integritySuite = (adapterName: string, makeDatabase: () => Promise<TestDatabase> | TestDatabase) =>
  describe(`Review record integrity on ${adapterName}`, () => {
    let payload: Payload
    let database: TestDatabase
    const users = {} as Record<Role, User>
    const collection = 'job-descriptions' as const
    /** Few, so that pruning is reached. */
    const maxVersions = 8

    beforeAll(async () => {
      database = await makeDatabase()
      payload = await startPayload(database.uri, { maxVersionsPerDoc: maxVersions })
      await runSeed(payload, seed, { development: true })
      for (const role of ['admin', 'editor', 'hr'] as const) {
        users[role] = (await payload.find({ collection: 'users', where: { email: { equals: `${role}@example.com` } } })).docs[0]!
      }
    })

    afterAll(async () => {
      await stopPayload(payload)
      await database?.drop()
    })

    const as = (role: Role) => ({ overrideAccess: false, user: users[role] }) as const
    const move = async (role: Role, id: number | string, action: Action, versionId?: string) =>
      transition({
        collection,
        id,
        // As the Review panel does: approve and request changes name the item revisions in review with it.
        input: { action, items: action === 'approve' || action === 'request_changes' ? await pinnedItems(payload, id, users[role]) : undefined, versionId },
        payload,
        user: users[role],
      })
    /** Each version row as stored, but for Payload's own `latest` flag, which moves to every new row. */
    const versions = async (id: number | string) =>
      (await payload.findVersions({ collection, depth: 0, limit: 100, sort: 'createdAt', where: { parent: { equals: id } } })).docs.map(
        ({ latest: _latest, ...row }) => row,
      )
    const newestVersionId = async (id: number | string) => String((await versions(id)).at(-1)!.id)
    const publicDoc = async (id: number | string) => (await payload.find({ collection, overrideAccess: false, where: { id: { equals: id } } })).docs[0]
    const entries = async (id: number | string) =>
      (
        await payload.find({
          collection: 'approvals',
          depth: 0,
          sort: 'createdAt',
          where: { and: [{ documentId: { equals: String(id) } }, { collectionSlug: { equals: collection } }] },
        })
      ).docs as Approval[]

    let counter = 0
    const published = async (title = `Integrity posting ${++counter}`): Promise<JobDescription> => {
      const doc = await payload.create({ collection, data: { kind: 'posting', title }, draft: true, ...as('editor') })
      await move('editor', doc.id, 'submit')
      await move('hr', doc.id, 'approve', await newestVersionId(doc.id))
      await move('hr', doc.id, 'publish')
      return payload.findByID({ id: doc.id, collection })
    }

    describe('item 6: no parameter rewrites a version in place', () => {
      it('refuses unpublishAllLocales from editors, and every version row stays as it was', async () => {
        const doc = await published()
        const before = await versions(doc.id)
        const attempt = payload.update({
          id: doc.id,
          collection,
          data: { title: 'Rewritten by an editor' },
          draft: true,
          unpublishAllLocales: true,
          ...as('editor'),
        })
        await expect(attempt).rejects.toMatchObject({ message: expect.stringMatching(/^unpublishAllLocales: editors cannot unpublish/), status: 403 })
        expect(await versions(doc.id)).toEqual(before)
        expect((await publicDoc(doc.id))?.title).toBe(doc.title)
      })

      it('lets HR pass it, but adds a version instead of rewriting the one the audit trail names as published', async () => {
        const doc = await published()
        const before = await versions(doc.id)
        const publishedVersion = (await entries(doc.id)).at(-1)!
        expect(publishedVersion).toMatchObject({ action: 'publish' })
        await payload.update({ id: doc.id, collection, data: { title: 'HR draft' }, draft: true, unpublishAllLocales: 'true' as never, ...as('hr') })
        const after = await versions(doc.id)
        expect(after.slice(0, before.length)).toEqual(before)
        expect(after).toHaveLength(before.length + 1)
        expect(after.at(-1)!.version.title).toBe('HR draft')
      })

      it('never prunes a version the review record names, however many drafts follow', async () => {
        const doc = await published()
        const approved = (await entries(doc.id)).find((entry) => entry.action === 'approve')!.version
        for (let i = 0; i < maxVersions + 4; i++) {
          await payload.update({ id: doc.id, collection, data: { title: `Draft ${i}` }, draft: true, ...as('editor') })
        }
        const named = [...new Set((await entries(doc.id)).map((entry) => String(entry.version)))]
        expect(named).toContain(String(approved))
        const ids = (await versions(doc.id)).map((row) => String(row.id))
        expect(ids.filter((id) => named.includes(id)).sort()).toEqual([...named].sort())
        expect(ids.length).toBeLessThanOrEqual(maxVersions + named.length)
        expect((await payload.findByID({ id: doc.id, collection, draft: true })).title).toBe(`Draft ${maxVersions + 3}`)
      })

      it('refuses autosave, which rewrites the newest autosaved version, for every role', async () => {
        const doc = await published()
        for (const role of ['editor', 'hr', 'admin'] as const) {
          const attempt = payload.update({ id: doc.id, autosave: true, collection, data: { title: `Autosaved by ${role}` }, draft: true, ...as(role) })
          await expect(attempt, role).rejects.toMatchObject({ message: expect.stringMatching(/^autosave: /), status: 400 })
        }
        expect((await versions(doc.id)).map((v) => v.version.title)).not.toContain('Autosaved by editor')
      })
    })

    describe('item 7: _status is "draft" or "published"', () => {
      const invalid: unknown[] = [null, 'bogus', 'PUBLISHED', ['published'], { equals: 'published' }, 1, true]

      it('refuses every other value in a bulk update, by id and on create, naming the field, and changes nothing', async () => {
        const doc = await published()
        const openBefore = (await payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs
        for (const value of invalid) {
          const label = JSON.stringify(value)
          const bulk = payload.update({ collection, data: { _status: value, title: 'Taken down' } as never, where: { id: { exists: true } }, ...as('editor') })
          await expect(bulk, `bulk ${label}`).rejects.toMatchObject({ data: { errors: [{ message: expect.stringContaining('must be "draft" or "published"'), path: '_status' }] }, status: 400 })
          const byId = payload.update({ id: doc.id, collection, data: { _status: value } as never, ...as('hr') })
          await expect(byId, `by id ${label}`).rejects.toMatchObject({ status: 400 })
          const create = payload.create({ collection, data: { _status: value, kind: 'posting', title: 'New' } as never, ...as('editor') })
          await expect(create, `create ${label}`).rejects.toMatchObject({ status: 400 })
          // Trusted code is held to it too: nothing else is a status.
          await expect(payload.update({ id: doc.id, collection, data: { _status: value } as never }), `trusted ${label}`).rejects.toMatchObject({ status: 400 })
        }
        expect((await payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs).toBe(openBefore)
        expect((await publicDoc(doc.id))?.title).toBe(doc.title)
      })
    })

    describe('item 8: an unpublish takes the published document down, whatever the newest draft', () => {
      /** A published posting with an editor's draft over it that would not validate (drafts are saved unvalidated). */
      const withInvalidDraft = async () => {
        const doc = await published()
        await payload.update({ id: doc.id, collection, data: { applyUrl: 'not a url', title: '' }, draft: true, ...as('editor') })
        return doc
      }

      it('lets HR unpublish, and keeps the editor\'s draft as the newest revision', async () => {
        const doc = await withInvalidDraft()
        const unpublished = await move('hr', doc.id, 'unpublish')
        expect((unpublished as JobDescription)._status).toBe('draft')
        expect(await publicDoc(doc.id)).toBeUndefined()
        const main = await payload.findByID({ id: doc.id, collection })
        expect(main).toMatchObject({ _status: 'draft', title: doc.title })
        const newest = await payload.findByID({ id: doc.id, collection, draft: true })
        expect(newest).toMatchObject({ applyUrl: 'not a url', title: '' })
        expect((await entries(doc.id)).at(-1)).toMatchObject({ action: 'unpublish', byEmail: 'hr@example.com', to: 'draft' })
      })

      it('expires every posting past its closing date, one with an invalid draft included', async () => {
        const bad = await withInvalidDraft()
        const good = await published()
        const past = new Date(Date.now() - 60_000).toISOString()
        // Trusted code stands in for time passing; the closing date is part of the content.
        for (const doc of [bad, good]) await payload.db.updateOne({ id: doc.id, collection, data: { validThrough: past } })
        await payload.jobs.queue({ input: {}, task: 'expireJobPostings' })
        await payload.jobs.run()
        expect(await publicDoc(bad.id)).toBeUndefined()
        expect(await publicDoc(good.id)).toBeUndefined()
        expect((await entries(bad.id)).at(-1)).toMatchObject({ action: 'expire' })
        expect((await payload.findByID({ id: bad.id, collection, draft: true })).title).toBe('')
      })
    })

    describe('item 9: only HR schedules or cancels a publish', () => {
      const serverFunctionArgs = async (role: Role) => {
        const req = await createLocalReq({ user: { ...users[role], collection: 'users' } }, payload)
        return { req, user: req.user } as unknown as Parameters<typeof schedulePublish>[0]
      }
      const scheduledJobs = async (id: number | string) =>
        (await payload.find({ collection: 'payload-jobs', limit: 0, where: { taskSlug: { equals: 'schedulePublish' } } })).docs.filter(
          (job) => String((job.input as { doc?: { value?: unknown } } | undefined)?.doc?.value) === String(id),
        )

      it("refuses an editor's cancel of HR's scheduled publish, and an editor's schedule; HR does both", async () => {
        const doc = await payload.create({ collection, data: { kind: 'posting', title: 'Scheduled by HR' }, draft: true, ...as('editor') })
        const date = new Date(Date.now() + 86_400_000)
        const hrArgs = await serverFunctionArgs('hr')
        expect(await schedulePublish({ ...hrArgs, date, doc: { relationTo: collection, value: String(doc.id) }, type: 'publish' })).toEqual({ message: expect.any(String) })
        const [job] = await scheduledJobs(doc.id)
        expect(job).toBeDefined()

        const editorArgs = await serverFunctionArgs('editor')
        expect(await schedulePublish({ ...editorArgs, deleteID: job!.id })).toEqual({ error: expect.stringMatching(/^Only HR can schedule/) })
        expect(await schedulePublish({ ...editorArgs, date, doc: { relationTo: collection, value: String(doc.id) }, type: 'unpublish' })).toEqual({ error: expect.stringMatching(/^Only HR/) })
        expect((await scheduledJobs(doc.id)).map((j) => j.id)).toEqual([job!.id])

        expect(await schedulePublish({ ...(await serverFunctionArgs('hr')), deleteID: job!.id })).toEqual({ message: expect.any(String) })
        expect(await scheduledJobs(doc.id)).toHaveLength(0)
      })

      // Why the app's admin layout passes our handler: Payload's own lets anyone in the admin cancel any
      // scheduled publish. When this fails, Payload checks it itself and ours may go.
      it("(upstream) Payload's own schedule-publish handler lets an editor cancel HR's scheduled publish", async () => {
        const doc = await payload.create({ collection, data: { kind: 'posting', title: 'Scheduled, then cancelled' }, draft: true, ...as('editor') })
        await schedulePublish({ ...(await serverFunctionArgs('hr')), date: new Date(Date.now() + 86_400_000), doc: { relationTo: collection, value: String(doc.id) }, type: 'publish' })
        const [job] = await scheduledJobs(doc.id)
        await schedulePublishHandler({ ...(await serverFunctionArgs('editor')), deleteID: job!.id })
        expect(await scheduledJobs(doc.id)).toHaveLength(0)
      })
    })

    describe('item 12: a move, its audit record and the cache bump succeed or fail together', () => {
      // Payload writes the forgot-password reservation outside the operation's own transaction, on purpose:
      // with writes taking turns, that write must join the transaction instead of waiting for it to end.
      it('answers a forgot-password request (a write outside its own transaction) beside an editor\'s save', async () => {
        const draft = payload.create({ collection, data: { kind: 'posting', title: 'Saved beside a reset' }, draft: true, ...as('editor') })
        for (const email of ['editor@example.com', 'nobody@example.com']) {
          await expect(payload.forgotPassword({ collection: 'users', data: { email } }), email).resolves.not.toThrow()
        }
        expect((await draft).title).toBe('Saved beside a reset')
      })

      const failingAudit: CollectionBeforeChangeHook = () => {
        throw new Error('The audit trail is unavailable')
      }
      const withAuditFailing = async <T>(run: () => Promise<T>) => {
        const hooks = payload.collections.approvals.config.hooks.beforeChange
        hooks.push(failingAudit)
        try {
          return await run()
        } finally {
          hooks.splice(hooks.indexOf(failingAudit), 1)
        }
      }

      it('rolls a publish back when its audit record cannot be written: still unpublished, items and all', async () => {
        const item = await payload.create({ collection: 'responsibilities', data: { text: 'Own the careers pages' }, draft: true, ...as('editor') })
        const doc = await payload.create({ collection, data: { kind: 'posting', responsibilities: [item.id], title: 'Published with its record only' }, draft: true, ...as('editor') })
        await move('editor', doc.id, 'submit')
        await move('hr', doc.id, 'approve', await newestVersionId(doc.id))
        const before = { entries: await entries(doc.id), versions: await versions(doc.id) }
        await expect(withAuditFailing(() => move('hr', doc.id, 'publish'))).rejects.toThrow(/audit trail is unavailable/)
        expect(await publicDoc(doc.id)).toBeUndefined()
        expect((await payload.findByID({ id: doc.id, collection, depth: 0 })).responsibilities).toEqual([item.id])
        expect(await entries(doc.id)).toEqual(before.entries)
        expect(await versions(doc.id)).toEqual(before.versions)
        // And it goes through once the trail is back.
        await move('hr', doc.id, 'publish')
        expect((await publicDoc(doc.id))?.title).toBe('Published with its record only')
      })

      it('rolls an unpublish back when its audit record cannot be written', async () => {
        const doc = await published()
        await expect(withAuditFailing(() => move('hr', doc.id, 'unpublish'))).rejects.toThrow(/audit trail is unavailable/)
        expect((await publicDoc(doc.id))?.title).toBe(doc.title)
      })

      it('runs concurrent saves one after another, none failing on a busy database', async () => {
        const docs = await Promise.all(
          Array.from({ length: 12 }, (_, i) => payload.create({ collection, data: { kind: 'posting', title: `Concurrent ${i}` }, draft: true, ...as('editor') })),
        )
        const edits = await Promise.allSettled(
          docs.flatMap((doc, i) => [
            payload.update({ id: doc.id, collection, data: { title: `Concurrent ${i}, edited` }, draft: true, ...as('editor') }),
            move('editor', doc.id, 'submit'),
          ]),
        )
        expect(edits.filter((edit) => edit.status === 'rejected').map((edit) => String((edit as PromiseRejectedResult).reason))).toEqual([])
        // Other writers (the jobs runner, drafts) keep working beside them.
        await Promise.all([payload.jobs.run(), ...docs.map((doc) => payload.update({ id: doc.id, collection, data: { reportsTo: 'CTO' }, draft: true }))])
      })
    })
  })
