import type { Access, Where } from 'payload'

import { reviews } from './isHR.ts'

const neverPublished: Where = { _status: { not_equals: 'published' } }

/** Deleting a public document takes it down, which only HR may do; editors delete what was never public. */
export const unpublishedUnlessHR: Access = ({ req }) => {
  if (!req.user) return false
  return reviews(req.user) ? true : neverPublished
}
