import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { Approval } from '../generated/documents.ts'
import type { JobDescriptionsSlugs, WorkflowNotifications } from '../types.ts'
import { transactionEnded } from './afterCommit.ts'
import { deliverLater, notify } from './notify.ts'
import type { RecordedAction, Stage } from './stages.ts'
import { takeTransition } from './transitionContext.ts'
import { latestVersion } from './versions.ts'

type Entry = {
  /** Not announced on its own (an item moved with its posting's review). */
  quiet?: boolean
  action: RecordedAction
  comment?: string
  doc: Record<string, any>
  from: null | Stage
  to: null | Stage
  version?: null | string
}

const titleOf = (collection: SanitizedCollectionConfig, doc: Record<string, any>) => {
  const value = doc[collection.admin?.useAsTitle ?? 'id']
  return typeof value === 'string' ? value.slice(0, 200) : String(doc.id)
}

const record = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  slugs: JobDescriptionsSlugs,
  notifications: WorkflowNotifications | undefined,
  { action, comment, doc, from, quiet, to, version }: Entry,
) => {
  const user = req.user && req.user.collection === slugs.users ? req.user : undefined
  const entry = (await req.payload.create({
    collection: slugs.approvals,
    data: {
      action,
      by: user?.id,
      byEmail: user?.email,
      collectionSlug: collection.slug,
      comment: comment || undefined,
      document: action === 'delete' ? undefined : { relationTo: collection.slug, value: doc.id },
      documentId: String(doc.id),
      documentTitle: titleOf(collection, doc),
      from,
      to,
      version,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Approval
  if (quiet) return
  // After the move is committed and the caller answered; see notify. A move rolled back (its record gone
  // with it) is announced to nobody.
  deliverLater(req.payload, async () => {
    await transactionEnded(req)
    const committed = await req.payload.db.findOne({ collection: slugs.approvals, where: { id: { equals: entry.id } } })
    if (committed) await notify({ actor: user, entry, notifications, payload: req.payload, slugs })
  })
}

/**
 * Writes the audit entry for every move a save made: the workflow's own (submit, approve, request changes,
 * publish, unpublish, expire), an edit that sent a reviewed revision back to draft, a restore, and a
 * publication by trusted code.
 */
export const recordTransition =
  (slugs: JobDescriptionsSlugs, notifications?: WorkflowNotifications): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const transition = takeTransition(req, collection.slug, doc.id)
    const from: null | Stage = operation === 'create' ? null : (previousDoc?.stage ?? 'draft')
    const to: Stage = doc.stage ?? 'draft'
    if (!transition && (from === to || (from === null && to === 'draft'))) return doc
    const action: RecordedAction =
      transition?.action ?? (to === 'published' ? 'system_publish' : req.context.isRestoringVersion ? 'restore' : 'edit')
    const version = transition?.versionId ?? String((await latestVersion(req, collection.slug, doc.id))?.id ?? '')
    const comment = transition?.comment ?? (transition?.withPosting ? `With the posting "${transition.withPosting.slice(0, 200)}"` : undefined)
    await record(req, collection, slugs, notifications, { action, comment, doc, from, quiet: Boolean(transition?.withPosting), to, version })
    return doc
  }

/** A deleted document leaves its last entry in the trail, with who deleted it. */
export const recordDeletion =
  (slugs: JobDescriptionsSlugs, notifications?: WorkflowNotifications): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    await record(req, collection, slugs, notifications, { action: 'delete', doc, from: doc.stage ?? null, to: null })
  }
