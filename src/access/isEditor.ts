import type { Access } from 'payload'

import { writes } from './roleModel.ts'

/** Creates drafts: editors and reviewers, as the role model says (by default every signed-in user). */
export const isEditor: Access = ({ req }) => writes(req)
