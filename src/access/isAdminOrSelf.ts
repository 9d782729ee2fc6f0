import type { Access } from 'payload'

import { isAdminUser } from './roleModel.ts'

/** Admins manage every account; everyone else reads and edits only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req)) return true
  return { id: { equals: req.user.id } }
}
