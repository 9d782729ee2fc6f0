import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { looseLocal, startHostPayload } from './helpers/hostPayload'
import type { HostPayload } from './helpers/hostPayload'

const jobs = 'job-descriptions' as CollectionSlug
const users = 'users' as CollectionSlug

describe('overrides of the plugin collections (fields, hooks, access, admin)', () => {
  let host: HostPayload
  let payload: Payload
  let local: ReturnType<typeof looseLocal>
  const people = {} as Record<'admin' | 'blocked' | 'editor' | 'hr', TypedUser>

  beforeAll(async () => {
    host = await startHostPayload(
      {},
      {
        overrides: {
          jobDescriptions: {
            // Opens nothing: the plugin's draftsOrHR and the review guard still decide.
            access: { create: ({ req }) => req.user?.email !== 'blocked@example.com', update: () => true },
            admin: { description: "The host's words" },
            fields: ({ defaultFields }) => [...defaultFields, { name: 'internalCode', type: 'text' }],
            hooks: { beforeChange: [({ data }) => ({ ...data, department: data.department ?? 'Set by the host' })] },
          },
        },
      },
    )
    payload = host.payload
    local = looseLocal(payload)
    for (const role of ['admin', 'editor', 'hr', 'blocked'] as const) {
      people[role] = (await local.create({
        collection: users,
        data: { email: `${role}@example.com`, password: `${role}-password-0123`, roles: [role === 'blocked' ? 'editor' : role] },
      })) as TypedUser
    }
  })

  afterAll(() => host?.stop())

  const as = (role: keyof typeof people) => ({ overrideAccess: false, user: people[role] }) as const

  it('saves and reads an extra field added through fields, and runs the added hook after the plugin ones', async () => {
    const job = await local.create({ collection: jobs, data: { internalCode: 'ENG-7', title: 'Override' }, draft: true, ...as('editor') })
    const read = await local.findByID({ id: job.id, collection: jobs, draft: true, ...as('editor') })
    expect(read).toMatchObject({ department: 'Set by the host', internalCode: 'ENG-7', stage: 'draft' })
  })

  it('keeps the workflow fields and merges the admin options', () => {
    const config = payload.collections[jobs]!.config
    expect(config.fields.map((f) => ('name' in f ? f.name : undefined))).toEqual(expect.arrayContaining(['internalCode', 'stage', 'approvedVersion', 'workflow']))
    expect(config.admin.description).toBe("The host's words")
    expect(config.admin.group).toEqual({ de: 'Stellenbeschreibungen', en: 'Job descriptions' })
  })

  it('lets an access override only narrow: update () => true still cannot publish unapproved content', async () => {
    const job = await local.create({ collection: jobs, data: { title: 'Not approved' }, draft: true, ...as('editor') })
    await expect(local.update({ id: job.id, collection: jobs, data: { _status: 'published' }, ...as('editor') })).rejects.toThrow(/Editors cannot publish/)
    await expect(local.update({ id: job.id, collection: jobs, data: { _status: 'published' }, ...as('hr') })).rejects.toThrow(
      /Only an approved revision can be published/,
    )
    await expect(local.update({ id: job.id, collection: jobs, data: { _status: 'published' }, overrideAccess: false, user: null })).rejects.toThrow()
    expect((await local.findByID({ id: job.id, collection: jobs }))._status).toBe('draft')
    // And narrows where it says so.
    await expect(local.create({ collection: jobs, data: { title: 'Blocked' }, draft: true, ...as('blocked') })).rejects.toThrow()
  })

  it('rejects a bad override, naming it', async () => {
    const { jobDescriptionsPlugin } = await import('../src/plugin')
    expect(() => jobDescriptionsPlugin({ overrides: { jobDescriptions: { access: { publish: () => true } } } } as never)({ secret: 'x' } as never)).toThrow(
      /options\.overrides\.jobDescriptions\.access .*publish/,
    )
    expect(() => jobDescriptionsPlugin({ overrides: { jobs: {} } } as never)({ secret: 'x' } as never)).toThrow(/options\.overrides .*jobs/)
    expect(() => jobDescriptionsPlugin({ access: { isHR: () => true } } as never)({ secret: 'x' } as never)).toThrow(/options\.access .*isHR/)
  })
})
