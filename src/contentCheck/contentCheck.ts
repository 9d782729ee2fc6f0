import type { JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
// The browser-safe halves: the admin runs this check live on the form (src/admin/ContentCheckPanel.tsx).
import { descriptionPlain } from '../render/descriptionText.ts'
import { richTextToPlain } from '../render/richTextPlain.ts'
import { fleschKincaidGrade } from './readability.ts'
import { wordList } from './wordList.ts'

/** More must-haves than this discourage qualified applicants from applying. */
export const maxRequired = 8

type Job = Partial<JobDescription>
type Items = { requirements: Requirement[]; responsibilities: Responsibility[] }

/**
 * What Google needs for a job posting's structured data, whether this job description has it, and the
 * field an author fills in for it.
 */
export const searchFields: { field: string; has: (job: Job) => boolean; name: string }[] = [
  { field: 'title', has: (job) => Boolean(job.title), name: 'title' },
  { field: 'summary', has: (job) => Boolean(richTextToPlain(job.summary)), name: 'description (summary)' },
  { field: 'employmentType', has: (job) => Boolean(job.employmentType?.length), name: 'employmentType' },
  { field: 'locations', has: (job) => Boolean(job.locations?.length), name: 'locations (jobLocation, or countries for remote work)' },
  {
    field: 'salary',
    has: (job) => Boolean(job.salary?.currency && (job.salary.min != null || job.salary.max != null)),
    name: 'salary (baseSalary)',
  },
  { field: 'validThrough', has: (job) => Boolean(job.validThrough), name: 'validThrough' },
  { field: 'applyUrl', has: (job) => Boolean(job.applyUrl), name: 'applyUrl' },
]

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The content check authors see beside a job description: warnings, never blocks (placeholders are
 * blocked elsewhere). Computed on save from the document and the items it uses (the record), and in the
 * admin as the author types. Pure: no I/O, browser-safe imports only.
 */
export const contentCheck = (job: Job, items: Items) => {
  const required = items.requirements.filter((r) => r.level !== 'preferred').length
  const preferred = items.requirements.length - required
  const text = descriptionPlain({ job, ...items })
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g)?.length ?? 0
  const grade = fleschKincaidGrade(text)
  const missing = searchFields.filter(({ has }) => !has(job)).map(({ name }) => name)
  const lower = ` ${[job.title ?? '', text].join(' ').toLowerCase()} `
  const wording = wordList.flatMap(({ category, suggestion, terms }) =>
    terms
      .filter((term) => new RegExp(`[^a-z]${escapeRegExp(term)}`).test(lower))
      .map((term) => ({ category, suggestion, term })),
  )
  const warnings = [
    ...(required > maxRequired ? [`${required} required qualifications: more than ${maxRequired} discourages applicants; mark some as preferred.`] : []),
    ...(missing.length ? [`Search engines need: ${missing.join(', ')}.`] : []),
    ...(words < 150 ? [`The description has ${words} words; 300 to 700 reads as complete.`] : []),
    ...(words > 1000 ? [`The description has ${words} words; above 1,000 many candidates stop reading.`] : []),
    ...(grade !== null && grade > 12 ? [`Readability grade ${grade}: aim for 8 to 10 with shorter sentences and words.`] : []),
    ...wording.map((w) => `"${w.term}" is ${w.category}: ${w.suggestion}`),
  ]
  return {
    descriptionWords: words,
    missingForSearch: missing,
    preferredRequirements: preferred,
    readabilityGrade: grade,
    requiredRequirements: required,
    warnings,
    wording: wording.map(({ category, term }) => ({ category, term })),
  }
}
