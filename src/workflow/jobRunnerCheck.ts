import type { Payload } from 'payload'

import type { JobDescriptionsJobs } from '../types.ts'
import { expiryQueue } from './expirePostings.ts'

/** Payload queues the admin's scheduled publishes and unpublishes without naming a queue: `default`. */
const scheduleQueue = 'default'

const covers = (autoRun: NonNullable<Payload['config']['jobs']['autoRun']>, queue: string) =>
  typeof autoRun === 'function' || autoRun.some((cron) => cron.allQueues || (cron.queue ?? 'default') === queue)

/**
 * At startup: scheduled publishing and the expiry of postings are jobs, and jobs only run when something
 * runs them. Says what will not happen when the config's `jobs.autoRun` runs neither queue, unless the
 * host said it runs a runner itself (`jobs: { runner: 'external' }`). An `autoRun` function is trusted.
 */
export const checkJobRunner = (payload: Payload, jobs: JobDescriptionsJobs | undefined): void => {
  if (jobs?.runner === 'external') return
  const autoRun = payload.config.jobs?.autoRun
  const missing = [
    ...(autoRun && covers(autoRun, scheduleQueue)
      ? []
      : [`scheduled publishes and unpublishes (queue "${scheduleQueue}") stay queued and never happen`]),
    ...(autoRun && covers(autoRun, expiryQueue)
      ? []
      : [`postings past their validThrough date are not unpublished (queue "${expiryQueue}")`]),
  ]
  if (missing.length === 0) return
  payload.logger.warn(
    `jobDescriptionsPlugin: no job runner for ${missing.length === 2 ? 'either queue' : 'one queue'}: ${missing.join('; ')}. ` +
      `Set jobs.autoRun in the Payload config (e.g. [{ allQueues: true, cron: '* * * * *' }]), or run the jobs ` +
      `yourself (payload jobs:run, payload.jobs.run()) and pass the plugin jobs: { runner: 'external' }.`,
  )
}
