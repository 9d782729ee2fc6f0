type Related = (number | string | { id: number | string })[] | null | undefined

/** The ids a relationship value holds, in its order, whether Payload populated it or not. */
export const relatedIds = (value: Related): (number | string)[] => (value ?? []).map((item) => (typeof item === 'object' ? item.id : item))

/** `docs` in the order of `ids`, left out where none was found (deleted, or not readable). */
export const inIdOrder = <T extends { id: number | string }>(ids: (number | string)[], docs: T[]): T[] => {
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.map((id) => byId.get(String(id))).filter((doc): doc is T => doc !== undefined)
}
