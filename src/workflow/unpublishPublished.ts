import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { contentOf, findMain, latestVersion } from './versions.ts'

type Args = Record<string, any> & { data?: Record<string, unknown>; draft?: boolean; id?: number | string }

const contextKey = 'jobDescriptionsNewerDraft'
const keyOf = (collection: string, id: number | string) => `${collection}:${String(id)}`
const newerDrafts = (req: PayloadRequest) => (req.context[contextKey] ??= {}) as Record<string, number | string>

/**
 * An unpublish takes down the published document, whoever asks (HR, the expiry job, a scheduled unpublish).
 * Payload builds an update on the newest revision, so an unpublish used to carry an editor's unfinished
 * draft into the main document and validate it: one invalid draft (drafts are saved unvalidated) blocked
 * HR's unpublish, and stopped the expiry job. Here the update starts from the published content instead
 * (the caller's own fields still win), which validated when it was published; the editor's newer draft is
 * noted, and put back as the newest revision once the unpublish is saved (`keepNewerDraft`), so nothing
 * an author saved is lost.
 */
export const unpublishPublished = async (args: Args, req: PayloadRequest, collection: SanitizedCollectionConfig): Promise<Args> => {
  if (args.id === undefined) return args
  // Whatever an earlier save of this document in the same request noted (one that failed) is not this one's.
  delete newerDrafts(req)[keyOf(collection.slug, args.id)]
  if (args.draft || args.data?._status !== 'draft') return args
  const published = await findMain(req, collection.slug, args.id)
  if (published?._status !== 'published') return args
  const newest = await latestVersion(req, collection.slug, args.id)
  if (newest && newest.version._status !== 'published') newerDrafts(req)[keyOf(collection.slug, args.id)] = newest.id
  return { ...args, data: { ...contentOf(published), ...args.data } }
}

/** The draft an unpublish set aside, read once. */
export const takeNewerDraft = (req: PayloadRequest, collection: string, id: number | string) => {
  const drafts = newerDrafts(req)
  const versionId = drafts[keyOf(collection, id)]
  delete drafts[keyOf(collection, id)]
  return versionId
}
