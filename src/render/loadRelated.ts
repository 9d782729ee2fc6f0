import { createDataloaderCacheKey } from 'payload'
import type { CollectionSlug, PayloadRequest } from 'payload'

type Related<T> = (number | string | T)[] | null | undefined

/**
 * The related documents behind a relationship value, in its order, whether Payload already populated it
 * or only holds ids. Ids go through the request's dataloader, so the documents of a whole list are loaded
 * in one query per collection, under the caller's access: an anonymous reader gets published items only.
 * The key is the one Payload's GraphQL relationship fields use, so a query asking for a job's rendered
 * description and for its items reads the items once. `drafts` (a preview token's read of the job, see
 * careers/previewRead.ts) reads their latest drafts whoever asks.
 */
export const loadRelated = async <T extends { id: number | string }>(
  req: PayloadRequest,
  collection: CollectionSlug,
  value: Related<T>,
  drafts = false,
): Promise<T[]> => {
  const docs: (null | T)[] = await Promise.all(
    (value ?? []).map(async (item): Promise<null | T> => {
      if (typeof item === 'object') return item
      const doc = await req.payloadDataLoader.load(
        createDataloaderCacheKey({
          collectionSlug: collection,
          currentDepth: 0,
          depth: 0,
          docID: item,
          draft: drafts,
          fallbackLocale: req.fallbackLocale!,
          locale: req.locale!,
          overrideAccess: drafts,
          showHiddenFields: false,
          transactionID: req.transactionID!,
        }),
      )
      // No document: deleted, or not visible to this reader (an unpublished item for the public).
      return (doc ?? null) as null | T
    }),
  )
  return docs.filter((doc): doc is T => doc !== null)
}
