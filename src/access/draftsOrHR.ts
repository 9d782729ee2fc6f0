import type { Access } from 'payload'

import { reviews, writes } from './roleModel.ts'

/**
 * Editors save drafts; only HR publishes. Payload asks this with `{ _status: 'published' }` to decide
 * whether to show the Publish and Schedule buttons, and on restore; the workflow's guard checks the rest
 * (the stage, the approved revision) with a message that says why.
 */
export const draftsOrHR: Access = ({ data, req }) => (data?._status === 'published' ? reviews(req) : writes(req))
