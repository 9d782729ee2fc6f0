import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { contentCheck } from '../contentCheck/contentCheck.ts'
import { jobPlaceholders, loadItems } from '../templates/jobPlaceholders.ts'
import type { Placeholder } from '../templates/placeholders.ts'
import type { JobDescriptionsSlugs } from '../types.ts'

/** The field a placeholder's error is shown on: the text field, or the item list it is in. */
const fieldOf = (where: string) => {
  if (where.startsWith('responsibility ')) return 'responsibilities'
  if (where.startsWith('requirement ')) return 'requirements'
  if (where.startsWith('FAQ ')) return 'faqs'
  return where // a field path: "summary", "locations.0.city"…
}

const unresolved = (placeholders: Placeholder[]) =>
  placeholders.map((placeholder) => ({
    message: `Unresolved placeholder "${placeholder.token}" in ${placeholder.where}: fill it in before publishing.`,
    path: fieldOf(placeholder.where),
  }))

/**
 * On every save, with the items loaded once: keeps the list of placeholders (shown in the admin) and the
 * content check on the document, and refuses to publish a posting that still has a placeholder, naming
 * each and where it is. Templates keep theirs: that is what they are for.
 */
export const analyseContent =
  (slugs: JobDescriptionsSlugs): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const job = { ...originalDoc, ...data }
    const items = await loadItems(req, slugs, job)
    const placeholders = jobPlaceholders(job, items)
    if (data._status === 'published' && job.kind === 'posting' && placeholders.length > 0) {
      throw new ValidationError({ collection: collection.slug, errors: unresolved(placeholders), req }, req.t)
    }
    return {
      ...data,
      contentCheck: contentCheck(job, items),
      placeholders: placeholders.map(({ key, kind, token, where }) => ({ key, kind, token, where })),
    }
  }
