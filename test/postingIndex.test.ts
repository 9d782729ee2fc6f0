import { describe, expect, it } from 'vitest'

import { menus, PostingIndex } from '../src/careersApi/postingIndex'
import { queryWords } from '../src/careersApi/searchWords'
import type { IndexedPosting, Menu, PostingFilter } from '../src/careersApi/postingIndex'

/**
 * The index's shortcuts (posting lists, integer ranks, menu counts kept until a posting closes) against the
 * plain definitions they stand for, on generated postings: every filter and search gives the postings a
 * full scan gives, in the order a full sort gives, and each menu counts what the filter without its own
 * dimension matches.
 */
const day = 86_400_000
const now = Date.UTC(2026, 11, 2)
const departments = ['Engineering', 'Legal', 'Data', null]
const places = [{ city: 'Berlin', country: 'DE' }, { city: 'Hamburg', country: 'DE' }, { city: null, country: 'NL' }, { city: 'Paris', country: 'FR' }]
const types = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR']
const workplaces = ['ON_SITE', 'HYBRID', 'REMOTE']
const titles = ['Backend developer', 'Legal counsel', 'Data analyst', 'Back-end lead', 'Ärztin']

const postings: IndexedPosting[] = Array.from({ length: 240 }, (_, i) => ({
  // Every fifth shares a date with the one before: ties are broken by title, then by position.
  datePosted: now - Math.floor(i / 5) * day - (i % 5 === 0 ? 0 : 1),
  department: departments[i % departments.length]!,
  employmentTypes: i % 7 === 0 ? [types[0]!, types[1]!] : [types[i % types.length]!],
  faqIds: [],
  places: i % 11 === 0 ? [places[0]!, places[2]!] : [places[i % places.length]!],
  posting: String(i),
  remoteCountries: i % 3 === 2 ? ['DE', 'AT'] : [],
  slug: `p-${i}`,
  title: `${titles[i % titles.length]} ${i % 4}`,
  // Some closed already, some close tomorrow, most never.
  validThrough: i % 13 === 0 ? now - day : i % 17 === 0 ? now + day : null,
  workplaceType: workplaces[i % workplaces.length]!,
}))
const titleWords = postings.map((posting) => posting.title.toLowerCase().replace('-', '').split(' '))
const bodyWords = postings.map((_, i) => (i % 2 ? ['python', 'nodejs'] : ['legal']))
const index = new PostingIndex(postings, titleWords, bodyWords, [])

/** Search as defined: every word found by prefix; 10 when in the title, 1 when in the body, per word. */
const naiveScores = (search: string | undefined): Map<number, number> | undefined => {
  const words = search ? queryWords(search) : []
  if (words.length === 0) return undefined
  const scores = new Map<number, number>()
  postings.forEach((_, i) => {
    let total = 0
    for (const word of words) {
      const [title, body] = [titleWords[i]!.some((w) => w.startsWith(word)), bodyWords[i]!.some((w) => w.startsWith(word))]
      if (!title && !body) return
      total += (title ? 10 : 0) + (body ? 1 : 0)
    }
    scores.set(i, total)
  })
  return scores
}

const matches = (posting: IndexedPosting, filter: PostingFilter, skip?: string) =>
  (skip === 'department' || !filter.department || posting.department === filter.department) &&
  (skip === 'workplaceType' || !filter.workplaceType || posting.workplaceType === filter.workplaceType) &&
  (skip === 'employmentType' || !filter.employmentType || posting.employmentTypes.includes(filter.employmentType)) &&
  (skip === 'remoteFrom' || !filter.remoteFrom || posting.remoteCountries.includes(filter.remoteFrom)) &&
  (skip === 'location' || !filter.location || posting.places.some((p) => p.country === filter.location!.country && (!filter.location!.city || p.city === filter.location!.city)))
const open = (posting: IndexedPosting, at: number) => posting.validThrough === null || posting.validThrough >= at

