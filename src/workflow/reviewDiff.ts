import { diffWords } from 'diff'
import type { CollectionSlug, FlattenedField, PayloadRequest, TypeWithVersion } from 'payload'

import { richTextToPlain } from '../render/richText.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import type { Stage } from './stages.ts'
import { idsOf, itemFields, otherPublishedUses, postingItems } from './postingItems.ts'

/** One run of text in a word diff: unchanged, added (only in the revision) or removed (only in the published one). */
export type DiffPart = { added?: true; removed?: true; value: string }

export type FieldChange = { after: string; before: string; label: string; name: string; parts: DiffPart[] }

export type ItemChange = {
  after: string | null
  before: string | null
  /** The item's collection, and its newest revision: what HR sees here, and approves with the posting when it is in review. */
  collection: string
  /** `changed`: the posting uses the item on both sides, and its latest draft says something else than its published version. */
  change: 'added' | 'changed' | 'removed'
  /** The relationship field of the posting that holds it: responsibilities, requirements or faqs. */
  field: string
  fieldLabel: string
  id: number | string
  parts: DiffPart[]
  /** How many other published postings use the item: publishing its change changes them too. */
  sharedWith: number
  stage: Stage
  versionId: number | string
}

/** An item revision under review with the posting, as approve and request changes name it. */
export type PinnedItem = { collection: string; id: string; versionId: string }

/** What HR reads before approving: the revision under review against the published posting, as text. */
export type ReviewDiff = {
  fields: FieldChange[]
  items: ItemChange[]
  /** Every item in review with this posting, at the revision shown: what the Review panel sends with approve. */
  pinned: PinnedItem[]
  published: { versionId: number | string } | null
  revision: { versionId: number | string }
}

type Revision = TypeWithVersion<Record<string, unknown>>
type Id = number | string

/** Never content an author wrote: workflow bookkeeping and what hooks compute. */
const notCompared = new Set(['_status', 'approvedVersion', 'createdAt', 'id', 'stage', 'updatedAt'])

const isRichText = (value: unknown) => typeof value === 'object' && value !== null && 'root' in value

/** A field's value as the lines a reader compares: rich text as its plain text, rows and groups as `key: value` lines. */
export const textOf = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  if (isRichText(value)) return richTextToPlain(value)
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(value.every((entry) => typeof entry !== 'object') ? ', ' : '\n')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, inner]) => key !== 'id' && textOf(inner) !== '')
      .map(([key, inner]) => `${key}: ${textOf(inner)}`)
      .join('\n')
  }
  return String(value)
}

/** A field's label in the request's language (Payload's labels are a string, `{ en, de }`, or a function of i18n). */
const labelOf = (field: FlattenedField, req: PayloadRequest): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (typeof label === 'function') return String(label({ i18n: req.i18n, t: req.t }))
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[req.i18n?.language ?? 'en'] ?? byLanguage.en ?? field.name
  }
  return field.name
}

const wordDiff = (before: string, after: string): DiffPart[] =>
  diffWords(before, after).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true as const } : {}),
    ...(part.removed ? { removed: true as const } : {}),
  }))

/**
 * What an item says: its text (with a requirement's level, category and minimum years, which HR approves
 * too), or an FAQ's question and answer.
 */
const itemText = (version: Record<string, unknown>): string => {
  if (typeof version.text !== 'string') return [textOf(version.question), textOf(version.answer)].filter(Boolean).join('\n')
  if (!('level' in version)) return version.text
  const facts = [
    version.level ? `level: ${textOf(version.level)}` : '',
    version.category ? `category: ${textOf(version.category)}` : '',
    typeof version.minimumYears === 'number' ? `minimum years: ${version.minimumYears}` : '',
  ].filter(Boolean)
  return facts.length > 0 ? `${version.text}\n(${facts.join(', ')})` : version.text
}

/**
 * Compares the revision under review (the newest version, or `versionId`) with the published version of the
 * posting, through Payload's versions API as the signed-in user (`overrideAccess: false`): the fields an
 * author edits, and each shared item (responsibilities, requirements, FAQs) added, removed, or edited since
 * it was published (its latest draft against its published version). `null` when the posting is unknown.
 */
