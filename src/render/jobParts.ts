import type { PayloadRequest } from 'payload'

import type { JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { previewsDocument } from '../careers/previewRead.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import { descriptionHtml } from './description.ts'
import { loadRelated } from './loadRelated.ts'

export type JobParts = { descriptionHtml: string; requirements: Requirement[]; responsibilities: Responsibility[] }

/**
 * The items a job description's renderings need, and its description HTML, made once per document and
 * request however many rendered fields (HTML, plain text, JSON-LD) ask for them.
 */
export const jobParts = (req: PayloadRequest, slugs: JobDescriptionsSlugs, job: Partial<JobDescription>) => {
  const cache = (req.context.jobParts ??= new Map()) as Map<string, Promise<JobParts>>
  // A preview token's read of this document renders its items' latest drafts; every other read, the
  // items this reader may read. Kept apart, should both ever share a request's context.
  const drafts = previewsDocument(req, job.id)
  const key = `${job.id}:${job.updatedAt}:${drafts ? 'preview' : 'read'}`
  let parts = cache.get(key)
  if (!parts) {
    parts = (async () => {
      const [requirements, responsibilities] = await Promise.all([
        loadRelated<Requirement>(req, slugs.requirements, job.requirements, drafts),
        loadRelated<Responsibility>(req, slugs.responsibilities, job.responsibilities, drafts),
      ])
      return { descriptionHtml: descriptionHtml({ job, requirements, responsibilities }), requirements, responsibilities }
    })()
    cache.set(key, parts)
  }
  return parts
}
