import { queryWords } from './searchWords.ts'

/** A read-model row's filter and search columns, as the index holds them (no rendered content). */
export type IndexedPosting = {
  datePosted: number
  department: null | string
  employmentTypes: string[]
  faqIds: string[]
  places: { city: null | string; country: string }[]
  posting: string
  remoteCountries: string[]
  slug: string
  title: string
  validThrough: null | number
  workplaceType: string
}

export type PostingFilter = {
  department?: null | string
  employmentType?: null | string
  location?: null | { city?: null | string; country: string }
  remoteFrom?: null | string
  workplaceType?: null | string
}

type Dimension = keyof PostingFilter

/** A sorted vocabulary, each word with the postings (by position) whose title or body has it. */
type Words = { postings: Map<string, number[]>; sorted: string[] }

const wordsOf = (rows: string[][]): Words => {
  const postings = new Map<string, number[]>()
  rows.forEach((words, index) => {
    for (const word of words) {
      const list = postings.get(word)
      if (list) list.push(index)
      else postings.set(word, [index])
    }
  })
  return { postings, sorted: [...postings.keys()].sort() }
}

/** The postings of every word starting with `prefix` ("develop" finds "developer"). */
const withPrefix = ({ postings, sorted }: Words, prefix: string): Set<number> => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid]! < prefix) low = mid + 1
    else high = mid
  }
  const found = new Set<number>()
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) for (const index of postings.get(sorted[i]!)!) found.add(index)
  return found
}

const matches = (posting: IndexedPosting, filter: PostingFilter, skip?: Dimension) =>
  (skip === 'department' || !filter.department || posting.department === filter.department) &&
  (skip === 'workplaceType' || !filter.workplaceType || posting.workplaceType === filter.workplaceType) &&
  (skip === 'employmentType' || !filter.employmentType || posting.employmentTypes.includes(filter.employmentType)) &&
  (skip === 'remoteFrom' || !filter.remoteFrom || posting.remoteCountries.includes(filter.remoteFrom)) &&
  (skip === 'location' ||
    !filter.location ||
    posting.places.some((place) => place.country === filter.location!.country && (!filter.location!.city || place.city === filter.location!.city)))

/**
 * Every open posting's filter and search columns, held in memory and rebuilt from the read model when the
 * public generation moves (a publish, an unpublish, any public change; see careersApi/readModelIndex.ts).
 * Search is an inverted index: title words score 10, the rest 1, every query word must be found.
 * Rendered content stays in the database; a page reads only its own rows.
 */
export class PostingIndex {
  readonly bySlug: Map<string, number>
  private readonly body: Words
  private readonly titles: Words

  constructor(
    readonly postings: IndexedPosting[],
    titleWords: string[][],
    bodyWords: string[][],
    readonly faqs: { id: string; question: string }[],
  ) {
    this.bySlug = new Map(postings.map((posting, index) => [posting.slug, index]))
    this.titles = wordsOf(titleWords)
    this.body = wordsOf(bodyWords)
  }

  /** Open on `now`: not past validThrough (the expiry job unpublishes them soon after; this never waits). */
  isOpen(index: number, now: number): boolean {
    const until = this.postings[index]!.validThrough
    return until === null || until >= now
  }

  /** Milliseconds until the next open posting closes (its validThrough), or undefined when none will. */
  msUntilNextClosing(now: number): number | undefined {
    let next: number | undefined
    for (const posting of this.postings) {
      const until = posting.validThrough
      if (until !== null && until >= now && (next === undefined || until < next)) next = until
    }
    return next === undefined ? undefined : next - now
  }

  /** Search scores by posting; undefined without search words (everything matches). */
  scores(search: null | string | undefined): Map<number, number> | undefined {
    const words = search ? queryWords(search) : []
    if (words.length === 0) return undefined
    let scores: Map<number, number> | undefined
    for (const word of words) {
      const inTitle = withPrefix(this.titles, word)
      const inBody = withPrefix(this.body, word)
      const next = new Map<number, number>()
      for (const index of new Set([...inTitle, ...inBody])) {
        if (scores && !scores.has(index)) continue
        next.set(index, (scores?.get(index) ?? 0) + (inTitle.has(index) ? 10 : 0) + (inBody.has(index) ? 1 : 0))
      }
      scores = next
      if (scores.size === 0) break
    }
    return scores
  }

  /** The open postings matching the filter (but `skip`) and the search, by position. */
  select(filter: PostingFilter, scores: Map<number, number> | undefined, now: number, skip?: Dimension): number[] {
    const candidates = scores ? [...scores.keys()] : this.postings.map((_, index) => index)
    return candidates.filter((index) => this.isOpen(index, now) && matches(this.postings[index]!, filter, skip))
  }
}
