import type { TaskConfig } from 'payload'

import type { JobDescriptionsSlugs } from '../types'
import { setTransition } from './transitionContext'

export const expirePostingsTaskSlug = 'expireJobPostings'

/**
 * Unpublishes published postings whose `validThrough` has passed (Google drops them anyway; a careers site
 * should not list them). Runs on the jobs queue every 15 minutes, and on demand with
 * `payload.jobs.queue({ task: 'expireJobPostings', input: {} })`.
 */
export const expirePostingsTask = (slugs: JobDescriptionsSlugs, { scheduled }: { scheduled: boolean }): TaskConfig => ({
  slug: expirePostingsTaskSlug,
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: slugs.jobDescriptions,
      depth: 0,
      limit: 500,
      pagination: false,
      req,
      select: { title: true },
      where: { and: [{ _status: { equals: 'published' } }, { validThrough: { less_than: new Date().toISOString() } }] },
    })
    for (const { id } of docs) {
      setTransition(req, slugs.jobDescriptions, id, { action: 'expire', to: 'draft' })
      await req.payload.update({ id, collection: slugs.jobDescriptions, data: { _status: 'draft' } as never, draft: false, req })
    }
    return { output: { unpublished: docs.length } }
  },
  outputSchema: [{ name: 'unpublished', type: 'number' }],
  schedule: scheduled ? [{ cron: '0 */15 * * * *', queue: 'job-descriptions' }] : [],
})
