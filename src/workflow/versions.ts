import type { CollectionSlug, PayloadRequest, TypeWithVersion } from 'payload'

type Revision = TypeWithVersion<Record<string, unknown>>

/**
 * Versions as stored (no read hooks, relationships as ids), which is what a publish must copy: the computed
 * renderings of a read are not content.
 */
export const findVersion = async (req: PayloadRequest, collection: string, versionId: number | string) => {
  const { docs } = await req.payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: 1,
    pagination: false,
    req,
    where: { id: { equals: versionId } },
  })
  return docs[0] as Revision | undefined
}

/** The newest revision of a document: the one an author last saved, in review, or approved. */
export const latestVersion = async (req: PayloadRequest, collection: string, id: number | string) => {
  const { docs } = await req.payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { parent: { equals: id } },
  })
  return docs[0] as Revision | undefined
}

/** The main document as stored: its `_status` says whether the public sees it. */
export const findMain = (req: PayloadRequest, collection: string, id: number | string) =>
  req.payload.db.findOne<{ _status?: string; id: number | string }>({
    collection: collection as CollectionSlug,
    req,
    where: { id: { equals: id } },
  })

/** Workflow and bookkeeping keys that are not part of what a revision says. */
const notContent = new Set(['_status', 'approvedVersion', 'createdAt', 'id', 'stage', 'updatedAt'])

export const contentOf = (revision: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(revision).filter(([key]) => !notContent.has(key)))
