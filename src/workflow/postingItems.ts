import type { CollectionSlug, PayloadRequest, TypeWithVersion } from 'payload'

import { careersApiOf } from '../careersApi/settings.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import type { Stage } from './stages.ts'

type Id = number | string
type Revision = TypeWithVersion<Record<string, unknown>>

/** The job description's item relationships, and the collection each holds. */
export const itemFields = (slugs: JobDescriptionsSlugs): [field: string, collection: CollectionSlug][] => [
  ['responsibilities', slugs.responsibilities],
  ['requirements', slugs.requirements],
  ['faqs', slugs.faqs],
]

/** The plugin's slugs, from the config it made; undefined on a collection the plugin did not make. */
export const pluginSlugs = (req: PayloadRequest): JobDescriptionsSlugs | undefined => careersApiOf(req.payload.config)?.slugs

export const idsOf = (value: unknown): Id[] =>
  Array.isArray(value)
    ? value.map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { id: Id }).id : (entry as Id))).filter((id) => id !== null && id !== undefined)
    : []

/** An item a posting revision uses, with its newest revision: what one review of the posting covers. */
export type PostingItem = {
  collection: CollectionSlug
  field: string
  id: Id
  /** The newest revision (an author's last save, or the one in review, or the approved one). */
  latest: Revision
  stage: Stage
}

/**
 * The items a posting revision uses, each with its newest revision, read as stored (no access, no hooks):
 * the workflow decides with them, whoever asks. A deleted item has no versions left, and is left out.
 */
export const postingItems = async (req: PayloadRequest, slugs: JobDescriptionsSlugs, content: Record<string, unknown>): Promise<PostingItem[]> => {
  const items: PostingItem[] = []
  for (const [field, collection] of itemFields(slugs)) {
    const ids = [...new Set(idsOf(content[field]).map(String))]
    if (ids.length === 0) continue
    const { docs } = await req.payload.db.findVersions({ collection, limit: 0, pagination: false, req, sort: '-updatedAt', where: { parent: { in: ids } } })
    const newest = new Map<string, Revision>()
    for (const version of docs as unknown as Revision[]) if (!newest.has(String(version.parent))) newest.set(String(version.parent), version)
    for (const latest of newest.values()) {
      items.push({ collection, field, id: latest.parent as Id, latest, stage: (latest.version.stage ?? 'draft') as Stage })
    }
  }
  return items
}

/**
 * How many published postings other than `posting` use each of these items: a change to a shared item
 * reaches all of them once it is published.
 */
export const otherPublishedUses = async (req: PayloadRequest, slugs: JobDescriptionsSlugs, posting: Id, items: { field: string; id: Id }[]): Promise<Map<string, number>> => {
  const uses = new Map<string, number>()
  for (const [field] of itemFields(slugs)) {
    const ids = items.filter((item) => item.field === field).map((item) => item.id)
    if (ids.length === 0) continue
    const { docs } = await req.payload.db.find<Record<string, unknown> & { id: Id }>({
      collection: slugs.jobDescriptions,
      limit: 0,
      pagination: false,
      req,
      select: { [field]: true },
      where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: 'posting' } }, { id: { not_equals: posting } }, { [field]: { in: ids } }] },
    })
    for (const doc of docs) for (const id of idsOf(doc[field])) uses.set(`${field}:${id}`, (uses.get(`${field}:${id}`) ?? 0) + 1)
  }
  return uses
}
