import type { JobPostingSort } from 'payload-plugin-job-descriptions/careers'

import type { Locale } from './locale.ts'

const en = {
  allPositions: '← All open positions',
  any: { department: 'Any department', employmentType: 'Any type', location: 'Any location', workplaceType: 'Any workplace' },
  apply: 'Apply for this job',
  careersAt: (name: string) => `Careers at ${name}`,
  clear: 'Clear',
  faqs: 'Frequently asked questions',
  filters: 'Filter open positions',
  ignored: (names: string) => `Some filters were not understood and were ignored: ${names}.`,
  label: { department: 'Department', employmentType: 'Employment', location: 'Location', workplaceType: 'Workplace' },
  language: 'Language',
  next: 'Next →',
  niceToHave: 'Nice to have',
  nothingToPreview: 'Nothing to preview.',
  openPositions: (count: number) => (count === 1 ? '1 open position' : `${count} open positions`),
  openTo: 'Open to applicants in',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  pages: 'Pages',
  posted: 'Posted',
  previewInvalid: 'This preview link is invalid or has expired. Open a new one from the admin.',
  previewNotice: 'Preview of the latest revision, which may not be published. Candidates do not see this page.',
  previous: '← Previous',
  reportsTo: 'Reports to',
  requirements: 'Requirements',
  responsibilities: 'Responsibilities',
  salary: 'Salary',
  search: 'Search',
  searchPlaceholder: 'Title or keyword',
  sort: 'Sort',
  sorts: { RELEVANCE: 'Relevance', NEWEST: 'Newest', TITLE: 'Title' } satisfies Record<JobPostingSort, string>,
  submit: 'Search',
}

const de: typeof en = {
  allPositions: '← Alle offenen Stellen',
  any: { department: 'Alle Bereiche', employmentType: 'Alle Vertragsarten', location: 'Alle Orte', workplaceType: 'Alle Arbeitsmodelle' },
  apply: 'Jetzt bewerben',
  careersAt: (name: string) => `Karriere bei ${name}`,
  clear: 'Zurücksetzen',
  faqs: 'Häufige Fragen',
  filters: 'Offene Stellen filtern',
  ignored: (names: string) => `Nicht verstandene Filter wurden ignoriert: ${names}.`,
  label: { department: 'Bereich', employmentType: 'Vertragsart', location: 'Ort', workplaceType: 'Arbeitsmodell' },
  language: 'Sprache',
  next: 'Weiter →',
  niceToHave: 'Wünschenswert',
  nothingToPreview: 'Nichts zur Vorschau.',
  openPositions: (count: number) => (count === 1 ? '1 offene Stelle' : `${count} offene Stellen`),
  openTo: 'Bewerbungen aus',
  pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  pages: 'Seiten',
  posted: 'Veröffentlicht am',
  previewInvalid: 'Dieser Vorschau-Link ist ungültig oder abgelaufen. Öffnen Sie einen neuen im Admin.',
  previewNotice: 'Vorschau der neuesten Fassung, die vielleicht nicht veröffentlicht ist. Bewerbende sehen diese Seite nicht.',
  previous: '← Zurück',
  reportsTo: 'Berichtet an',
  requirements: 'Anforderungen',
  responsibilities: 'Aufgaben',
  salary: 'Gehalt',
  search: 'Suche',
  searchPlaceholder: 'Titel oder Stichwort',
  sort: 'Sortierung',
  sorts: { RELEVANCE: 'Relevanz', NEWEST: 'Neueste', TITLE: 'Titel' },
  submit: 'Suchen',
}

/**
 * The site's own words in each locale. What comes from the API (salaries, dates, country names, menu
 * labels) the API has already written for the locale.
 */
export const words: Record<Locale, typeof en> = { de, en }
