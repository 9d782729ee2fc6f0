import { docAccessOperation } from 'payload'
import type { CollectionConfig, CollectionSlug, Payload, TypedUser } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isAdmin } from '../src/access/isAdmin'
import { isHR } from '../src/access/isHR'
import { settleNotifications } from '../src/workflow/notify'
import { schedulePublish } from '../src/workflow/scheduleServerFunctions'
import { transition } from '../src/workflow/transition'
import { looseLocal, startHostPayload } from './helpers/hostPayload'
import type { HostPayload } from './helpers/hostPayload'

/** A host whose staff have a role model of their own, and whose customers sign in to the same collection. */
const staff: CollectionConfig = {
  slug: 'staff',
  auth: true,
  fields: [{ name: 'position', type: 'select', options: ['boss', 'people', 'writer', 'customer'], required: true }],
}
type Staff = TypedUser & { position: string }
const position = (user: unknown) => (user as Partial<Staff> | null)?.position

const jobs = 'job-descriptions' as CollectionSlug

describe("a host's own role model (the access option)", () => {
  let host: HostPayload
  let payload: Payload
  let local: ReturnType<typeof looseLocal>
  const people = {} as Record<'boss' | 'customer' | 'people' | 'writer', Staff>
  const sent: { subject?: string; to?: unknown }[] = []

  beforeAll(async () => {
    host = await startHostPayload(
      {
        collections: [staff],
        email: () => ({
          defaultFromAddress: 'jobs@example.com',
          defaultFromName: 'Jobs',
          name: 'recording',
          sendEmail: async (message) => void sent.push(message),
        }),
      },
      {
        access: {
          isAdmin: (user) => position(user) === 'boss',
          isEditor: (user) => position(user) === 'writer',
          isReviewer: (user) => position(user) === 'people',
        },
      },
    )
    payload = host.payload
    local = looseLocal(payload)
    for (const role of ['boss', 'customer', 'people', 'writer'] as const) {
      people[role] = (await local.create({
        collection: 'staff' as CollectionSlug,
        data: { email: `${role}@example.com`, password: `${role}-password-0123`, position: role },
      })) as Staff
    }
  })

  afterAll(() => host?.stop())

  const as = (role: keyof typeof people) => ({ overrideAccess: false, user: people[role] }) as const
  const move = (role: keyof typeof people, id: number | string, action: 'approve' | 'publish' | 'request_changes' | 'submit' | 'unpublish', versionId?: string) =>
    transition({ collection: jobs, id, input: { action, versionId }, payload, user: people[role] })
  const latestVersionId = async (id: number | string) =>
    String((await local.findVersions({ collection: jobs, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })).docs[0]!.id)

  it('adds no roles field to a host that maps its roles', () => {
    const fields = payload.collections['staff' as CollectionSlug]!.config.fields.map((f) => ('name' in f ? f.name : f.type))
    expect(fields).not.toContain('roles')
  })

  it('lets only the mapped editors write, and only the mapped reviewers review and publish', async () => {
    await expect(local.create({ collection: jobs, data: { title: 'By a customer' }, draft: true, ...as('customer') })).rejects.toThrow()
    const job = await local.create({ collection: jobs, data: { title: 'By a writer' }, draft: true, ...as('writer') })
    await expect(move('customer', job.id, 'submit')).rejects.toThrow(/Only editors and HR/)
    await move('writer', job.id, 'submit')
    await settleNotifications(payload)
    // HR hears of the submission: the mapped reviewers, found without a roles field to query.
    expect(sent.filter((m) => m.subject?.startsWith('Submitted')).map((m) => m.to)).toEqual([['people@example.com']])
    const versionId = await latestVersionId(job.id)
    await expect(move('writer', job.id, 'approve', versionId)).rejects.toThrow(/Only HR/)
    await move('people', job.id, 'approve', versionId)
    await expect(move('writer', job.id, 'publish')).rejects.toThrow(/Editors cannot publish/)
    expect(await move('people', job.id, 'publish')).toMatchObject({ _status: 'published' })
    await expect(move('writer', job.id, 'unpublish')).rejects.toThrow(/Editors cannot unpublish/)
    // The mapped admin may do everything a reviewer may.
    expect(await move('boss', job.id, 'unpublish')).toMatchObject({ _status: 'draft' })
  })

  it("answers the admin's review panel (Payload's publish permission) by the mapping", async () => {
    const job = await local.create({ collection: jobs, data: { title: 'Panel' }, draft: true, ...as('writer') })
    const canPublish = async (role: keyof typeof people) =>
      // What the panel reads as `hasPublishPermission` (getDocumentPermissions in @payloadcms/next).
      Boolean(
        (
          await docAccessOperation({
            id: job.id,
            collection: payload.collections[jobs]!,
            data: { _status: 'published' },
            req: await createLocalReq({ user: people[role] }, payload),
          })
        ).update,
      )
    expect(await canPublish('people')).toBe(true)
    expect(await canPublish('boss')).toBe(true)
    expect(await canPublish('writer')).toBe(false)
  })

  it("makes the exported predicates and the admin's schedule-publish check follow the mapping", async () => {
    const args = async (role: keyof typeof people) => ({ req: await createLocalReq({ user: people[role] }, payload) })
    expect(await isHR((await args('people')) as never)).toBe(true)
    expect(await isHR((await args('writer')) as never)).toBe(false)
    expect(await isAdmin((await args('boss')) as never)).toBe(true)
    expect(await isAdmin((await args('people')) as never)).toBe(false)
    const refused = await schedulePublish({
      doc: { relationTo: jobs, value: 1 },
      req: await createLocalReq({ user: people.writer }, payload),
      type: 'publish',
      date: new Date(Date.now() + 3_600_000),
    } as never)
    expect(refused).toEqual({ error: expect.stringMatching(/Only HR/) })
  })
})
