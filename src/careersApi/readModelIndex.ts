import type { Payload } from 'payload'

import type { FaqNode, PostingNode } from '../readModel/renderPosting.ts'
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

/** The rendered nodes of these postings in a locale, in the order asked. */
export const postingNodes = async (payload: Payload, { slugs }: CareersApiSettings, postings: string[], locale: string): Promise<PostingNode[]> => {
  if (postings.length === 0) return []
  const { docs } = await payload.db.find<{ node: PostingNode; posting: string }>({
    collection: slugs.careersPostings,
    limit: 0,
    pagination: false,
    select: { node: true, posting: true },
    where: { and: [{ posting: { in: postings } }, { locale: { equals: locale } }] },
  })
  const byPosting = new Map(docs.map((doc) => [String(doc.posting), doc.node]))
  return postings.map((id) => byPosting.get(id)).filter((node): node is PostingNode => node !== undefined)
}

export const faqNodes = async (payload: Payload, { slugs }: CareersApiSettings, ids: string[]): Promise<FaqNode[]> => {
  if (ids.length === 0) return []
  const { docs } = await payload.db.find<{ faq: string; node: FaqNode }>({
    collection: slugs.careersFaqs,
    limit: 0,
    pagination: false,
    select: { faq: true, node: true },
    where: { faq: { in: ids } },
  })
  const byId = new Map(docs.map((doc) => [doc.faq, doc.node]))
  return ids.map((id) => byId.get(id)).filter((node): node is FaqNode => node !== undefined)
}
