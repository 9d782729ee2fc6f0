import type { Access, Where } from 'payload'

import { reviews, writes } from './roleModel.ts'

const neverPublished: Where = { _status: { not_equals: 'published' } }

/** Deleting a public document takes it down, which only HR may do; editors delete what was never public. */
export const unpublishedUnlessHR: Access = ({ req }) => {
  if (reviews(req)) return true
  return writes(req) ? neverPublished : false
}
