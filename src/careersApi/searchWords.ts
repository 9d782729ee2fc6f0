/**
 * The words search matches, made the same way from postings (at publish time) and from queries: case and
 * accents folded ("Müller" -> "muller"), and a word joined by hyphens, dots or apostrophes indexed both
 * whole and in parts ("Back-end" -> "backend", "back", "end"; "Node.js" -> "nodejs", "node", "js"), so
 * "backend" finds "Back-end" and "nodejs" finds "Node.js". "+" and "#" stay part of a word (C++, C#).
 */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()

const joiners = /[-‐‑–._'’]+/g

/** Every word of a text, joined and in parts, each once, in order of appearance. */
export const indexWords = (text: string): string[] => {
  const words = new Set<string>()
  for (const raw of fold(text).split(/[^\p{L}\p{N}+#\-‐‑–._'’]+/u)) {
    const trimmed = raw.replace(/^[-‐‑–._'’]+|[-‐‑–._'’]+$/g, '')
    if (!trimmed) continue
    const joined = trimmed.replace(joiners, '')
    if (joined) words.add(joined)
    for (const part of trimmed.split(joiners)) if (part) words.add(part)
  }
  return [...words]
}

/** A query's words: each joined whole ("back-end" and "backend" alike ask for "backend"). At most 10. */
export const queryWords = (query: string): string[] =>
  [
    ...new Set(
      fold(query)
        .split(/[^\p{L}\p{N}+#\-‐‑–._'’]+/u)
        .map((word) => word.replace(joiners, ''))
        .filter(Boolean),
    ),
  ].slice(0, 10)
