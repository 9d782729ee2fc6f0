import type { CollectionBeforeChangeHook } from 'payload'

import { contentCheck } from '../contentCheck/contentCheck'
import { loadItems } from '../templates/jobPlaceholders'
import type { JobDescriptionsSlugs } from '../types'

/** Recomputes the content check whenever a job description is saved. */
export const runContentCheck =
  (slugs: JobDescriptionsSlugs): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const job = { ...originalDoc, ...data }
    return { ...data, contentCheck: contentCheck(job, await loadItems(req, slugs, job)) }
  }