type Hits = { get: (i: number) => number | undefined; has: (i: number) => boolean }
const scan = (filter: PostingFilter, scores: Hits | undefined, at: number, skip?: string) =>
  postings.map((_, i) => i).filter((i) => open(postings[i]!, at) && (!scores || scores.has(i)) && matches(postings[i]!, filter, skip))

const collator = new Intl.Collator('en')
const fullSort = (positions: number[], sort: string, scores: Hits | undefined) => {
  const byDate = (a: number, b: number) => postings[b]!.datePosted - postings[a]!.datePosted
  const byTitle = (a: number, b: number) => collator.compare(postings[a]!.title, postings[b]!.title)
  const compare =
    sort === 'TITLE'
      ? (a: number, b: number) => byTitle(a, b) || byDate(a, b) || a - b
      : sort === 'RELEVANCE' && scores
        ? (a: number, b: number) => scores.get(b)! - scores.get(a)! || byDate(a, b) || byTitle(a, b) || a - b
        : (a: number, b: number) => byDate(a, b) || byTitle(a, b) || a - b
  return [...positions].sort(compare)
}

const menuKey = (menu: Menu, posting: IndexedPosting): string[] =>
  menu === 'department' ? (posting.department ? [posting.department] : [])
  : menu === 'employmentType' ? [...new Set(posting.employmentTypes)]
  : menu === 'location' ? [...new Set(posting.places.map((p) => `${p.country}|${p.city ?? ''}`))]
  : [posting.workplaceType]

const filters: PostingFilter[] = [
  {},
  { department: 'Engineering' },
  { department: 'Legal', workplaceType: 'REMOTE' },
  { employmentType: 'PART_TIME', location: { country: 'DE' } },
  { location: { city: 'Berlin', country: 'DE' }, remoteFrom: 'AT' },
  { department: 'Nobody' },
]
const searches = [undefined, 'legal', 'backend python', 'back', 'da legal', 'nothing-matches']

describe('the posting index against full scans', () => {
  for (const at of [now, now + 2 * day]) {
    for (const filter of filters) {
      for (const search of searches) {
        it(`filter ${JSON.stringify(filter)}, search ${search ?? '(none)'}, ${at === now ? 'today' : 'in two days'}`, () => {
          const scores = index.scores(search)
          const naive = naiveScores(search)
          expect(scores && new Map(scores.positions.map((i) => [i, scores.get(i)]))).toEqual(naive)
          const selected = index.select(filter, scores, at)
          expect([...selected].sort((a, b) => a - b)).toEqual(scan(filter, naive, at))
          for (const sort of ['NEWEST', 'TITLE', 'RELEVANCE']) {
            expect(index.window(selected, sort, scores, 'en', 0, selected.length), sort).toEqual(fullSort(selected, sort, naive))
            expect(index.window(selected, sort, scores, 'en', 3, 5), `${sort}, a window`).toEqual(fullSort(selected, sort, naive).slice(3, 8))
          }
          const counts = index.menuCounts(filter, scores, at)
          for (const menu of menus) {
            const expected = new Map<string, number>()
            for (const i of scan(filter, naive, at, menu)) for (const key of menuKey(menu, postings[i]!)) expected.set(key, (expected.get(key) ?? 0) + 1)
            expect(new Map([...counts[menu]].map(([key, { count }]) => [key, count])), menu).toEqual(expected)
          }
        })
      }
    }
  }

  it('keeps the unfiltered counts only while no posting closes', () => {
    const total = (at: number) => [...index.menuCounts({}, undefined, at).workplaceType.values()].reduce((sum, { count }) => sum + count, 0)
    const closing = postings.filter((posting) => posting.validThrough === now + day).length
    expect(closing).toBeGreaterThan(0)
    expect(total(now)).toBe(scan({}, undefined, now).length)
    expect(total(now + day)).toBe(total(now)) // still open at their validThrough
    expect(total(now + day + 1)).toBe(total(now) - closing)
    expect(total(now), 'and back again').toBe(scan({}, undefined, now).length)
  })
})
