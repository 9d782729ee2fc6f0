import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { Faq, JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { publicCacheOf } from '../publicCache/publicCache.ts'
import { inIdOrder, relatedIds } from '../render/relatedIds.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import { findMain } from '../workflow/versions.ts'
import { renderFaq, renderPosting } from './renderPosting.ts'
import type { PostingSource, RenderSettings } from './renderPosting.ts'

/** What the sync needs: where things are, the locales rendered, and the JSON-LD settings. */
export type ReadModelSettings = RenderSettings & { locales: readonly string[]; slugs: JobDescriptionsSlugs }

/** The published main documents of these ids, in the ids' order; drafts and deleted ones left out. */
const publishedDocs = async <T extends { id: number | string }>(req: PayloadRequest, collection: CollectionSlug, ids: (number | string)[]) => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.db.find<T>({
    collection,
    limit: 0,
    pagination: false,
    req,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
  })
  return inIdOrder(ids, docs)
}

/** The items a published posting shows: the published revisions of what it references. */
export const publishedSource = async (req: PayloadRequest, slugs: JobDescriptionsSlugs, job: JobDescription): Promise<PostingSource> => {
  const [responsibilities, requirements, faqs] = await Promise.all([
    publishedDocs<Responsibility>(req, slugs.responsibilities, relatedIds(job.responsibilities)),
    publishedDocs<Requirement>(req, slugs.requirements, relatedIds(job.requirements)),
    publishedDocs<Faq>(req, slugs.faqs, relatedIds(job.faqs)),
  ])
  return { faqs, job, requirements, responsibilities }
}

const itemKeys = (job: JobDescription) =>
  ` ${[
    ...relatedIds(job.responsibilities).map((id) => `responsibilities:${id}`),
    ...relatedIds(job.requirements).map((id) => `requirements:${id}`),
    ...relatedIds(job.faqs).map((id) => `faqs:${id}`),
  ].join(' ')} `

const now = () => new Date().toISOString()

/**
 * Brings one job description's rows up to date: rendered anew in every locale when it is a published
 * posting, removed otherwise (unpublished, a template, deleted). Runs in the caller's transaction, so the
 * rows change with the save that changed them, or not at all.
 */
export const syncPosting = async (req: PayloadRequest, settings: ReadModelSettings, id: number | string): Promise<void> => {
  const { slugs } = settings
  const job = (await findMain(req, slugs.jobDescriptions, id)) as JobDescription | null
  await req.payload.db.deleteMany({ collection: slugs.careersPostings, req, where: { posting: { equals: String(id) } } })
  if (!job || job._status !== 'published' || job.kind !== 'posting') return
  const source = await publishedSource(req, slugs, job)
  const keys = itemKeys(job)
  for (const locale of settings.locales) {
    const rendered = renderPosting(source, locale, settings)
    await req.payload.db.create({
      collection: slugs.careersPostings,
      data: { ...rendered, createdAt: now(), itemKeys: keys, updatedAt: now() },
      req,
    })
  }
}

/** One FAQ's row: there while it is a published candidate FAQ. */
export const syncFaq = async (req: PayloadRequest, settings: ReadModelSettings, id: number | string): Promise<void> => {
  const { slugs } = settings
  const faq = (await findMain(req, slugs.faqs, id)) as Faq | null
  await req.payload.db.deleteMany({ collection: slugs.careersFaqs, req, where: { faq: { equals: String(id) } } })
  if (!faq || faq._status !== 'published' || faq.audience === 'authors') return
  await req.payload.db.create({
    collection: slugs.careersFaqs,
    data: { createdAt: now(), faq: String(id), node: renderFaq(faq), question: faq.question, updatedAt: now() },
    req,
  })
}

/** The reviewed collections by slug, as the item keys of the read model name them. */
const itemKind = (settings: ReadModelSettings, collection: string) =>
  (['responsibilities', 'requirements', 'faqs'] as const).find((kind) => settings.slugs[kind] === collection)

/**
 * After a public change of any reviewed document (a publish, an unpublish, an edit of published content,
 * a delete): the job description itself, or every posting that references the item, and the FAQ's own row.
 */
export const followPublicChange = async (req: PayloadRequest, settings: ReadModelSettings, collection: string, id: number | string) => {
  if (collection === settings.slugs.jobDescriptions) return syncPosting(req, settings, id)
  const kind = itemKind(settings, collection)
  if (!kind) return
  if (kind === 'faqs') await syncFaq(req, settings, id)
  const { docs } = await req.payload.db.find<{ posting: string }>({
    collection: settings.slugs.careersPostings,
    limit: 0,
    pagination: false,
    req,
    select: { posting: true },
    where: { itemKeys: { contains: ` ${kind}:${id} ` } },
  })
  for (const posting of new Set(docs.map((doc) => doc.posting))) await syncPosting(req, settings, posting)
}

/**
 * `npm run careers:rebuild`, and a first start on a database whose read model is empty: every row made
 * anew from the published postings and FAQs, in one transaction.
 */
export const rebuildReadModel = async (payload: Payload, settings: ReadModelSettings): Promise<{ faqs: number; postings: number }> => {
  const { slugs } = settings
  const req = { payload, context: {} } as PayloadRequest
  const transactionID = await payload.db.beginTransaction?.()
  if (transactionID) req.transactionID = transactionID
  try {
    await payload.db.deleteMany({ collection: slugs.careersPostings, req, where: {} })
    await payload.db.deleteMany({ collection: slugs.careersFaqs, req, where: {} })
    const ids = async (collection: CollectionSlug, where: Where) => {
      const { docs } = await payload.db.find<{ id: number | string }>({ collection, limit: 0, pagination: false, req, select: { _status: true }, where: { and: [{ _status: { equals: 'published' } }, where] } })
      return docs.map((doc) => doc.id)
    }
    const postings = await ids(slugs.jobDescriptions, { kind: { equals: 'posting' } })
    for (const id of postings) await syncPosting(req, settings, id)
    const faqs = await ids(slugs.faqs, { audience: { not_equals: 'authors' } })
    for (const id of faqs) await syncFaq(req, settings, id)
    if (transactionID) await payload.db.commitTransaction(transactionID)
    // Every instance sharing the cache's store reads the new rows (an in-process store: this process only).
    await publicCacheOf(payload.config)?.store().bump()
    return { faqs: faqs.length, postings: postings.length }
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
