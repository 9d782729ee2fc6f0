import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Payload,
  PayloadRequest,
} from 'payload'

import { refuse } from '../refuse.ts'
import { findMain } from '../workflow/versions.ts'
import type { PublicCache } from './publicCache.ts'

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

/** Told of each public change first, in the save's transaction (the careers read model follows it). */
export type PublicChangeFollower = (req: PayloadRequest, collection: string, id: number | string) => Promise<void>

export const withPublicCacheInvalidation =
  (cache: PublicCache, follow?: PublicChangeFollower) =>
  (collection: CollectionConfig): CollectionConfig => {
    // Bumped now, and again half a second later: on PostgreSQL the change commits after this hook, and a
    // request running in between could cache the old answer under the new generation.
    // If the cache cannot be told (Redis down, or not answering within its command timeout):
    // - a change that puts content in public view (a publish, an edit of published content) does not
    //   happen: the save fails with a 503, and its transaction rolls it back with its audit record, rather
    //   than leave answers cached before the outage to be served again once Redis is back;
    // - a take-down (an unpublish, an expiry, a delete) always happens: readers bypass an unreachable cache
    //   and see it at once, and the bump is retried until Redis answers, so no old answer outlives it.
    const log = (payload: Payload) => (err: unknown) => payload.logger.error({ err, msg: 'Could not invalidate the public GraphQL cache' })
    const retryUntilBumped = (payload: Payload, delayMs = 1000) => {
      setTimeout(() => {
        cache.store().bump().catch((err: unknown) => {
          log(payload)(err)
          retryUntilBumped(payload, Math.min(delayMs * 2, 30_000))
        })
      }, delayMs).unref?.()
    }
    const bump = async (payload: Payload, { takesDown }: { takesDown: boolean }) => {
      try {
        await cache.store().bump()
      } catch (err) {
        log(payload)(err)
        if (!takesDown) refuse('The public cache could not be told of this change, so nothing was changed. Try again shortly.', 503)
        retryUntilBumped(payload)
        return
      }
      setTimeout(() => void cache.store().bump().catch(log(payload)), 500).unref?.()
    }
    const beforeChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
      if (originalDoc?.id !== undefined) mainsBefore(req)[`${collection.slug}:${originalDoc.id}`] = await findMain(req, collection.slug, originalDoc.id)
      return data
    }
    const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
      const key = `${collection.slug}:${doc.id}`
      const before = mainsBefore(req)[key]
      delete mainsBefore(req)[key]
      const after = await findMain(req, collection.slug, doc.id)
      if (changedPublic(before, after)) {
        await follow?.(req, collection.slug, doc.id)
        await bump(req.payload, { takesDown: after?._status !== 'published' })
      }
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
      // Followed whatever `doc` says: it can be the newest draft of a document whose main was published.
      await follow?.(req, collection.slug, doc.id)
      if (doc?._status === 'published') await bump(req.payload, { takesDown: true })
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
