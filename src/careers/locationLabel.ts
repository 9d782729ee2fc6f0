/**
 * A place as careers filter menus show it and the `location` filter takes it: "Berlin, DE", or "DE" for a
 * country alone (remote work). Stored with each location (see src/fields/locations.ts) so the menu's
 * places can be read as distinct values, in one query, however many postings there are.
 */
export const locationLabel = ({ city, country }: { city?: null | string; country: string }): string =>
  [city, country].filter(Boolean).join(', ')

/** The city and country a label names: the country is what follows the last comma. */
export const parseLocationLabel = (label: string): { city: null | string; country: string } => {
  const parts = label.split(',').map((part) => part.trim())
  const country = parts.at(-1)!
  return { city: parts.length > 1 ? parts.slice(0, -1).join(', ') : null, country }
}
