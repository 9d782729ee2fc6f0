import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload } from 'payload'

import type { PublicCache } from './publicCache'

const touchesPublic = (doc?: { _status?: string } | null) => doc?._status === 'published'

/**
 * Anything a public answer may include changed: a publish, an unpublish, an edit of a published document
 * by trusted code, a delete, a scheduled publish or an expiry firing. Draft saves of unpublished documents
 * leave public answers alone.
 */
export const withPublicCacheInvalidation =
  (cache: PublicCache) =>
  (collection: CollectionConfig): CollectionConfig => {
    // Bumped now, and again half a second later: on PostgreSQL the change commits after this hook, and a
    // request running in between could cache the old answer under the new generation.
    // A Redis outage must not stop HR from publishing: the failure is logged, and answers cached before it
    // can outlive the change by at most the cache's TTL.
    const bump = async (payload: Payload) => {
      const log = (err: unknown) => payload.logger.error({ err, msg: 'Could not invalidate the public GraphQL cache' })
      await cache.store().bump().catch(log)
      setTimeout(() => void cache.store().bump().catch(log), 500).unref?.()
    }
    const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
      if (touchesPublic(doc) || touchesPublic(previousDoc)) await bump(req.payload)
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
      if (touchesPublic(doc)) await bump(req.payload)
    }
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
      },
    }
  }
