import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import type { CollectionConfig, Config, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { jobDescriptionsPlugin } from '../src'
import { testSecret } from './helpers/payload'

const hostConfig = (collections: CollectionConfig[] = []): Config => ({
  collections,
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  editor: lexicalEditor(),
  secret: testSecret,
  telemetry: false,
})

const hostPosts: CollectionConfig = {
  slug: 'posts',
  access: { read: () => true },
  fields: [{ name: 'title', type: 'text' }],
  hooks: { afterChange: [({ doc }) => doc] },
}

const find = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!
const request = (user: unknown) => ({ req: { user } as PayloadRequest })

describe('jobDescriptionsPlugin', () => {
  it('adds the four content collections, the approval history, the careers read model and users, keeping the host collections as they were', async () => {
    const original = hostConfig([hostPosts])
    const config = jobDescriptionsPlugin()(original)
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'posts',
      'job-descriptions',
      'responsibilities',
      'requirements',
      'faqs',
      'approvals',
      'careers-postings',
      'careers-faqs',
      'users',
    ])
    expect(find(config, 'posts')).toBe(hostPosts)
    expect(original.collections).toHaveLength(1) // the host config is not mutated
    expect(config.admin?.user).toBe('users')
    await expect(buildConfig(config)).resolves.toBeTruthy()
  })

  it('gives every collection versioned drafts with a bounded history and scheduled publishing', () => {
    const config = jobDescriptionsPlugin({ maxVersionsPerDoc: 7 })(hostConfig())
    for (const slug of ['job-descriptions', 'responsibilities', 'requirements', 'faqs']) {
      // Payload's own pruning is off: pruneVersions keeps the newest 7 and every version a move names.
      expect(find(config, slug).versions, slug).toEqual({ drafts: { schedulePublish: true }, maxPerDoc: 0 })
      expect(find(config, slug).hooks?.afterChange?.map((hook) => hook.name), slug).toContain('prune')
    }
    expect(find(config, 'approvals').versions).toBeUndefined() // append-only: nothing to version
    // A version of an account is a copy of its password hash, salt, reset token and sessions: none kept.
    expect(find(config, 'users').versions).toBeUndefined()
  })

  it('adds roles to a host users collection instead of replacing it', () => {
    const hostUsers: CollectionConfig = { slug: 'users', auth: true, fields: [{ name: 'nickname', type: 'text' }] }
    const config = jobDescriptionsPlugin()(hostConfig([hostUsers]))
    const users = config.collections!.filter((c) => c.slug === 'users')
    expect(users).toHaveLength(1)
    expect(users[0]!.fields.map((f) => ('name' in f ? f.name : f.type))).toEqual(['nickname', 'roles'])
    expect(users[0]!.auth).toBe(true)
    expect(users[0]!.hooks?.beforeChange).toHaveLength(1) // the first user becomes admin
    expect(config.admin?.user).toBeUndefined() // Payload's own choice, the first auth collection
  })

  it('finds the users as Payload does: admin.user, else the first collection with auth', () => {
    const plain = (slug: string, auth = true): CollectionConfig => ({ slug, auth, fields: [{ name: 'nickname', type: 'text' }] })
    const named = (config: Config) => config.collections!.filter((c) => c.fields.some((f) => 'name' in f && f.name === 'roles')).map((c) => c.slug)
    const byAdminUser = jobDescriptionsPlugin()({ ...hostConfig([plain('customers'), plain('staff')]), admin: { user: 'staff' } })
    expect(named(byAdminUser)).toEqual(['staff'])
    expect(byAdminUser.admin?.user).toBe('staff')
    const firstAuth = jobDescriptionsPlugin()(hostConfig([plain('pages', false), plain('accounts')]))
    expect(named(firstAuth)).toEqual(['accounts'])
    expect(firstAuth.collections!.map((c) => c.slug)).not.toContain('users')
    expect(firstAuth.admin?.user).toBeUndefined()
    const approvals = find(firstAuth, 'approvals').fields.find((f) => 'name' in f && f.name === 'by')
    expect(approvals).toMatchObject({ relationTo: 'accounts' })
    expect(() => jobDescriptionsPlugin({ slugs: { users: 'pages' } })(hostConfig([plain('pages', false)]))).toThrow(
      /options\.slugs\.users names "pages", a collection without auth/,
    )
    // A host that maps its own roles gets no roles field.
    const mapped = jobDescriptionsPlugin({ access: { isAdmin: () => false, isReviewer: () => false } })(hostConfig([plain('accounts')]))
    expect(named(mapped)).toEqual([])
  })

  it('follows slug overrides in the collections and their relationships', async () => {
    const slugs = {
      approvals: 'job-approvals',
      careersFaqs: 'job-careers-faqs',
      careersPostings: 'job-careers-postings',
      faqs: 'job-faqs',
      jobDescriptions: 'jobs',
      requirements: 'job-requirements',
      responsibilities: 'duties',
      users: 'staff',
    }
    // Plain strings: a host's slugs need not be in its CollectionSlug union yet.
    const config = jobDescriptionsPlugin({ slugs })(hostConfig())
    expect(config.collections!.map((c) => c.slug)).toEqual(['jobs', 'duties', 'job-requirements', 'job-faqs', 'job-approvals', 'job-careers-postings', 'job-careers-faqs', 'staff'])
    const relations = find(config, 'jobs')
      .fields.flatMap((f) => ('tabs' in f ? f.tabs.flatMap((t) => t.fields) : [f]))
      .flatMap((f) => (f.type === 'relationship' ? [f.relationTo] : []))
    expect(relations).toEqual(['jobs', 'duties', 'job-requirements', 'job-faqs']) // a posting's template, then the items
    const audited = find(config, 'job-approvals').fields.flatMap((f) => (f.type === 'relationship' ? [f.relationTo] : []))
    expect(audited).toEqual([['jobs', 'duties', 'job-requirements', 'job-faqs'], 'staff'])
    expect(config.admin?.user).toBe('staff')
    await expect(buildConfig(config)).resolves.toBeTruthy()
  })

  it('when disabled keeps the schema but hides the collections and closes them to callers', async () => {
    const config = jobDescriptionsPlugin({ enabled: false })(hostConfig())
    const jobs = find(config, 'job-descriptions')
    expect(jobs.admin?.hidden).toBe(true)
    expect(await jobs.access!.read!(request({ id: 1, roles: ['admin'] }) as never)).toBe(false)
    expect(jobs.fields.length).toBeGreaterThan(3)
    expect(jobs.endpoints).toEqual([]) // no instantiate or similar-items doors either
    expect(find(config, 'responsibilities').endpoints).toEqual([])
    expect(config.graphQL?.queries).toBeUndefined()
  })

  it('lets anonymous callers read published documents only, and signed-in users everything', async () => {
    const config = jobDescriptionsPlugin()(hostConfig())
    for (const slug of ['job-descriptions', 'responsibilities', 'requirements']) {
      const { access } = find(config, slug)
      expect(await access!.read!(request(null) as never), slug).toEqual({ _status: { equals: 'published' } })
      expect(await access!.read!(request({ id: 1, roles: ['editor'] }) as never), slug).toBe(true)
      expect(await access!.readVersions!(request(null) as never), slug).toBe(false)
    }
  })

  it('rejects bad options, naming the option and the reason', () => {
    expect(() => jobDescriptionsPlugin({ maxVersionsPerDoc: 0 })(hostConfig())).toThrow(/options\.maxVersionsPerDoc .*>=1/)
    expect(() => jobDescriptionsPlugin({ slugs: { jobDescriptions: 'Job Descriptions' as never } })(hostConfig())).toThrow(
      /options\.slugs\.jobDescriptions must be lowercase/,
    )
    expect(() => jobDescriptionsPlugin({ slug: 'x' } as never)(hostConfig())).toThrow(/options.*slug/)
    expect(() => jobDescriptionsPlugin()({ ...hostConfig(), editor: undefined })).toThrow(/options\.editor is missing/)
  })
})
