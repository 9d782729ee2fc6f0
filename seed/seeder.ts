import type { convertMarkdownToLexical } from '@payloadcms/richtext-lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { defaultSlugs } from '../src/plugin.ts'
import { daysAfter } from './daysAfter.ts'
import type { JobDescription } from '../src/generated/documents.ts'
import type { JobDescriptionsSlugs } from '../src/types.ts'
import type { PostingSeed, SeedData, TemplateSeed } from './schema.ts'

export type SeedReport = {
  items: { created: number; reused: number }
  jobDescriptions: { created: string[]; kept: string[] }
  users: { created: string[]; kept: string[] }
}

type Options = {
  /** The demo users, with the README's passwords; by default as `development`. */
  demoUsers?: boolean
  /** Also the example postings (and, unless `demoUsers` says otherwise, the demo users): never in production. */
  development: boolean
  slugs?: Partial<JobDescriptionsSlugs>
}

type Context = {
  payload: Payload
  report: SeedReport
  req: PayloadRequest
  richText: (markdown: string) => ReturnType<typeof convertMarkdownToLexical>
  slugs: JobDescriptionsSlugs
}

/**
 * An item's id as the plugin's generated document types have it (src/generated/documents.ts; number, from
 * the app's SQLite): Payload's own id type is `number | string` wherever the host's types are not known.
 */
type ItemId = Extract<NonNullable<JobDescription['faqs']>[number], number | string>

/** The item whose text (or question) is exactly this one, created published if there is none yet. */
const findOrCreate = async (
  { payload, report, req }: Context,
  collection: CollectionSlug,
  key: 'question' | 'text',
  data: Record<string, unknown>,
): Promise<ItemId> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 1,
    pagination: false,
    req,
    where: { [key]: { equals: data[key] } },
  })
  if (docs[0]) {
    report.items.reused++
    return docs[0].id as ItemId
  }
  report.items.created++
  // `data` was checked by the seed schema; the union of three collections' types cannot say which it is.
  const created = await payload.create({ collection, data: { ...data, _status: 'published' } as never, depth: 0, req })
  return created.id as ItemId
}

type Seeded = { kind: 'posting'; seed: PostingSeed } | { kind: 'template'; seed: TemplateSeed }

const seedJobDescription = async (context: Context, { kind, seed: template }: Seeded): Promise<void> => {
  const { payload, report, req, richText, slugs } = context
  const existing = await payload.count({
    collection: slugs.jobDescriptions,
    req,
    where: { slug: { equals: template.slug } },
  })
  // A job description that exists is never touched again: it may have been edited since it was seeded.
  if (existing.totalDocs > 0) {
    report.jobDescriptions.kept.push(template.slug)
    return
  }

  const responsibilities = []
  for (const item of template.responsibilities) {
    responsibilities.push(await findOrCreate(context, slugs.responsibilities, 'text', item))
  }
  const requirements = []
  for (const item of template.requirements) {
    requirements.push(await findOrCreate(context, slugs.requirements, 'text', item))
  }
  const faqs = []
  for (const item of template.faqs) {
    faqs.push(await findOrCreate(context, slugs.faqs, 'question', { ...item, answer: richText(item.answer) }))
  }

  const postingFields =
    kind === 'posting'
      ? {
          applyUrl: template.applyUrl,
          directApply: template.directApply,
          locations: template.locations,
          salary: template.salary,
          validThrough: template.validThrough ? daysAfter(template.validThrough.daysAfterSeeding) : undefined,
          workplaceType: template.workplaceType,
        }
      : { notesForAuthors: richText(template.notesForAuthors) }
  await payload.create({
    collection: slugs.jobDescriptions,
    data: {
      ...postingFields,
      _status: 'published',
      department: template.department,
      employmentType: template.employmentType,
      faqs,
      kind,
      overview: template.overview ? richText(template.overview) : undefined,
      reportsTo: template.reportsTo,
      requirements,
      responsibilities,
      slug: template.slug,
      summary: richText(template.summary),
      title: template.title,
    },
    depth: 0,
    req,
  })
  report.jobDescriptions.created.push(template.slug)
}

const seedUsers = async ({ payload, report, req, slugs }: Context, users: SeedData['demoUsers']) => {
  for (const user of users) {
    const { totalDocs } = await payload.count({ collection: slugs.users, req, where: { email: { equals: user.email } } })
    if (totalDocs > 0) {
      report.users.kept.push(user.email)
      continue
    }
    await payload.create({ collection: slugs.users, data: user, req })
    report.users.created.push(user.email)
  }
}

/**
 * Writes the seed content. Idempotent: templates are matched by slug, items by their exact text, users by
 * email; what exists is reused or kept as it is. Each template is written in one transaction where the
 * adapter has them (PostgreSQL; not Payload's SQLite adapter by default), so a failure leaves no half-made
 * template behind; a re-run reuses whatever items a failed run left.
 */
export const runSeed = async (payload: Payload, data: SeedData, options: Options): Promise<SeedReport> => {
  // Loaded when seeding, not with the plugin (see the editor note in src/plugin.ts).
  const lexical = await import('@payloadcms/richtext-lexical')
  const editorConfig = await lexical.editorConfigFactory.default({ config: payload.config })
  const report: SeedReport = {
    items: { created: 0, reused: 0 },
    jobDescriptions: { created: [], kept: [] },
    users: { created: [], kept: [] },
  }
  const slugs = { ...defaultSlugs, ...options.slugs }

  const inTransaction = async (work: (context: Context) => Promise<void>) => {
    const req = await createLocalReq({}, payload)
    const context: Context = {
      payload,
      report,
      req,
      richText: (markdown) => lexical.convertMarkdownToLexical({ editorConfig, markdown }),
      slugs,
    }
    await initTransaction(req)
    try {
      await work(context)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

  const documents: Seeded[] = [
    ...data.templates.map((seed) => ({ kind: 'template' as const, seed })),
    ...(options.development ? data.examplePostings.map((seed) => ({ kind: 'posting' as const, seed })) : []),
  ]
  for (const document of documents) await inTransaction((context) => seedJobDescription(context, document))
  if (options.demoUsers ?? options.development) await inTransaction((context) => seedUsers(context, data.demoUsers))
  return report
}

/** True when none of the plugin's content collections holds a document (drafts included). */
export const isContentEmpty = async (payload: Payload, slugs: JobDescriptionsSlugs = defaultSlugs) => {
  const collections = [slugs.jobDescriptions, slugs.responsibilities, slugs.requirements, slugs.faqs]
  for (const collection of collections) {
    if ((await payload.count({ collection })).totalDocs > 0) return false
  }
  return true
}
