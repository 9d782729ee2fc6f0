import type { JobPostingFacetMenus, JobPostingSummaryFragment } from 'payload-plugin-job-descriptions/careers'

/** What the API calls each workplace and employment type in the page's locale: its own menu labels. */
export type Labels = Map<string, string>

export const labelsOf = (menus: JobPostingFacetMenus): Labels =>
  new Map([...menus.workplaceTypes, ...menus.employmentTypes].map((entry) => [entry.value, entry.label]))

/** "Engineering · Berlin, Germany · Hybrid · Full time": every part already written for the locale. */
export const postingMeta = (posting: JobPostingSummaryFragment, labels: Labels) =>
  [
    posting.department,
    posting.locationDisplay,
    labels.get(posting.workplaceType) ?? posting.workplaceType,
    posting.employmentTypes.map((type) => labels.get(type) ?? type).join(', '),
  ]
    .filter(Boolean)
    .join(' · ')

export const truncate = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`)

/** JSON inside <script> must not be able to close the tag. */
export const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')
