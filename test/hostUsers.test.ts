import { REST_POST } from '@payloadcms/next/routes'
import type { CollectionConfig, CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transition } from '../src/workflow/transition'
import { looseLocal, startHostPayload } from './helpers/hostPayload'
import type { HostPayload } from './helpers/hostPayload'

/** A host with accounts of its own, before the plugin came: no roles, a field the plugin does not know. */
const members: CollectionConfig = {
  slug: 'members',
  auth: true,
  fields: [{ name: 'nickname', type: 'text' }],
}

const jobs = 'job-descriptions' as CollectionSlug
const usersSlug = 'members' as CollectionSlug

describe("a host's own users collection", () => {
  let host: HostPayload
  let payload: Payload
  let local: ReturnType<typeof looseLocal>
  const user = async (id: number | string) => (await local.findByID({ id, collection: usersSlug, depth: 0 })) as TypedUser

  beforeAll(async () => {
    host = await startHostPayload({ collections: [members] })
    payload = host.payload
    local = looseLocal(payload)
  })

  afterAll(() => host?.stop())

  it("is the plugin's users: no Users collection of its own, admin.user left to Payload", () => {
    expect(payload.config.collections.map((c) => c.slug)).not.toContain('users')
    expect(payload.config.admin.user).toBe('members')
  })

  it("makes the first user registered on Payload's create-first-user screen the admin", async () => {
    const response = await REST_POST(Promise.resolve(payload.config))(
      new Request('http://localhost/api/members/first-register', {
        body: JSON.stringify({ email: 'first@example.com', nickname: 'First', password: 'first-password-0123', roles: ['editor'] }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
      { params: Promise.resolve({ slug: ['members', 'first-register'] }) },
    )
    expect(response.status).toBe(200)
    const { user: first } = (await response.json()) as { user: { id: number; roles: string[] } }
    expect(first.roles).toEqual(['admin'])
    // The next account gets the default role, and the admin can make it HR.
    const second = await local.create({
      collection: usersSlug,
      data: { email: 'second@example.com', password: 'second-password-0123' },
      overrideAccess: false,
      user: await user(first.id),
    })
    expect(second.roles).toEqual(['editor'])
    const promoted = await local.update({
      id: second.id,
      collection: usersSlug,
      data: { roles: ['hr'] },
      overrideAccess: false,
      user: await user(first.id),
    })
    expect(promoted.roles).toEqual(['hr'])
  })

  it('lets an account without roles (as a migration left it) save itself, and write drafts', async () => {
    const old = await local.create({ collection: usersSlug, data: { email: 'old@example.com', password: 'old-password-0123' } })
    // What adding the column to existing rows gives: no roles at all.
    await local.update({ id: old.id, collection: usersSlug, data: { roles: [] } })
    const me = await user(old.id)
    expect(me.roles).toEqual([])
    const saved = await local.update({ id: old.id, collection: usersSlug, data: { nickname: 'Still here' }, overrideAccess: false, user: me })
    expect(saved.nickname).toBe('Still here')
    expect(saved.roles).toEqual([]) // and cannot grant itself a role
    await expect(
      local.update({ id: old.id, collection: usersSlug, data: { roles: ['admin'] }, overrideAccess: false, user: me }),
    ).resolves.toMatchObject({ roles: [] })
    const draft = await local.create({ collection: jobs, data: { title: 'Written by an old account' }, draft: true, overrideAccess: false, user: me })
    expect(draft.id).toBeDefined()
  })

  it('runs the review with the roles the admin granted', async () => {
    const hr = (await local.find({ collection: usersSlug, where: { email: { equals: 'second@example.com' } } })).docs[0] as TypedUser
    const editor = await local.create({ collection: usersSlug, data: { email: 'editor@example.com', password: 'editor-password-0123' } })
    const job = await local.create({ collection: jobs, data: { title: 'Reviewed by HR' }, draft: true, overrideAccess: false, user: editor as TypedUser })
    await transition({ collection: jobs, id: job.id, input: { action: 'submit' }, payload, user: editor as TypedUser })
    await expect(transition({ collection: jobs, id: job.id, input: { action: 'approve', versionId: 'x' }, payload, user: editor as TypedUser })).rejects.toThrow(/Only HR/)
    const versionId = String((await local.findVersions({ collection: jobs, limit: 1, sort: '-updatedAt', where: { parent: { equals: job.id } } })).docs[0]!.id)
    await transition({ collection: jobs, id: job.id, input: { action: 'approve', versionId }, payload, user: hr })
    const published = await transition({ collection: jobs, id: job.id, input: { action: 'publish' }, payload, user: hr })
    expect(published).toMatchObject({ _status: 'published' })
  })
})
