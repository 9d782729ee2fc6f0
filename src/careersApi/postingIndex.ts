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

/** The menus of jobPostingFacets: every filter but remoteFrom. */
export type Menu = Exclude<Dimension, 'remoteFrom'>

export const menus: readonly Menu[] = ['department', 'employmentType', 'location', 'workplaceType']

/** A menu entry's value (a string, or a place for `location`) and its key: a posting counts once a key. */
type MenuValue = { key: string; value: string | { city: null | string; country: string } }

/** How many postings each value of one menu has, by key. */
export type MenuCounts = Map<string, { count: number; value: MenuValue['value'] }>

const distinct = (values: MenuValue[]) => [...new Map(values.map((value) => [value.key, value])).values()]

const menuValuesOf = (posting: IndexedPosting): Record<Menu, MenuValue[]> => ({
  department: posting.department ? [{ key: posting.department, value: posting.department }] : [],
  employmentType: distinct(posting.employmentTypes.map((type) => ({ key: type, value: type }))),
  location: distinct(posting.places.map((place) => ({ key: `${place.country}|${place.city ?? ''}`, value: place }))),
  workplaceType: [{ key: posting.workplaceType, value: posting.workplaceType }],
})

/** The key a filter's value is listed under in its dimension's posting lists (a location by its country). */
const filterKey = (filter: PostingFilter, dimension: Dimension): string | undefined => {
  const value = filter[dimension]
  if (!value) return undefined
  return typeof value === 'string' ? value : value.country
}

/** Each dimension's postings by value (a location by country), in position order. */
const listsOf = (postings: IndexedPosting[]): Record<Dimension, Map<string, number[]>> => {
  const lists: Record<Dimension, Map<string, number[]>> = {
    department: new Map(), employmentType: new Map(), location: new Map(), remoteFrom: new Map(), workplaceType: new Map(),
  }
  const add = (dimension: Dimension, key: string, position: number) => {
    const list = lists[dimension].get(key)
    if (!list) lists[dimension].set(key, [position])
    else if (list.at(-1) !== position) list.push(position)
  }
  postings.forEach((posting, position) => {
    if (posting.department) add('department', posting.department, position)
    add('workplaceType', posting.workplaceType, position)
    for (const type of posting.employmentTypes) add('employmentType', type, position)
    for (const place of posting.places) add('location', place.country, position)
    for (const country of posting.remoteCountries) add('remoteFrom', country, position)
  })
  return lists
}

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

/** The posting lists of every word starting with `prefix` ("develop" finds "developer"). */
const withPrefix = ({ postings, sorted }: Words, prefix: string): number[][] => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid]! < prefix) low = mid + 1
    else high = mid
  }
  const lists: number[][] = []
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) lists.push(postings.get(sorted[i]!)!)
  return lists
}

/**
 * A search's hits: the postings that have every word (in position order of discovery) and each one's
 * score, in an array as long as the index (0: not a hit), so that filtering and ranking read a number
 * rather than look up a map.
 */
export class SearchScores {
  constructor(
    readonly positions: number[],
    private readonly score: Float64Array,
  ) {}

  get(position: number): number {
    return this.score[position]!
  }

  has(position: number): boolean {
    return this.score[position]! > 0
  }
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
 * Search is an inverted index: title words score 10, the rest 1, every query word must be found. Filters
 * start from the shortest posting list of the values asked for, so a query costs what it matches rather
 * than what the index holds; the menus' counts without filter or search are worked out once until the next
 * posting closes. Rendered content stays in the database; a page reads only its own rows.
 */
export class PostingIndex {
  readonly bySlug: Map<string, number>
  private readonly all: number[]
  private readonly body: Words
  private readonly lists: Record<Dimension, Map<string, number[]>>
  private readonly menuValues: Record<Menu, MenuValue[]>[]
  private readonly titles: Words
  private readonly orders = new Map<string, { newest: Int32Array; positionsByNewest: Int32Array; positionsByTitle: Int32Array; title: Int32Array }>()
  private unfiltered: { counts: Record<Menu, MenuCounts>; since: number; until: number } | undefined

