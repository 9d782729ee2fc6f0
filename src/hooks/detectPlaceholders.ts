import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { jobPlaceholders, loadItems } from '../templates/jobPlaceholders'
import type { JobDescriptionsSlugs } from '../types'

/** The field a placeholder's error is shown on: the rich-text or text field, or the item list it is in. */
const fieldOf = (where: string) => {
  if (where.startsWith('responsibility ')) return 'responsibilities'
  if (where.startsWith('requirement ')) return 'requirements'
  if (where.startsWith('FAQ ')) return 'faqs'
  return where // a field path: "summary", "locations.0.city"…
}

/**
 * Keeps the list of placeholders on the document (shown in the admin), and refuses to publish a posting
 * that still has one, naming each and where it is. Templates keep theirs: that is what they are for.
 */
export const detectPlaceholders =
  (slugs: JobDescriptionsSlugs): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const job = { ...originalDoc, ...data }
    const placeholders = jobPlaceholders(job, await loadItems(req, slugs, job))
    if (data._status === 'published' && job.kind === 'posting' && placeholders.length > 0) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: placeholders.map((placeholder) => ({
            message: `Unresolved placeholder "${placeholder.token}" in ${placeholder.where}: fill it in before publishing.`,
            path: fieldOf(placeholder.where),
          })),
          req,
        },
        req.t,
      )
    }
    return { ...data, placeholders: placeholders.map(({ key, kind, token, where }) => ({ key, kind, token, where })) }
  }
