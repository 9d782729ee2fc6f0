import type { Payload } from 'payload'

import type { ReadModelSettings } from './sync.ts'
import { rebuildReadModel } from './sync.ts'

/**
 * On start: a database with published postings but no read model (one that predates it, or restored
 * without it) gets it built, so the careers API never answers empty while content is public.
 */
export const rebuildIfEmpty = async (payload: Payload, settings: ReadModelSettings): Promise<void> => {
  const { slugs } = settings
  const [{ totalDocs: rows }, { totalDocs: postings }] = await Promise.all([
    payload.db.count({ collection: slugs.careersPostings, where: {} }),
    payload.db.count({ collection: slugs.jobDescriptions, where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: 'posting' } }] } }),
  ])
  if (rows > 0 || postings === 0) return
  const built = await rebuildReadModel(payload, settings)
  payload.logger.info(`Careers read model built: ${built.postings} postings, ${built.faqs} FAQs`)
}