export const reviewDiff = async (
  req: PayloadRequest,
  slugs: JobDescriptionsSlugs,
  id: Id,
  versionId?: Id,
): Promise<ReviewDiff | null> => {
  const as = { depth: 0, overrideAccess: false, req, user: req.user } as const
  const collection = slugs.jobDescriptions as CollectionSlug
  const versionsOf = async (slug: string, where: Record<string, unknown>, limit: number) =>
    (await req.payload.findVersions({ ...as, collection: slug as CollectionSlug, limit, sort: '-updatedAt', where: where as never }))
      .docs as unknown as Revision[]

  const [revision] = await versionsOf(
    collection,
    versionId === undefined ? { parent: { equals: id } } : { and: [{ parent: { equals: id } }, { id: { equals: versionId } }] },
    1,
  )
  if (!revision) return null
  // The main document says whether the public sees a version at all (an unpublish leaves published versions behind).
  const main = await req.payload.find({ ...as, collection, limit: 1, pagination: false, where: { id: { equals: id } } })
  const isPublic = (main.docs[0] as { _status?: string } | undefined)?._status === 'published'
  const [published] = isPublic
    ? await versionsOf(collection, { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] }, 1)
    : []
  const before = published?.version ?? {}
  const after = revision.version

  const config = req.payload.collections[collection]!.config
  const itemFieldsOfPosting = itemFields(slugs)
  const itemFieldNames = new Set(itemFieldsOfPosting.map(([name]) => name))
  const label = (field: FlattenedField) => labelOf(field, req)
  const compared = config.flattenedFields.filter(
    (field) =>
      !notCompared.has(field.name) &&
      !itemFieldNames.has(field.name) &&
      !['join', 'ui'].includes(field.type) &&
      !('virtual' in field && field.virtual) &&
      !field.admin?.hidden &&
      !field.admin?.readOnly,
  )
  const fields = compared.flatMap((field): FieldChange[] => {
    const [old, now] = [textOf(before[field.name]), textOf(after[field.name])]
    return old === now ? [] : [{ after: now, before: old, label: label(field), name: field.name, parts: wordDiff(old, now) }]
  })

  // Every item of either side as the workflow reads it (stored, newest revision): its stage, and the
  // revision approve and request changes must name.
  const bothSides = Object.fromEntries(itemFieldsOfPosting.map(([name]) => [name, [...idsOf(before[name]), ...idsOf(after[name])]]))
  const stored = new Map((await postingItems(req, slugs, bothSides)).map((item) => [`${item.field}:${item.id}`, item]))
  const items: ItemChange[] = []
  for (const [name, slug] of itemFieldsOfPosting) {
    const field = config.flattenedFields.find((candidate) => candidate.name === name)
    if (!field) continue
    const [oldIds, newIds] = [idsOf(before[name]), idsOf(after[name])]
    const all = [...new Set([...oldIds, ...newIds].map(String))]
    if (all.length === 0) continue
    // Newest first: the first version of a parent is its latest draft, the first published one what the public reads.
    const versions = await versionsOf(slug, { parent: { in: all } }, 1000)
    const latest = new Map<string, string>()
    const live = new Map<string, string>()
    for (const version of versions) {
      const parent = String(version.parent)
      if (!latest.has(parent)) latest.set(parent, itemText(version.version))
      if (!live.has(parent) && version.version._status === 'published') live.set(parent, itemText(version.version))
    }
    const oldSet = new Set(oldIds.map(String))
    const newSet = new Set(newIds.map(String))
    for (const itemId of all) {
      // An item never published reads as its latest draft on the published side too.
      const old = oldSet.has(itemId) ? (live.get(itemId) ?? latest.get(itemId) ?? '') : null
      const now = newSet.has(itemId) ? (latest.get(itemId) ?? '') : null
      if (old === now) continue
      const change = old === null ? 'added' : now === null ? 'removed' : 'changed'
      const current = stored.get(`${name}:${itemId}`)
      items.push({
        after: now,
        before: old,
        change,
        collection: slug,
        field: name,
        fieldLabel: label(field),
        id: [...oldIds, ...newIds].find((candidate) => String(candidate) === itemId)!,
        parts: wordDiff(old ?? '', now ?? ''),
        sharedWith: 0,
        stage: current?.stage ?? 'draft',
        versionId: current?.latest.id ?? '',
      })
    }
  }

  const uses = await otherPublishedUses(req, slugs, id, items)
  for (const item of items) item.sharedWith = uses.get(`${item.field}:${item.id}`) ?? 0
  const pinned = itemFieldsOfPosting.flatMap(([name]) =>
    [...new Set(idsOf(after[name]).map(String))]
      .map((itemId) => stored.get(`${name}:${itemId}`))
      .filter((item) => item?.stage === 'in_review')
      .map((item) => ({ collection: item!.collection, id: String(item!.id), versionId: String(item!.latest.id) })),
  )
  return {
    fields,
    items,
    pinned,
    published: published ? { versionId: published.id } : null,
    revision: { versionId: revision.id },
  }
}
