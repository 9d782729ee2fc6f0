import type { CollectionBeforeChangeHook, CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed/data'
import { runSeed } from '../../seed/seeder'
import type { Approval, JobDescription, User } from '../../dev/payload-types.ts'
import { publicCacheOf } from '../../src/publicCache/publicCache'
import { transition } from '../../src/workflow/transition'
import type { Action, Stage } from '../../src/workflow/stages'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'
import { mayMove, moves, roles, stageAfter, startStages } from '../helpers/workflowRules'
import type { Role } from '../helpers/workflowRules'

/**
 * HR approval of versioned revisions through the Local API with access enforced (`overrideAccess: false`),
 * run on each SQL adapter: every role x move x stage, restore, edits after approval, the audit trail, and
 * scheduled publishing and expiry on the jobs runner.
 */
export const workflowSuite = (adapterName: string, makeDatabase: () => Promise<TestDatabase> | TestDatabase) =>
  describe(`Review workflow on ${adapterName}`, () => {
    let payload: Payload
    let database: TestDatabase
    const users = {} as Record<Exclude<Role, 'anonymous'>, User>
    const collection = 'job-descriptions' as const

    beforeAll(async () => {
      database = await makeDatabase()
      payload = await startPayload(database.uri)
      await runSeed(payload, seed, { development: true })
      for (const role of ['admin', 'editor', 'hr'] as const) {
        const { docs } = await payload.find({ collection: 'users', where: { email: { equals: `${role}@example.com` } } })
        users[role] = docs[0]!
      }
    })

    afterAll(async () => {
      await stopPayload(payload)
      await database?.drop()
    })

    const as = (role: Role) => ({ overrideAccess: false, user: role === 'anonymous' ? null : users[role] }) as const
    const move = (role: Role, id: number | string, action: Action, extra: { comment?: string; versionId?: string } = {}) =>
      transition({ collection, id, input: { action, ...extra }, payload, user: role === 'anonymous' ? null : users[role] })
    const latestVersionId = async (id: number | string, slug: CollectionSlug = collection) =>
      String((await payload.findVersions({ collection: slug, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })).docs[0]!.id)
    const publicTitle = async (id: number | string) =>
      (await payload.find({ collection, where: { id: { equals: id } }, ...as('anonymous') })).docs[0]?.title
    const latest = (id: number | string) => payload.findByID({ id, collection, draft: true })
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
    /** A posting brought to `stage` by the moves the workflow allows (themselves under test below). */
    const postingIn = async (stage: Stage, title = `Workflow posting ${++counter}`): Promise<JobDescription> => {
      const doc = await payload.create({ collection, data: { kind: 'posting', title }, draft: true, ...as('editor') })
      if (stage === 'draft') return doc
      await move('editor', doc.id, 'submit')
      if (stage === 'in_review') return latest(doc.id)
      if (stage === 'changes_requested') {
        await move('hr', doc.id, 'request_changes', { comment: 'Say more about the team.', versionId: await latestVersionId(doc.id) })
        return latest(doc.id)
      }
      await move('hr', doc.id, 'approve', { versionId: await latestVersionId(doc.id) })
      if (stage === 'approved') return latest(doc.id)
      await move('hr', doc.id, 'publish')
      return latest(doc.id)
    }

    /** What the public and the history show; a refused move must leave both as they were. */
    const snapshot = async (id: number | string) => ({
      latestVersion: await latestVersionId(id),
      public: await publicTitle(id),
      stage: (await latest(id)).stage,
    })

    describe('every role x move x stage, through the Local API with access enforced', () => {
      for (const stage of startStages) {
        for (const role of roles) {
          for (const action of moves) {
            const allowed = mayMove(role, action, stage)
            it(`${role} ${allowed ? 'may' : 'may not'} ${action} a posting in ${stage}`, async () => {
              const doc = await postingIn(stage)
              const before = await snapshot(doc.id)
              const attempt = move(role, doc.id, action, {
                comment: action === 'request_changes' ? 'Please shorten the summary.' : undefined,
                versionId: await latestVersionId(doc.id),
              })
              if (!allowed) {
                await expect(attempt).rejects.toMatchObject({ status: role === 'anonymous' ? 401 : 403 })
                await expect(attempt).rejects.toThrow(/\w+ \w+ \w+ \w+/) // a sentence, not a bare code
                expect(await snapshot(doc.id)).toEqual(before)
                return
              }
              await attempt
              expect((await latest(doc.id)).stage).toBe(stageAfter[action])
              expect(await publicTitle(doc.id)).toBe(action === 'publish' ? doc.title : action === 'unpublish' ? undefined : before.public)
            })
          }
        }
      }
    })

    describe('an editor cannot make content public through plain updates', () => {
      it('cannot create a published document', async () => {
        const attempt = payload.create({
          collection,
          data: { _status: 'published', kind: 'posting', title: 'Straight out' } as never,
          ...as('editor'),
        })
        await expect(attempt).rejects.toThrow(/starts as a draft/)
        expect((await payload.find({ collection, where: { title: { equals: 'Straight out' } } })).totalDocs).toBe(0)
      })

      it('cannot publish by setting _status, in any stage, with or without draft', async () => {
        for (const stage of startStages) {
          const doc = await postingIn(stage)
          for (const draft of [false, true]) {
            const attempt = payload.update({ id: doc.id, collection, data: { _status: 'published', title: 'Sneaked' }, draft, ...as('editor') })
            await expect(attempt, `${stage}, draft ${draft}`).rejects.toThrow(/Editors cannot publish/)
          }
          expect(await publicTitle(doc.id)).not.toBe('Sneaked')
        }
      })

      it('edits a published posting into a new draft, never into the public version', async () => {
        const doc = await postingIn('published')
        const edited = await payload.update({ id: doc.id, collection, data: { title: 'Edited without draft flag' }, ...as('editor') })
        expect(edited._status).toBe('draft')
        expect(await publicTitle(doc.id)).toBe(doc.title)
        expect((await latest(doc.id)).stage).toBe('draft')
      })

      it('cannot unpublish, by update or by bulk update, nor delete a published posting', async () => {
        const doc = await postingIn('published')
        await expect(payload.update({ id: doc.id, collection, data: { _status: 'draft' }, ...as('editor') })).rejects.toThrow(/Editors cannot unpublish/)
        await expect(
          payload.update({ collection, data: { _status: 'draft' }, where: { id: { equals: doc.id } }, ...as('editor') }),
        ).rejects.toThrow(/Editors cannot unpublish/)
        await expect(payload.delete({ id: doc.id, collection, ...as('editor') })).rejects.toThrow(/cannot delete a published/)
        expect(await publicTitle(doc.id)).toBe(doc.title)
      })

      it('cannot set the stage or the approved revision by hand, admins included: field access drops them', async () => {
        // What reaches the collection's hooks: field access runs before them, and trackStage (which sets the
        // stage itself) after this one, so only field access can have dropped what the caller sent.
        const received: Record<string, unknown>[] = []
        const capture: CollectionBeforeChangeHook = ({ data }) => {
          received.push({ ...data })
          return data
        }
        const hooks = payload.collections[collection].config.hooks.beforeChange
        hooks.unshift(capture)
        try {
          for (const role of ['editor', 'hr', 'admin'] as const) {
            const doc = await postingIn('draft')
            const attempts = [
              () => payload.update({ id: doc.id, collection, data: { approvedVersion: '1', stage: 'approved' } as never, draft: true, ...as(role) }),
              () => payload.create({ collection, data: { approvedVersion: '1', kind: 'posting', stage: 'approved', title: `Staged by ${role}` } as never, draft: true, ...as(role) }),
            ]
            for (const attempt of attempts) {
              received.length = 0
              expect((await attempt()).stage, role).toBe('draft')
              expect(received, role).toHaveLength(1)
              // What the caller sent is gone: an update keeps the stored values, a create the defaults.
              expect([undefined, 'draft'], role).toContain(received[0]!.stage)
              expect([undefined, null], role).toContain(received[0]!.approvedVersion)
            }
            await expect(move('hr', doc.id, 'publish')).rejects.toThrow(/Only an approved revision can be published/)
          }
        } finally {
          hooks.splice(hooks.indexOf(capture), 1)
        }
      })

      it('duplicates a published posting as a new draft', async () => {
        const doc = await postingIn('published')
        const copy = await payload.duplicate({ id: doc.id, collection, ...as('editor') })
        expect(copy).toMatchObject({ _status: 'draft', stage: 'draft' })
        expect(await publicTitle(copy.id)).toBeUndefined()
      })

      it('cannot publish in bulk, whoever asks', async () => {
        const doc = await postingIn('approved')
        const attempt = payload.update({ collection, data: { _status: 'published' }, where: { id: { equals: doc.id } }, ...as('hr') })
        await expect(attempt).rejects.toThrow(/one approved job description at a time/)
        expect(await publicTitle(doc.id)).toBeUndefined()
      })
    })

    describe('approval is pinned to a revision', () => {
      it('sends an approved document back to draft on any edit, and publishing then fails', async () => {
        const doc = await postingIn('approved')
        await payload.update({ id: doc.id, collection, data: { title: `${doc.title} (edited)` }, draft: true, ...as('editor') })
        expect((await latest(doc.id)).stage).toBe('draft')
        await expect(move('hr', doc.id, 'publish')).rejects.toThrow(/stage "Draft"/)
        expect(await publicTitle(doc.id)).toBeUndefined()
      })

      it('approves only the revision HR looked at', async () => {
        const doc = await postingIn('in_review')
        const reviewed = await latestVersionId(doc.id)
        await payload.update({ id: doc.id, collection, data: { title: 'Changed under review' }, draft: true, ...as('editor') })
        await move('editor', doc.id, 'submit')
        const attempt = move('hr', doc.id, 'approve', { versionId: reviewed })
        await expect(attempt).rejects.toMatchObject({ status: 409 })
        await expect(attempt).rejects.toThrow(new RegExp(`changed after revision ${reviewed}`))
        await expect(move('hr', doc.id, 'approve')).rejects.toThrow(/versionId/)
      })

      it('publishes exactly the approved content, and refuses a publish that carries other content', async () => {
        const doc = await postingIn('in_review')
        const approved = await latestVersionId(doc.id)
        await move('hr', doc.id, 'approve', { versionId: approved })
        await expect(
          payload.update({ id: doc.id, collection, data: { _status: 'published', department: 'Sales' }, ...as('hr') }),
        ).rejects.toThrow(/department differs from the approved revision/)
        const published = await payload.update({ id: doc.id, collection, data: { _status: 'published', title: doc.title }, ...as('hr') })
        expect(published).toMatchObject({ _status: 'published', approvedVersion: approved, stage: 'published', title: doc.title })
        expect(published.department ?? null).toBeNull()
      })

      it('lets admins do what HR does, and nobody publish an unapproved revision', async () => {
        const doc = await postingIn('in_review')
        await expect(move('admin', doc.id, 'publish')).rejects.toThrow(/stage "In review"/)
        await move('admin', doc.id, 'approve', { versionId: await latestVersionId(doc.id) })
        await move('admin', doc.id, 'publish')
        expect(await publicTitle(doc.id)).toBe(doc.title)
      })
    })

    describe('version restore', () => {
      it('refuses to restore a published version as published, for every role', async () => {
        const doc = await postingIn('published')
        await payload.update({ id: doc.id, collection, data: { title: 'Newer draft' }, draft: true, ...as('editor') })
        const { docs } = await payload.findVersions({ collection, where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] } })
        for (const role of ['editor', 'hr', 'admin'] as const) {
          await expect(payload.restoreVersion({ id: String(docs[0]!.id), collection, ...as(role) }), role).rejects.toThrow(
            /Restoring a published version would publish it without review/,
          )
        }
        expect((await latest(doc.id)).title).toBe('Newer draft')
      })

      it('restores as a draft in stage draft: an approved revision restored is not approved any more', async () => {
        const doc = await postingIn('approved')
        const approvedRevision = await latestVersionId(doc.id)
        await payload.update({ id: doc.id, collection, data: { title: 'Rewritten' }, draft: true, ...as('editor') })
        const restored = await payload.restoreVersion({ id: approvedRevision, collection, draft: true, ...as('editor') })
        expect(restored).toMatchObject({ _status: 'draft', stage: 'draft', title: doc.title })
        await expect(move('hr', doc.id, 'publish')).rejects.toThrow(/stage "Draft"/)
        expect(await publicTitle(doc.id)).toBeUndefined()
      })

      // The Local API restores only "as it was" (it has no draft flag); restoring as a draft is tested over REST.
      it('never unpublishes through a restore of a draft version', async () => {
        const doc = await postingIn('published')
        await payload.update({ id: doc.id, collection, data: { title: 'A draft to restore' }, draft: true, ...as('editor') })
        const draftRevision = await latestVersionId(doc.id)
        await payload.update({ id: doc.id, collection, data: { title: 'Another draft' }, draft: true, ...as('editor') })
        // As the admin's plain "Restore" button asks for a draft version: not as a draft, which would unpublish.
        for (const role of ['editor', 'hr'] as const) {
          await expect(payload.restoreVersion({ id: draftRevision, collection, ...as(role) })).rejects.toThrow(/would unpublish/)
        }
        expect(await publicTitle(doc.id)).toBe(doc.title)
        expect((await latest(doc.id)).title).toBe('Another draft')
      })
    })

    describe('audit trail', () => {
      it('records every move with revision, stages, who, when and comment', async () => {
        const doc = await postingIn('draft', 'Audited posting')
        await move('editor', doc.id, 'submit')
        const firstReview = await latestVersionId(doc.id)
        await move('hr', doc.id, 'request_changes', { comment: 'Add the salary range.', versionId: firstReview })
        await payload.update({ id: doc.id, collection, data: { department: 'Engineering' }, draft: true, ...as('editor') })
        await move('editor', doc.id, 'submit')
        const secondReview = await latestVersionId(doc.id)
        await move('hr', doc.id, 'approve', { comment: 'Good to go.', versionId: secondReview })
        await move('hr', doc.id, 'publish')
        await move('hr', doc.id, 'unpublish')

        const trail = await entries(doc.id)
        expect(trail.map(({ action, byEmail, comment, from, to }) => ({ action, byEmail, comment: comment ?? null, from, to }))).toEqual([
          { action: 'submit', byEmail: 'editor@example.com', comment: null, from: 'draft', to: 'in_review' },
          { action: 'request_changes', byEmail: 'hr@example.com', comment: 'Add the salary range.', from: 'in_review', to: 'changes_requested' },
          { action: 'submit', byEmail: 'editor@example.com', comment: null, from: 'changes_requested', to: 'in_review' },
          { action: 'approve', byEmail: 'hr@example.com', comment: 'Good to go.', from: 'in_review', to: 'approved' },
          { action: 'publish', byEmail: 'hr@example.com', comment: null, from: 'approved', to: 'published' },
          { action: 'unpublish', byEmail: 'hr@example.com', comment: null, from: 'published', to: 'draft' },
        ])
        expect(trail[1]!.version).toBe(firstReview)
        expect(trail[3]!.version).toBe(secondReview)
        expect(trail[4]!.version).toBe(secondReview) // published content = the approved revision
        expect(trail.every((entry) => entry.documentTitle === 'Audited posting' && entry.createdAt)).toBe(true)
      })

      it('records an edit that sends a reviewed revision back to draft', async () => {
        const doc = await postingIn('approved')
        await payload.update({ id: doc.id, collection, data: { reportsTo: 'CTO' }, draft: true, ...as('editor') })
        expect((await entries(doc.id)).at(-1)).toMatchObject({ action: 'edit', byEmail: 'editor@example.com', from: 'approved', to: 'draft' })
      })

      it('cannot be edited or deleted by anyone, admins and trusted code included, nor read anonymously', async () => {
        const doc = await postingIn('in_review')
        const [entry] = await entries(doc.id)
        const id = entry!.id
        await expect(payload.update({ id, collection: 'approvals', data: { comment: 'rewritten' }, ...as('admin') })).rejects.toMatchObject({ status: 403 })
        await expect(payload.update({ id, collection: 'approvals', data: { comment: 'rewritten' } })).rejects.toThrow(/append-only/)
        await expect(payload.delete({ id, collection: 'approvals', ...as('admin') })).rejects.toMatchObject({ status: 403 })
        await expect(payload.delete({ id, collection: 'approvals' })).rejects.toThrow(/append-only/)
        await expect(payload.create({ collection: 'approvals', data: { action: 'approve', collectionSlug: collection, documentId: String(doc.id) }, ...as('admin') })).rejects.toMatchObject({ status: 403 })
        await expect(payload.find({ collection: 'approvals', ...as('anonymous') })).rejects.toMatchObject({ status: 403 })
        expect((await payload.findByID({ id, collection: 'approvals', ...as('hr') })).comment ?? null).toBe(entry!.comment ?? null)
      })
    })

    describe('on the jobs runner', () => {
      const schedule = (id: number | string, user: User) =>
        payload.jobs.queue({
          input: { doc: { relationTo: collection, value: id as number }, type: 'publish', user: { relationTo: 'users', value: user.id } },
          task: 'schedulePublish',
          waitUntil: new Date(Date.now() - 1000),
        })

      it('publishes an approved revision HR scheduled, and nothing an editor scheduled or nobody approved', async () => {
        const approved = await postingIn('approved')
        const byEditor = await postingIn('approved')
        const unapproved = await postingIn('in_review')
        await schedule(approved.id, users.hr)
        await schedule(byEditor.id, users.editor)
        await schedule(unapproved.id, users.hr)
        const cache = publicCacheOf(payload.config)!.store()
        const generation = await cache.generation()
        await payload.jobs.run()
        expect(await publicTitle(approved.id)).toBe(approved.title)
        expect(await cache.generation(), 'the public cache is invalidated when the scheduled publish fires').not.toBe(generation)
        expect((await entries(approved.id)).at(-1)).toMatchObject({ action: 'publish', byEmail: 'hr@example.com' })
        expect(await publicTitle(byEditor.id)).toBeUndefined()
        expect(await publicTitle(unapproved.id)).toBeUndefined()
      })

      it('unpublishes a posting whose validThrough has passed', async () => {
        const doc = await postingIn('approved')
        await move('hr', doc.id, 'publish')
        // Closing dates change with the content; trusted code sets one in the past to stand in for time passing.
        await payload.update({ id: doc.id, collection, data: { validThrough: new Date(Date.now() - 60_000).toISOString() } })
        expect(await publicTitle(doc.id)).toBe(doc.title)
        await payload.jobs.queue({ input: {}, task: 'expireJobPostings' })
        const cache = publicCacheOf(payload.config)!.store()
        const generation = await cache.generation()
        await payload.jobs.run()
        expect(await cache.generation(), 'the public cache is invalidated by the expiry').not.toBe(generation)
        expect(await publicTitle(doc.id)).toBeUndefined()
        expect((await entries(doc.id)).at(-1)).toMatchObject({ action: 'expire', to: 'draft' })
      })
    })
  })
