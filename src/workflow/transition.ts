import { createLocalReq } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'
import { z } from 'zod'

import { reviews, writes } from '../access/roleModel.ts'
import { documentName } from './documentName.ts'
import { refuse } from '../refuse.ts'
import { actions, stageLabels } from './stages.ts'
import type { Action, Stage } from './stages.ts'
import { pluginSlugs, postingItems } from './postingItems.ts'
import type { PostingItem } from './postingItems.ts'
import { setTransition, withPosting } from './transitionContext.ts'
import { findMain, latestVersion } from './versions.ts'

const idInput = z.union([z.string().min(1).max(64), z.number()]).transform(String)

export const transitionInput = z.object({
  action: z.enum(actions),
  comment: z.string().trim().max(5000, 'must be at most 5,000 characters').optional(),
  /**
   * For a job description: the item revisions the reviewer looked at with it (the review diff's `pinned`);
   * approve and request changes name every item under review with the posting.
   */
  items: z.array(z.object({ collection: z.string().min(1).max(64), id: idInput, versionId: idInput }).strict()).max(1000).optional(),
  /** The revision the reviewer looked at; approve and request changes name it. */
  versionId: idInput.optional(),
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
  const { action, comment, items: pinned, versionId } = parsed.data
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
  // A job description's review is also that of the items it uses that have changes nobody reviewed yet.
  const slugs = pluginSlugs(req)
  const withItems = slugs?.jobDescriptions === collection ? await itemsMovedWith(req, slugs, latest.version, action, pinned) : []
  setTransition(req, collection, id, {
    action,
    approvedVersion: action === 'approve' ? reviewed : null,
    comment,
    to: move.to,
    versionId: action === 'submit' ? undefined : reviewed,
  })
  // A workflow-only save: the newest revision's content, with its new stage, as a new version.
  const doc = await payload.update({ id, collection, data: {}, depth: 0, draft: true, overrideAccess: true, req })
  const title = String((doc as { title?: unknown }).title ?? id)
  for (const item of withItems) {
    await withPosting(req, title, () =>
      transition({ collection: item.collection, id: item.id, input: { action, comment, versionId: String(item.latest.id) }, payload, req }),
    )
  }
  return doc
}

/** An item as the messages name it: its field and the start of its sentence. */
const itemName = (item: PostingItem) => {
  const text = String(item.latest.version.text ?? item.latest.version.question ?? item.id)
  return `${item.field} "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`
}

/**
 * The items that move with a job description's submit, approve or request changes, checked before anything
 * moves: a submit takes every item with changes not yet submitted; approve and request changes take every
 * item in review, each of which the reviewer must name with the revision they saw (`items`), so that an
 * item edited after the reviewer looked is never approved unseen.
 */
const itemsMovedWith = async (
  req: PayloadRequest,
  slugs: NonNullable<ReturnType<typeof pluginSlugs>>,
  revision: Record<string, unknown>,
  action: Exclude<Action, 'publish' | 'unpublish'>,
  pinned: { collection: string; id: string; versionId: string }[] | undefined,
): Promise<PostingItem[]> => {
  const items = await postingItems(req, slugs, revision)
  if (action === 'submit') return items.filter((item) => item.stage === 'draft' || item.stage === 'changes_requested')
  const inReview = items.filter((item) => item.stage === 'in_review')
  for (const item of inReview) {
    const seen = pinned?.find((pin) => pin.collection === item.collection && pin.id === String(item.id))
    if (!seen) {
      refuse(
        `items: the ${itemName(item)} is under review with this job description: name the revision you reviewed ` +
          `({ collection: "${item.collection}", id: "${item.id}", versionId: "${item.latest.id}" }, as the review diff's "pinned" gives it).`,
        409,
      )
    }
    if (seen.versionId !== String(item.latest.id)) {
      refuse(`The ${itemName(item)} changed after revision ${seen.versionId}: review revision ${item.latest.id} instead.`, 409)
    }
  }
  return inReview
}