  constructor(
    readonly postings: IndexedPosting[],
    titleWords: string[][],
    bodyWords: string[][],
    readonly faqs: { id: string; question: string }[],
  ) {
    this.bySlug = new Map(postings.map((posting, index) => [posting.slug, index]))
    this.all = postings.map((_, index) => index)
    this.titles = wordsOf(titleWords)
    this.body = wordsOf(bodyWords)
    this.lists = listsOf(postings)
    this.menuValues = postings.map(menuValuesOf)
  }

  /** Open on `now`: not past validThrough (the expiry job unpublishes them soon after; this never waits). */
  isOpen(index: number, now: number): boolean {
    const until = this.postings[index]!.validThrough
    return until === null || until >= now
  }

  /**
   * The moments between which the postings open are those open on `now`: after `since` (the last to have
   * closed; -Infinity when none has) and until `until` (the next to close, still open then; Infinity).
   */
  private openSpan(now: number): { since: number; until: number } {
    let [since, until] = [-Infinity, Infinity]
    for (const posting of this.postings) {
      const closes = posting.validThrough
      if (closes === null) continue
      if (closes >= now) until = Math.min(until, closes)
      else since = Math.max(since, closes)
    }
    return { since, until }
  }

  /** Milliseconds until the next open posting closes (its validThrough), or undefined when none will. */
  msUntilNextClosing(now: number): number | undefined {
    const { until } = this.openSpan(now)
    return until === Infinity ? undefined : until - now
  }

  /**
   * Search scores by posting; undefined without search words (everything matches). Each word must be
   * found, by prefix; it adds 10 when in the title and 1 when elsewhere, once however many words it prefixes.
   */
  scores(search: null | string | undefined): SearchScores | undefined {
    const words = search ? queryWords(search) : []
    if (words.length === 0) return undefined
    const size = this.postings.length
    const score = new Float64Array(size)
    let hits: number[] | undefined
    for (const word of words) {
      // Per posting: 1 when the word is in its title, 2 when in its body (both: 3).
      const found = new Uint8Array(size)
      const reached: number[] = []
      for (const [where, bit] of [[this.titles, 1], [this.body, 2]] as const) {
        for (const list of withPrefix(where, word)) {
          for (const position of list) {
            if (found[position] === 0) reached.push(position)
            found[position]! |= bit
          }
        }
      }
      const next = hits ? hits.filter((position) => found[position] !== 0) : reached
      for (const position of next) score[position]! += (found[position]! & 1 ? 10 : 0) + (found[position]! & 2 ? 1 : 0)
      if (hits) for (const position of hits) if (found[position] === 0) score[position] = 0
      hits = next
      if (hits.length === 0) break
    }
    return new SearchScores(hits!, score)
  }

  /** The fewest postings that hold every match: the shortest posting list of a filter (but `skip`), or the search's. */
  private candidates(filter: PostingFilter, scores: SearchScores | undefined, skip?: Dimension): number[] {
    let best: number[] | undefined = scores?.positions
    for (const dimension of Object.keys(this.lists) as Dimension[]) {
      const key = dimension === skip ? undefined : filterKey(filter, dimension)
      if (key === undefined) continue
      const list = this.lists[dimension].get(key) ?? []
      if (!best || list.length < best.length) best = list
    }
    return best ?? this.all
  }

  /** The open postings matching the filter (but `skip`) and the search, by position. */
  select(filter: PostingFilter, scores: SearchScores | undefined, now: number, skip?: Dimension): number[] {
    // The candidates may be a filter's list, shorter than the search's: every match is still a hit.
    return this.candidates(filter, scores, skip).filter(
      (index) => this.isOpen(index, now) && (!scores || scores.has(index)) && matches(this.postings[index]!, filter, skip),
    )
  }

