import { configToSchema } from '@payloadcms/graphql'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { parse, validate } from 'graphql'
import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  CareersFaqsDocument,
  CareersFilterOptionsDocument,
  CareersPostingBySlugDocument,
  CareersPostingsDocument,
  CareersPreviewDocument,
} from '../graphql/generated/graphql'
import { createPreviewToken } from '../src/careers/previewToken'
import { transition } from '../src/workflow/transition'
import { looseLocal, startHostPayload } from './helpers/hostPayload'
import type { HostPayload } from './helpers/hostPayload'
import { postingFilters, postingsWhere } from './helpers/payloadPostingsWhere'

const slugs = {
  approvals: 'reviews',
  faqs: 'questions',
  jobDescriptions: 'jobs',
  requirements: 'needs',
  responsibilities: 'duties',
  users: 'staff',
}
const jobs = slugs.jobDescriptions as CollectionSlug
const previewSecret = 'preview-secret-of-the-renamed-host-0123'

describe('renamed slugs: the shipped GraphQL operations and the workflow', () => {
  let host: HostPayload
  let payload: Payload
  let local: ReturnType<typeof looseLocal>
  let route: (request: Request) => Promise<Response>
  const people = {} as Record<'admin' | 'editor' | 'hr', TypedUser>
  let jobId: number | string

  beforeAll(async () => {
    host = await startHostPayload({}, { hiringOrganization: { name: 'Acme' }, previewSecret, slugs })
    payload = host.payload
    local = looseLocal(payload)
    route = GRAPHQL_POST(Promise.resolve(payload.config))
    for (const role of ['admin', 'editor', 'hr'] as const) {
      people[role] = (await local.create({
        collection: slugs.users as CollectionSlug,
        data: { email: `${role}@example.com`, password: `${role}-password-0123`, roles: [role] },
      })) as TypedUser
    }
    const faq = await local.create({
      collection: slugs.faqs as CollectionSlug,
      data: { answer: lexical('Yes.'), question: 'Can I work remotely?' },
      draft: true,
      overrideAccess: false,
      user: people.editor,
    })
    const job = await local.create({
      collection: jobs,
      data: { department: 'Engineering', faqs: [faq.id], kind: 'posting', title: 'Renamed backend developer' },
      draft: true,
      overrideAccess: false,
      user: people.editor,
    })
    jobId = job.id
    for (const [collection, id] of [[slugs.faqs, faq.id], [jobs, job.id]] as const) {
      await publish(collection as CollectionSlug, id)
    }
  })

  afterAll(() => host?.stop())

  const lexical = (text: string) => ({
    root: {
      children: [{ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  })
  const latestVersionId = async (collection: CollectionSlug, id: number | string) =>
    String((await local.findVersions({ collection, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })).docs[0]!.id)
  const publish = async (collection: CollectionSlug, id: number | string) => {
    await transition({ collection, id, input: { action: 'submit' }, payload, user: people.editor })
    await transition({ collection, id, input: { action: 'approve', versionId: await latestVersionId(collection, id) }, payload, user: people.hr })
    await transition({ collection, id, input: { action: 'publish' }, payload, user: people.hr })
  }
  const query = async (document: { toString(): string }, variables: object) => {
    const response = await route(
      new Request('http://localhost/api/graphql', {
        body: JSON.stringify({ query: document.toString(), variables }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] }
  }

  it('builds a schema in which every shipped operation validates', () => {
    const { schema } = configToSchema(payload.config)
    for (const document of [CareersFaqsDocument, CareersFilterOptionsDocument, CareersPostingBySlugDocument, CareersPostingsDocument, CareersPreviewDocument]) {
      expect(validate(schema, parse(document.toString())).map((error) => error.message)).toEqual([])
    }
    // The workflow's mutation keeps its name too.
    expect(schema.getMutationType()?.getFields().workflowJobDescription).toBeDefined()
  })

  it('answers the careers operations over GraphQL', async () => {
    const list = await query(CareersPostingsDocument, { limit: 10, sort: '-datePosted', where: postingsWhere(postingFilters.parse({})) })
    expect(list.errors).toBeUndefined()
    expect(list.data!.JobDescriptions.docs.map((doc: { title: string }) => doc.title)).toEqual(['Renamed backend developer'])
    const slug = list.data!.JobDescriptions.docs[0].slug
    const one = await query(CareersPostingBySlugDocument, { slug })
    expect(one.errors).toBeUndefined()
    expect(one.data!.JobDescriptions.docs[0]).toMatchObject({ faqs: [{ answerPlain: 'Yes.', question: 'Can I work remotely?' }], title: 'Renamed backend developer' })
    const faqs = await query(CareersFaqsDocument, {})
    expect(faqs.data!.Faqs.docs.map((doc: { question: string }) => doc.question)).toEqual(['Can I work remotely?'])
    const options = await query(CareersFilterOptionsDocument, {})
    expect(options.errors).toBeUndefined()
    expect(options.data!.CareersFilterOptions.departments).toEqual(['Engineering'])
    const preview = await query(CareersPreviewDocument, { token: createPreviewToken(jobId, previewSecret) })
    expect(preview.errors).toBeUndefined()
    expect(preview.data!.CareersPreview.title).toBe('Renamed backend developer')
  })

  it('keeps the review history in the renamed approvals collection', async () => {
    expect(payload.collections['approvals' as CollectionSlug]).toBeUndefined()
    const { docs } = await local.find({
      collection: slugs.approvals as CollectionSlug,
      sort: 'createdAt',
      where: { and: [{ documentId: { equals: String(jobId) } }, { collectionSlug: { equals: jobs } }] },
    })
    expect(docs.map((doc) => doc.action)).toEqual(['submit', 'approve', 'publish'])
    // The admin's review panel reads it from there: its slug is handed to the component.
    const panel = payload.collections[jobs]!.config.fields.find((field) => 'name' in field && field.name === 'workflow')
    expect(panel?.admin?.components).toMatchObject({ Field: { clientProps: { approvalsSlug: 'reviews' } } })
  })
})
