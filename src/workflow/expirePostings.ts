import { createLocalReq } from 'payload'
import type { TaskConfig } from 'payload'

import type { JobDescriptionsSlugs } from '../types.ts'
import { setTransition } from './transitionContext.ts'

export const expirePostingsTaskSlug = 'expireJobPostings'

/** The queue the expiry is scheduled on; a runner must run it (see jobRunnerCheck.ts). */
export const expiryQueue = 'job-descriptions'

/**
 * Unpublishes published postings whose `validThrough` has passed (Google drops them anyway; a careers site
 * should not list them). Runs on the jobs queue every 15 minutes, and on demand with
 * `payload.jobs.queue({ task: 'expireJobPostings', input: {} })`. Each posting is taken down on its own:
 * one that fails is logged and left for the next run, and never stops the others.
 */
export const expirePostingsTask = (slugs: JobDescriptionsSlugs, { scheduled }: { scheduled: boolean }): TaskConfig => ({
  slug: expirePostingsTaskSlug,
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: slugs.jobDescriptions,
      depth: 0,
      pagination: false,
      req,
      select: { title: true },
      where: { and: [{ _status: { equals: 'published' } }, { validThrough: { less_than: new Date().toISOString() } }] },
    })
    let unpublished = 0
    let failed = 0
    for (const { id } of docs) {
      try {
        // A request, and so a transaction, of its own: a failure rolls back this posting alone.
        const own = await createLocalReq({}, req.payload)
        setTransition(own, slugs.jobDescriptions, id, { action: 'expire', to: 'draft' })
        await req.payload.update({ id, collection: slugs.jobDescriptions, data: { _status: 'draft' }, draft: false, req: own })
        unpublished++
      } catch (err) {
        failed++
        req.payload.logger.error({ err, msg: `Could not unpublish the expired posting ${id}; the next run tries again` })
      }
    }
    return { output: { failed, unpublished } }
  },
  outputSchema: [
    { name: 'unpublished', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  schedule: scheduled ? [{ cron: '0 */15 * * * *', queue: expiryQueue }] : [],
})
