import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

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
    const bump = async () => {
      await cache.store().bump()
      setTimeout(() => void cache.store().bump().catch(() => {}), 500).unref?.()
    }
    const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc }) => {
      if (touchesPublic(doc) || touchesPublic(previousDoc)) await bump()
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
      if (touchesPublic(doc)) await bump()
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
