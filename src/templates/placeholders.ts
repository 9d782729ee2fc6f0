/**
 * Placeholders left in template text for the author to fill in:
 * - `[Your Company Name]`: bracketed, one value wherever it appears;
 * - `{{company}}`: named, one value wherever it appears;
 * - `x years`: a number of years, its own value in every sentence it appears in.
 */
export type PlaceholderKind = 'bracket' | 'mustache' | 'years'

export type Placeholder = {
  /** What instantiation asks a value for: "[Your Company Name]", "{{company}}", or "x years" + where. */
  key: string
  kind: PlaceholderKind
  /** The text as written, e.g. "x years". */
  token: string
  /** Where it was found: a field ("summary") or an item ("requirements: x years of experience as…"). */
  where: string
}

const patterns: { kind: PlaceholderKind; regex: RegExp }[] = [
  { kind: 'bracket', regex: /\[[^[\]\n]{1,80}\]/g },
  { kind: 'mustache', regex: /\{\{\s*[\w.-]+\s*\}\}/g },
  { kind: 'years', regex: /\b[xX]\+?\s+years?\b/g },
]

const normalise = (kind: PlaceholderKind, token: string) =>
  kind === 'mustache' ? `{{${token.slice(2, -2).trim()}}}` : token

/** Every placeholder in one piece of text, in order of appearance. */
export const findPlaceholders = (text: string, where: string): Placeholder[] =>
  patterns
    .flatMap(({ kind, regex }) =>
      [...text.matchAll(regex)].map((match) => ({
        index: match.index,
        placeholder: {
          key: kind === 'years' ? `${match[0]} (${where})` : normalise(kind, match[0]),
          kind,
          token: match[0],
          where,
        },
      })),
    )
    .sort((a, b) => a.index - b.index)
    .map(({ placeholder }) => placeholder)

/** Replaces the placeholders of `text` found at `where` with their values. */
export const fillPlaceholders = (text: string, where: string, values: Record<string, number | string>): string =>
  patterns.reduce(
    (filled, { kind, regex }) =>
      filled.replace(regex, (token) => {
        const key = kind === 'years' ? `${token} (${where})` : normalise(kind, token)
        const value = values[key]
        if (value === undefined) return token
        return kind === 'years' ? `${value} ${Number(value) === 1 ? 'year' : 'years'}` : String(value)
      }),
    text,
  )