  /**
   * Every posting's rank in a locale's two orders, sorted once a generation and locale: newest first
   * (title, then position, breaking ties) and by title (newest, then position, breaking ties). A page
   * then sorts its matches by integers, not by comparing dates and titles again.
   */
  private ordersOf(locale: string) {
    let orders = this.orders.get(locale)
    if (orders) return orders
    const collator = new Intl.Collator(locale)
    const byDate = (a: number, b: number) => this.postings[b]!.datePosted - this.postings[a]!.datePosted
    const byTitle = (a: number, b: number) => collator.compare(this.postings[a]!.title, this.postings[b]!.title)
    const ranks = (compare: (a: number, b: number) => number) => {
      const positions = Int32Array.from(this.all).sort((a, b) => compare(a, b) || a - b)
      const rank = new Int32Array(positions.length)
      positions.forEach((position, at) => (rank[position] = at))
      return { positions, rank }
    }
    const newest = ranks((a, b) => byDate(a, b) || byTitle(a, b))
    const title = ranks((a, b) => byTitle(a, b) || byDate(a, b))
    orders = { newest: newest.rank, positionsByNewest: newest.positions, positionsByTitle: title.positions, title: title.rank }
    this.orders.set(locale, orders)
    return orders
  }

  /**
   * A window (`offset`, `count`) of the positions in a sort's order: NEWEST (date, newest first), TITLE (in
   * the locale's collation), or RELEVANCE (search score, then newest; newest without a search). The
   * positions are sorted as integers, a rank (and a score) in one number, and only the window is mapped back.
   */
  window(positions: number[], sort: string, scores: SearchScores | undefined, locale: string, offset: number, count: number): number[] {
    const orders = this.ordersOf(locale)
    const [rank, positionAt] = sort === 'TITLE' ? [orders.title, orders.positionsByTitle] : [orders.newest, orders.positionsByNewest]
    const size = this.postings.length
    const relevance = sort === 'RELEVANCE' && scores !== undefined
    const keys = new Float64Array(positions.length)
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!
      // A score is at most 11 a search word: score × size + rank stays an exact integer.
      keys[i] = relevance ? rank[position]! - scores.get(position)! * size : rank[position]!
    }
    keys.sort()
    const window: number[] = []
    for (let i = offset; i < Math.min(keys.length, offset + count); i++) window.push(positionAt[((keys[i]! % size) + size) % size]!)
    return window
  }

  private count(menu: Menu, positions: number[]): MenuCounts {
    const counts: MenuCounts = new Map()
    for (const position of positions) {
      for (const { key, value } of this.menuValues[position]![menu]) {
        const entry = counts.get(key)
        if (entry) entry.count++
        else counts.set(key, { count: 1, value })
      }
    }
    return counts
  }

  /** Every menu's counts over all open postings, kept until the next one closes. */
  private unfilteredCounts(now: number): Record<Menu, MenuCounts> {
    if (this.unfiltered && now > this.unfiltered.since && now <= this.unfiltered.until) return this.unfiltered.counts
    const open = this.select({}, undefined, now)
    const counts = Object.fromEntries(menus.map((menu) => [menu, this.count(menu, open)])) as Record<Menu, MenuCounts>
    this.unfiltered = { counts, ...this.openSpan(now) }
    return counts
  }

  /**
   * Each menu's counts under the filter and the search, the menu's own filter aside (so that a menu shows
   * what choosing another of its values would give).
   */
  menuCounts(filter: PostingFilter, scores: SearchScores | undefined, now: number): Record<Menu, MenuCounts> {
    const unfiltered = (menu: Menu) => !scores && Object.keys(this.lists).every((dimension) => dimension === menu || filterKey(filter, dimension as Dimension) === undefined)
    return Object.fromEntries(
      menus.map((menu) => [menu, unfiltered(menu) ? this.unfilteredCounts(now)[menu] : this.count(menu, this.select(filter, scores, now, menu))]),
    ) as Record<Menu, MenuCounts>
  }
}
