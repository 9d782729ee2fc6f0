import type { Payload } from 'payload'

import type { FaqNode, PostingNode } from '../readModel/renderPosting.ts'
import { boundedCache } from '../publicCache/boundedCache.ts'
import { publicCacheOf } from '../publicCache/publicCache.ts'
import type { IndexedPosting } from './postingIndex.ts'
import { PostingIndex } from './postingIndex.ts'
import type { CareersApiSettings } from './settings.ts'

type Loaded = { at: number; generation: string; index: Promise<PostingIndex> }

const loaded = new WeakMap<Payload, Loaded>()

type Row = Omit<IndexedPosting, 'datePosted' | 'validThrough'> & { bodyWords?: null | string; datePosted: string; titleWords?: null | string; validThrough?: null | string }

const words = (text: null | string | undefined) => (text ? text.split(' ') : [])

const load = async (payload: Payload, { locales, slugs }: CareersApiSettings): Promise<PostingIndex> => {
  const [{ docs }, { docs: faqs }] = await Promise.all([
    payload.db.find<Row>({
      collection: slugs.careersPostings,
      limit: 0,
      pagination: false,
      select: {
        bodyWords: true, datePosted: true, department: true, employmentTypes: true, faqIds: true, places: true, posting: true,
        remoteCountries: true, slug: true, title: true, titleWords: true, validThrough: true, workplaceType: true,
      },
      // Filters and words are the same in every locale; the first locale's rows stand for all.
      where: { locale: { equals: locales[0] } },
    }),
    payload.db.find<{ faq: string; question: string }>({ collection: slugs.careersFaqs, limit: 0, pagination: false, select: { faq: true, question: true } }),
  ])
  const postings = docs.map(
    (row): IndexedPosting => ({
      datePosted: Date.parse(row.datePosted),
      department: row.department ?? null,
      employmentTypes: row.employmentTypes,
      faqIds: row.faqIds,
      places: row.places,
      posting: String(row.posting),
      remoteCountries: row.remoteCountries,
      slug: row.slug,
      title: row.title,
      validThrough: row.validThrough ? Date.parse(row.validThrough) : null,
      workplaceType: row.workplaceType,
    }),
  )
  return new PostingIndex(
    postings,
    docs.map((row) => words(row.titleWords)),
    docs.map((row) => words(row.bodyWords)),
    faqs.map((faq) => ({ id: faq.faq, question: faq.question })),
  )
}

/** While the cache's store cannot say its generation (Redis down), the index is read again this often. */
const blindReloadMs = 1000

/**
 * The index of the read model as it is now: kept while the public generation stays (every public change
 * bumps it, on every instance sharing the store), loaded again once after it moves. Concurrent requests
 * share one load.
 */
export const currentIndex = async (payload: Payload, settings: CareersApiSettings): Promise<PostingIndex> => {
  const store = publicCacheOf(payload.config)?.store()
  const generation = store ? await store.generation().catch(() => undefined) : '0'
  const known = loaded.get(payload)
  const fresh = known && (generation === undefined ? Date.now() - known.at < blindReloadMs : known.generation === generation)
  if (known && fresh) return known.index
  const index = load(payload, settings)
  const entry = { at: Date.now(), generation: generation ?? '', index }
  loaded.set(payload, entry)
  index.catch(() => {
    if (loaded.get(payload) === entry) loaded.delete(payload)
  })
  return index
}

/**
 * Rendered nodes read lately, by the index of the generation they were read in (so a public change drops
 * them with it), `posting|locale` or `faq`: a careers site asks for the same few pages over and over, and
 * reading and parsing a node's JSON was most of a page's cost. Bounded by the nodes' JSON bytes (the heap
 * they take is about three times that), so that 10,000 postings in two locales do not all stay.
 */
const nodeCaches = new WeakMap<PostingIndex, ReturnType<typeof boundedCache<{ bytes: number; node: FaqNode | PostingNode }>>>()

/** How many bytes of nodes' JSON the cache of one generation keeps. */
export const nodeCacheBytes = 24 * 1024 * 1024

const nodeCacheOf = (index: PostingIndex) => {
  let cache = nodeCaches.get(index)
  if (!cache) nodeCaches.set(index, (cache = boundedCache({ maxBytes: nodeCacheBytes, sizeOf: ({ bytes }) => bytes })))
  return cache
}

/**
 * The nodes of these rows in the order asked, from the cache of `index`'s generation or else read from
 * the read model in one query; rows the read model lacks are left out.
 */
const nodesOf = async <Node extends FaqNode | PostingNode>(
  index: PostingIndex,
  ids: string[],
  keyOf: (id: string) => string,
  read: (missing: string[]) => Promise<{ id: string; node: Node }[]>,
): Promise<Node[]> => {
  if (ids.length === 0) return []
  const cache = nodeCacheOf(index)
  const found = new Map<string, Node>()
  for (const id of ids) {
    const kept = cache.get(keyOf(id))
    if (kept) found.set(id, kept.node as Node)
  }
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) {
    for (const { id, node } of await read(missing)) {
      found.set(id, node)
      cache.set(keyOf(id), { bytes: JSON.stringify(node).length, node })
    }
  }
  return ids.map((id) => found.get(id)).filter((node): node is Node => node !== undefined)
}

/** The rendered nodes of these postings in a locale, in the order asked. */
export const postingNodes = (payload: Payload, { slugs }: CareersApiSettings, index: PostingIndex, postings: string[], locale: string): Promise<PostingNode[]> =>
  nodesOf(index, postings, (id) => `${id}|${locale}`, async (missing) => {
    const { docs } = await payload.db.find<{ node: PostingNode; posting: number | string }>({
      collection: slugs.careersPostings,
      limit: 0,
      pagination: false,
      select: { node: true, posting: true },
      where: { and: [{ posting: { in: missing } }, { locale: { equals: locale } }] },
    })
    return docs.map((doc) => ({ id: String(doc.posting), node: doc.node }))
  })

/** The rendered nodes of these FAQs, in the order asked. */
export const faqNodes = (payload: Payload, { slugs }: CareersApiSettings, index: PostingIndex, ids: string[]): Promise<FaqNode[]> =>
  nodesOf(index, ids, (id) => id, async (missing) => {
    const { docs } = await payload.db.find<{ faq: string; node: FaqNode }>({
      collection: slugs.careersFaqs,
      limit: 0,
      pagination: false,
      select: { faq: true, node: true },
      where: { faq: { in: missing } },
    })
    return docs.map((doc) => ({ id: doc.faq, node: doc.node }))
  })
