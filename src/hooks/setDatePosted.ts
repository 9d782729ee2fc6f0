import type { CollectionBeforeChangeHook } from 'payload'

/** `datePosted` records the first publication and never moves afterwards (JobPosting.datePosted). */
export const setDatePosted: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const datePosted = originalDoc?.datePosted ?? data.datePosted ?? new Date().toISOString()
  return { ...data, datePosted }
}
