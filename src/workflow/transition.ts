import { createLocalReq } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'
import { z } from 'zod'

import { reviews, writes } from '../access/roleModel.ts'
import { documentName } from './documentName.ts'
import { refuse } from '../refuse.ts'
import { actions, stageLabels } from './stages.ts'
import type { Action, Stage } from './stages.ts'
import { setTransition } from './transitionContext.ts'
import { findMain, latestVersion } from './versions.ts'

export const transitionInput = z.object({
  action: z.enum(actions),
  comment: z.string().trim().max(5000, 'must be at most 5,000 characters').optional(),
  /** The revision the reviewer looked at; approve and request changes name it. */
  versionId: z.union([z.string().min(1), z.number()]).transform(String).optional(),
})
export type TransitionInput = z.input<typeof transitionInput>

/** The stage each move starts from, and the stage it leads to. */
const moves: Record<Exclude<Action, 'publish' | 'unpublish'>, { from: Stage[]; to: Stage }> = {
  approve: { from: ['in_review'], to: 'approved' },
  request_changes: { from: ['in_review'], to: 'changes_requested' },
  submit: { from: ['draft', 'changes_requested'], to: 'in_review' },
}

/**
 * One workflow move by a signed-in user, checked on the server whatever door it came through (REST, GraphQL,
 * the admin's buttons, the Local API). Publish and unpublish are the ordinary updates, made with the caller's
 * own access, so they pass the same checks as every other publish.
 */
export const transition = async ({
  collection,
  id,
  input,
  payload,
  req: givenReq,
  user,
}: {
  collection: CollectionSlug
  id: number | string
  input: TransitionInput
  payload: Payload
  req?: PayloadRequest
  user?: null | TypedUser
}) => {
  const parsed = transitionInput.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    refuse(`${issue.path.join('.') || 'input'}: ${issue.message}`, 400)
  }
  const { action, comment, versionId } = parsed.data
  const req = givenReq ?? (await createLocalReq({ user: user ?? undefined }, payload))
  if (!req.user) refuse('Sign in to move a document through review.', 401)
  const config = payload.collections[collection]?.config
  if (!config) refuse(`Unknown collection "${collection}".`, 404)
  const name = documentName(config)

  // The ordinary update with the caller's access: the guard checks the role and, for a publish, the stage.
  if (action === 'publish' || action === 'unpublish') {
    if (action === 'unpublish' && (await findMain(req, collection, id))?._status !== 'published') {
      refuse(`The ${name} is not published.`)
    }
    return payload.update({
      id,
      collection,
      data: { _status: action === 'publish' ? 'published' : 'draft' } as never,
      draft: false,
      overrideAccess: false,
      req,
    })
  }
  if (action === 'submit' && !writes(req)) refuse(`Only editors and HR can submit a ${name} for review.`)
  if (action !== 'submit' && !reviews(req)) {
    refuse(`Only HR can ${action === 'approve' ? 'approve' : 'request changes to'} a ${name}.`)
  }
  if (action === 'request_changes' && !comment) refuse('comment: say what needs to change.', 400)

  const latest = await latestVersion(req, collection, id)
  if (!latest) refuse(`No ${name} with id ${id}.`, 404)
  const stage = (latest.version.stage ?? 'draft') as Stage
  const move = moves[action]
  if (!move.from.includes(stage)) {
    refuse(`Cannot ${action.replace('_', ' ')}: the ${name} is in stage "${stageLabels[stage]}".`)
  }
  const reviewed = String(latest.id)
  if (action !== 'submit') {
    if (!versionId) refuse('versionId: name the revision you reviewed.', 400)
    if (versionId !== reviewed) {
      refuse(`The ${name} changed after revision ${versionId}: review revision ${reviewed} instead.`, 409)
    }
  }
  setTransition(req, collection, id, {
    action,
    approvedVersion: action === 'approve' ? reviewed : null,
    comment,
    to: move.to,
    versionId: action === 'submit' ? undefined : reviewed,
  })
  // A workflow-only save: the newest revision's content, with its new stage, as a new version.
  return payload.update({ id, collection, data: {}, depth: 0, draft: true, overrideAccess: true, req })
}
