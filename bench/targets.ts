import type { Correctness } from './correctnessUnderLoad.ts'
import type { Row, Variant } from './row.ts'

/** One target of the issue, checked: what was measured, the bound it is held to, and whether it holds. */
export type Target = {
  /** The bound: the value must be at least, or at most, or under it. */
  bound: { atLeast: number } | { atMost: number } | { under: number }
  /** What is held to it, e.g. "cold ÷ stock". */
  measure: string
  /** null when this run did not measure it (a quick run has one data set). */
  pass: boolean | null
  postings?: number
  query?: string
  unit: '' | ' ms' | '×'
  value: null | number
}

const round2 = (value: number) => Math.round(value * 100) / 100

const holds = (value: number, bound: Target['bound']) =>
  'atLeast' in bound ? value >= bound.atLeast : 'atMost' in bound ? value <= bound.atMost : value < bound.under

const target = (measure: string, value: null | number, bound: Target['bound'], unit: Target['unit'], where: { postings?: number; query?: string } = {}): Target => ({
  bound,
  measure,
  pass: value === null ? null : holds(value, bound),
  ...where,
  unit,
  value: value === null ? null : round2(value),
})

/**
 * The issue's targets, from the rows of a run (and its correctness run):
 * - cold, on one core, at least 10× stock on detail and list; search and facets at 10,000 postings with a
 *   p99 under 20 ms;
 * - warm at least 0.5× the limit, with a p99 under 10 ms;
 * - scale: on every query, cold at 10,000 postings within 1.5× of cold at 100 (requests/s at 100 over those
 *   at 10,000 at most 1.5; faster at 10,000 passes);
 * - host at least 0.7× a bare Next route handler;
 * - publish to visible within 1 s under load, and never a draft.
 */
export const targets = (rows: Row[], correctness: Correctness | undefined, queries: string[]): Target[] => {
  const sizes = [...new Set(rows.map((row) => row.postings))]
  const row = (query: string, postings: number, variant: Variant) => rows.find((r) => r.query === query && r.postings === postings && r.variant === variant)
  const ratio = (query: string, postings: number, over: Variant, under: Variant) => {
    const [a, b] = [row(query, postings, over), row(query, postings, under)]
    return a && b ? a.rps / b.rps : null
  }
  const list: Target[] = []
  for (const postings of sizes) {
    for (const query of ['detail', 'list']) list.push(target('cold ÷ stock', ratio(query, postings, 'cold', 'stock'), { atLeast: 10 }, '×', { postings, query }))
  }
  for (const query of ['search', 'facets']) {
    list.push(target('cold p99', row(query, 10_000, 'cold')?.p99_ms ?? null, { under: 20 }, ' ms', { postings: 10_000, query }))
  }
  for (const postings of sizes) {
    for (const query of queries) {
      list.push(target('warm ÷ limit', ratio(query, postings, 'warm', 'limit'), { atLeast: 0.5 }, '×', { postings, query }))
      list.push(target('warm p99', row(query, postings, 'warm')?.p99_ms ?? null, { under: 10 }, ' ms', { postings, query }))
    }
  }
  for (const query of queries) {
    const [small, large] = [row(query, 100, 'cold'), row(query, 10_000, 'cold')]
    list.push(target('cold @100 ÷ cold @10000', small && large ? small.rps / large.rps : null, { atMost: 1.5 }, '×', { query }))
  }
  for (const postings of sizes) {
    for (const query of queries) list.push(target('host ÷ next-bare', ratio(query, postings, 'host', 'next-bare'), { atLeast: 0.7 }, '×', { postings, query }))
  }
  list.push(
    // Never seen after the publish is a failure, not a figure missing.
    { ...target('publish to visible', correctness?.msToNewContent ?? null, { atMost: 1000 }, ' ms'), ...(correctness && correctness.msToNewContent === null ? { pass: false } : {}) },
    target('drafts seen before the publish', correctness?.draftSeenBeforePublish ?? null, { atMost: 0 }, ''),
    target('stale answers later than 1 s', correctness?.staleAnswersLaterThan1s ?? null, { atMost: 0 }, ''),
  )
  return list
}

/** One line a target: `cold ÷ stock, detail @100: 12.34× (≥ 10×) PASS`. */
export const targetLine = ({ bound, measure, pass, postings, query, unit, value }: Target): string => {
  const where = [query, postings === undefined ? undefined : `@${postings}`].filter(Boolean).join(' ')
  const [sign, limit] = 'atLeast' in bound ? ['≥', bound.atLeast] : 'atMost' in bound ? ['≤', bound.atMost] : ['<', bound.under]
  const measured = value === null ? 'not measured' : `${value}${unit}`
  return `${measure}${where ? `, ${where}` : ''}: ${measured} (${sign} ${limit}${unit}) ${pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL'}`
}
