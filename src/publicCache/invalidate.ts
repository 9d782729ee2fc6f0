import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Payload,
  PayloadRequest,
} from 'payload'

import { refuse } from '../refuse'
import { findMain } from '../workflow/versions'
import type { PublicCache } from './publicCache'

type Main = { _status?: string; updatedAt?: string } | null | undefined

const mainsKey = 'jobDescriptionsMainBefore'
const mainsBefore = (req: PayloadRequest) => (req.context[mainsKey] ??= {}) as Record<string, Main>

/**
 * Whether a save changed what the public reads: the main document (a draft save leaves it as it was, even
 * over a published document), while it was or is published. Payload's `previousDoc` is the newest
 * revision, not the main document, so it cannot tell: an unpublish of a posting with a newer draft looked
 * like a draft save, and left the cache serving the posting.
 */
const changedPublic = (before: Main, after: Main) =>
  (before?._status === 'published' || after?._status === 'published') && before?.updatedAt !== after?.updatedAt

export const withPublicCacheInvalidation =
  (cache: PublicCache) =>
  (collection: CollectionConfig): CollectionConfig => {
    // Bumped now, and again half a second later: on PostgreSQL the change commits after this hook, and a
    // request running in between could cache the old answer under the new generation.
    // A change the cache cannot be told of does not happen: the first bump failing (Redis down, or not
    // answering within its timeout) fails the save, which its transaction then rolls back with its audit
    // record, rather than leave cached answers that outlive the change by up to the cache's TTL once Redis
    // is back. The second bump only narrows that window; its failure is logged.
    const bump = async (payload: Payload) => {
      try {
        await cache.store().bump()
      } catch (err) {
        payload.logger.error({ err, msg: 'Could not invalidate the public GraphQL cache; the change is refused' })
        refuse('The public cache could not be told of this change, so nothing was changed. Try again shortly.', 503)
      }
      const log = (err: unknown) => payload.logger.error({ err, msg: 'Could not invalidate the public GraphQL cache' })
      setTimeout(() => void cache.store().bump().catch(log), 500).unref?.()
    }
    const beforeChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
      if (originalDoc?.id !== undefined) mainsBefore(req)[`${collection.slug}:${originalDoc.id}`] = await findMain(req, collection.slug, originalDoc.id)
      return data
    }
    const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
      const key = `${collection.slug}:${doc.id}`
      const before = mainsBefore(req)[key]
      delete mainsBefore(req)[key]
      if (changedPublic(before, await findMain(req, collection.slug, doc.id))) await bump(req.payload)
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
      if (doc?._status === 'published') await bump(req.payload)
    }
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
        beforeChange: [beforeChange, ...(collection.hooks?.beforeChange ?? [])],
      },
    }
  }
