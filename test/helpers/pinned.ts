import { createLocalReq } from 'payload'
import type { Payload, TypedUser } from 'payload'

import { careersApiOf } from '../../src/careersApi/settings'
import { reviewDiff } from '../../src/workflow/reviewDiff'
import type { PinnedItem } from '../../src/workflow/reviewDiff'

/**
 * The item revisions in review with a job description, as HR's Review panel reads them from the review
 * diff and sends them with approve or request changes: what a test approving a posting names.
 */
export const pinnedItems = async (payload: Payload, id: number | string, reviewer: TypedUser): Promise<PinnedItem[]> =>
  (await reviewDiff(await createLocalReq({ user: reviewer }, payload), careersApiOf(payload.config)!.slugs, id))?.pinned ?? []
