import type { CollectionBeforeChangeHook } from 'payload'

import { peekTransition } from './transitionContext.ts'

/**
 * Every saved revision carries its stage. A workflow move sets it; trusted code that publishes directly
 * (the seed, scripts) marks the revision published; any other save is an edit, and an edit of a revision in
 * review, approved or published starts review over: an approval belongs to the revision HR saw, never to a
 * later one.
 */
export const trackStage: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const transition = peekTransition(req, collection.slug, originalDoc?.id)
  if (transition) return { ...data, approvedVersion: transition.approvedVersion ?? null, stage: transition.to }
  // A restored version is a new revision nobody has reviewed, whatever stage it had (the restore carries the
  // old revision's `_status` and stage in `data`; only the guard's checks made it safe to go ahead).
  if (req.context.isRestoringVersion) return { ...data, approvedVersion: null, stage: 'draft' }
  if ((data._status ?? originalDoc?._status) === 'published') return { ...data, stage: 'published' }
  // The author working on HR's comments stays in "changes requested" until they resubmit.
  const stage = originalDoc?.stage === 'changes_requested' ? 'changes_requested' : 'draft'
  return { ...data, approvedVersion: null, stage }
}
