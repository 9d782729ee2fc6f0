import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { reviews } from '../access/roleModel.ts'
import { changedFields } from './changedFields.ts'
import { documentName } from './documentName.ts'
import { refuse } from '../refuse.ts'
import { stageLabels } from './stages.ts'
import type { Stage } from './stages.ts'
import { checkStatusValue } from './statusValue.ts'
import { pluginSlugs, postingItems } from './postingItems.ts'
import { setTransition, withPosting } from './transitionContext.ts'
import { unpublishPublished } from './unpublishPublished.ts'
import { refuseVersionRewrites } from './versionRewrites.ts'
import { contentOf, findMain, findVersion, latestVersion } from './versions.ts'

type Args = Record<string, any> & { data?: Record<string, unknown>; draft?: boolean; id?: number | string }

const publishApproved = async (args: Args, req: PayloadRequest, collection: SanitizedCollectionConfig): Promise<Args> => {
  const name = documentName(collection)
  if (!reviews(req)) {
    refuse(`Editors cannot publish. Submit the ${name} for review; HR publishes it once the revision is approved.`)
  }
  const id = args.id!
  const latest = await latestVersion(req, collection.slug, id)
  if (!latest) return args // no such document: Payload answers 404
  const stage = (latest.version.stage ?? 'draft') as Stage
  if (stage !== 'approved') {
    refuse(`Only an approved revision can be published; this ${name} is in stage "${stageLabels[stage]}".`)
  }
  const approvedVersion = String(latest.version.approvedVersion)
  const approved = await findVersion(req, collection.slug, approvedVersion)
  if (!approved) refuse(`The approved revision ${approvedVersion} no longer exists; submit the ${name} for review again.`)
  const changed = changedFields(collection.flattenedFields, args.data ?? {}, approved.version)
  if (changed.length > 0) {
    refuse(
      `Not published: ${changed.join(', ')} differ${changed.length === 1 ? 's' : ''} from the approved revision. ` +
        'Save the changes as a draft and submit them for review.',
    )
  }
  // A job description's approval covered the items approved with it: they are published with it, each as
  // the revision HR approved (an item edited since is back in draft, and stays as the public knows it).
  const slugs = pluginSlugs(req)
  if (slugs?.jobDescriptions === collection.slug) {
    const title = String(approved.version.title ?? id)
    for (const item of await postingItems(req, slugs, approved.version)) {
      if (item.stage !== 'approved') continue
      await withPosting(req, title, () =>
        req.payload.update({ id: item.id, collection: item.collection, data: { _status: 'published' }, depth: 0, draft: false, overrideAccess: false, req }),
      )
    }
  }
  setTransition(req, collection.slug, id, { action: 'publish', approvedVersion, to: 'published', versionId: approvedVersion })
  // Exactly the approved content, whatever else the request carried.
  return { ...args, data: { ...contentOf(approved.version), _status: 'published' }, draft: false }
}

const guardUpdate = async (args: Args, req: PayloadRequest, collection: SanitizedCollectionConfig): Promise<Args> => {
  const data = args.data ?? {}
  const name = documentName(collection)
  const unpublishing = data._status === 'draft' && !args.draft
  if (args.id === undefined) {
    if (data._status === 'published') refuse(`Publish one approved ${name} at a time; bulk publishing skips review.`)
    if (unpublishing && !reviews(req)) refuse(`Editors cannot unpublish. Ask HR to unpublish the ${name}s.`)
    return data._status === undefined ? { ...args, draft: true } : args
  }
  if (data._status === 'published') return publishApproved(args, req, collection)

  const current = await findMain(req, collection.slug, args.id)
  if (current?._status !== 'published' || args.draft) return args
  if (unpublishing) {
    if (!reviews(req)) refuse(`Editors cannot unpublish. Ask HR to unpublish the ${name}.`)
    setTransition(req, collection.slug, args.id, { action: 'unpublish', to: 'draft' })
    return args
  }
  // An edit of a published document never changes what the public sees: it becomes the newest draft.
  return { ...args, draft: true }
}

/** Payload reads the restore's `draft` flag before this hook runs, so a restore can only be let through or refused. */
const guardRestore = async (args: Args, req: PayloadRequest, collection: SanitizedCollectionConfig): Promise<Args> => {
  if (args.draft || args.id === undefined) return args
  const version = await findVersion(req, collection.slug, args.id)
  if (!version) return args
  const name = documentName(collection)
  if (version.version._status === 'published') {
    refuse(
      `Restoring a published version would publish it without review. Restore it as a draft, submit it, and HR ` +
        `publishes it once approved.`,
    )
  }
  if ((await findMain(req, collection.slug, version.parent as number | string))?._status === 'published') {
    refuse(
      `Restoring a draft version as it was would unpublish the ${name}. Restore it as a draft ` +
        `(POST .../versions/<id>?draft=true), or ask HR to unpublish the ${name} first.`,
    )
  }
  return args
}

/**
 * The one door every change goes through when access is enforced (REST, GraphQL, the admin, the Local API
 * with `overrideAccess: false`, version restore, scheduled publishing): nothing becomes public unless HR
 * approved that exact revision, only HR and admins take anything down, and no parameter rewrites a version
 * in place. Trusted server code (`overrideAccess: true`) is not second-guessed on who may do what; but for
 * every caller `_status` is "draft" or "published", and an unpublish takes down the published document.
 */
export const guardOperation: CollectionBeforeOperationHook = async ({ args: givenArgs, collection, operation, overrideAccess, req }) => {
  let args = givenArgs as Args
  const trusted = Boolean(overrideAccess ?? args.overrideAccess)
  if (operation === 'create' || operation === 'update') checkStatusValue(collection.slug, args.data)
  if (operation === 'update') {
    if (!trusted) args = await guardUpdate(refuseVersionRewrites(args, req, collection), req, collection)
    return (await unpublishPublished(args, req, collection)) as typeof givenArgs
  }
  if (trusted) return givenArgs
  // A copy of a published document would be published too; a copy is a new draft, whoever makes it.
  if (operation === 'create' && args.duplicateFromID !== undefined && args.duplicateFromID !== null) {
    return { ...args, data: { ...args.data, _status: 'draft' }, draft: true } as unknown as typeof givenArgs
  }
  if (operation === 'create' && args.data?._status === 'published') {
    refuse(
      `A new ${documentName(collection)} starts as a draft: save it, submit it for review, and HR publishes it once approved.`,
    )
  }
  if (operation === 'delete' && args.id !== undefined && req.user && !reviews(req)) {
    const current = await findMain(req, collection.slug, args.id)
    if (current?._status === 'published') {
      refuse(`Editors cannot delete a published ${documentName(collection)}: HR unpublishes it first.`)
    }
  }
  if (operation === 'restoreVersion') return (await guardRestore(args, req, collection)) as typeof givenArgs
  return givenArgs
}
