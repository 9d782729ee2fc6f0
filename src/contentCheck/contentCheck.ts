import type { JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { descriptionPlain } from '../render/description.ts'
import { richTextToPlain } from '../render/richText.ts'
import { fleschKincaidGrade } from './readability.ts'
import { wordList } from './wordList.ts'

/** More must-haves than this discourage qualified applicants from applying. */
export const maxRequired = 8

type Job = Partial<JobDescription>
type Items = { requirements: Requirement[]; responsibilities: Responsibility[] }

/** What Google needs for a job posting's structured data, and whether this job description has it. */
const googleFields: [string, (job: Job) => boolean][] = [
  ['title', (job) => Boolean(job.title)],
  ['description (summary)', (job) => Boolean(richTextToPlain(job.summary))],
  ['employmentType', (job) => Boolean(job.employmentType?.length)],
  ['locations (jobLocation, or countries for remote work)', (job) => Boolean(job.locations?.length)],
  ['salary (baseSalary)', (job) => Boolean(job.salary?.currency && (job.salary.min != null || job.salary.max != null))],
  ['validThrough', (job) => Boolean(job.validThrough)],
  ['applyUrl', (job) => Boolean(job.applyUrl)],
]

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The content check authors see beside a job description: warnings, never blocks (placeholders are
 * blocked elsewhere). Computed on save from the document and the items it uses.
 */
export const contentCheck = (job: Job, items: Items) => {
  const required = items.requirements.filter((r) => r.level !== 'preferred').length
  const preferred = items.requirements.length - required
  const text = descriptionPlain({ job, ...items })
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g)?.length ?? 0
  const grade = fleschKincaidGrade(text)
  const missing = googleFields.filter(([, has]) => !has(job)).map(([name]) => name)
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
