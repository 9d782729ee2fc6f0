import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { JobDescriptionsSlugs } from '../types.ts'

/**
 * Keeps a document's newest `max` versions, and every version the review record names, however old: the
 * revisions moves concern (submitted, approved, published) and the approved revision a publish copies.
 * Payload's own `maxPerDoc` deletes by age alone, so an editor saving 50 drafts deleted the version HR had
 * approved (a pending publish then failed) and the published one the audit trail links to. The reviewed
 * collections run with Payload's pruning off and this hook instead.
 */
export const pruneVersions = (slugs: JobDescriptionsSlugs, max: number): CollectionAfterChangeHook => {
  const prune: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
    if (max <= 0) return doc
    const slug = collection.slug as CollectionSlug
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      limit: 0,
      pagination: false,
      req,
      sort: '-updatedAt',
      where: { parent: { equals: doc.id } },
    })
    const older = docs.slice(max)
    if (older.length === 0) return doc
    const { docs: records } = await req.payload.find({
      collection: slugs.approvals,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      // Since the document was made: SQLite reuses the id of a deleted last row, and the records of the
      // deleted document (which outlive it) name versions whose ids may be reused too.
      where: {
        and: [
          { documentId: { equals: String(doc.id) } },
          { collectionSlug: { equals: slug } },
          { createdAt: { greater_than_equal: doc.createdAt } },
        ],
      },
    })
    const named = new Set<string>([
      ...records.map((record) => String((record as { version?: unknown }).version ?? '')),
      ...docs.map((version) => String((version.version as { approvedVersion?: unknown }).approvedVersion ?? '')),
      String((doc as { approvedVersion?: unknown }).approvedVersion ?? ''),
    ])
    const prunable = older.map((version) => version.id).filter((id) => !named.has(String(id)))
    if (prunable.length > 0) await req.payload.db.deleteVersions({ collection: slug, req, where: { id: { in: prunable } } })
    return doc
  }
  return prune
}
