import type { CollectionSlug, Payload } from 'payload'

import type { Faq, JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { inIdOrder, relatedIds } from '../render/relatedIds.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import type { PostingSource } from './renderPosting.ts'

const latestDrafts = async <T extends { id: number | string }>(payload: Payload, collection: CollectionSlug, ids: (number | string)[]) => {
  if (ids.length === 0) return []
  const { docs } = await payload.find({ collection, depth: 0, draft: true, limit: 0, overrideAccess: true, pagination: false, where: { id: { in: ids } } })
  return inIdOrder(ids, docs as unknown as T[])
}

/**
 * A job description's latest revision with its items' latest drafts: what a preview token shows HR (the
 * only read of the careers API that renders on request, since a draft is never in the read model).
 */
export const draftSource = async (payload: Payload, slugs: JobDescriptionsSlugs, id: number | string): Promise<PostingSource | null> => {
  const job = (await payload.findByID({ collection: slugs.jobDescriptions, depth: 0, disableErrors: true, draft: true, id, overrideAccess: true })) as JobDescription | null
  if (!job) return null
  const [responsibilities, requirements, faqs] = await Promise.all([
    latestDrafts<Responsibility>(payload, slugs.responsibilities, relatedIds(job.responsibilities)),
    latestDrafts<Requirement>(payload, slugs.requirements, relatedIds(job.requirements)),
    latestDrafts<Faq>(payload, slugs.faqs, relatedIds(job.faqs)),
  ])
  return { faqs, job, requirements, responsibilities }
}
