import type { JobDescription, Requirement } from '../generated/documents.ts'
import type { HiringOrganization } from '../types.ts'
import type { DescriptionParts } from './description.ts'

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** Google's credentialCategory values, recognised from the wording of an education requirement. */
const credentialCategory = (text: string): string | undefined => {
  if (/\b(master|msc|m\.sc|mba|phd|doctorate|postgraduate)\b/i.test(text)) return 'postgraduate degree'
  if (/\b(bachelor|bsc|b\.sc|b\.s\.|ba|undergraduate)\b/i.test(text)) return 'bachelor degree'
  if (/\bassociate\b/i.test(text)) return 'associate degree'
  if (/\bhigh school\b/i.test(text)) return 'high school'
  if (/\bcertific/i.test(text)) return 'professional certificate'
  return undefined
}

const experienceRequirements = (requirements: Pick<Requirement, 'category' | 'minimumYears' | 'text'>[]) => {
  const experience = requirements.filter((item) => item.category === 'experience')
  const years = Math.max(0, ...experience.map((item) => item.minimumYears ?? 0))
  if (years > 0) return { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: years * 12 }
  return experience.length > 0 ? experience.map((item) => item.text).join(' ') : undefined
}

const educationRequirements = (requirements: Pick<Requirement, 'category' | 'text'>[]) => {
  const education = requirements.filter((item) => item.category === 'education')
  const categories = [...new Set(education.map((item) => credentialCategory(item.text)).filter(Boolean))]
  if (categories.length > 0) {
    return categories.map((category) => ({ '@type': 'EducationalOccupationalCredential', credentialCategory: category }))
  }
  return education.length > 0 ? education.map((item) => item.text).join(' ') : undefined
}

const dateOnly = (iso: null | string | undefined) => (iso ? iso.slice(0, 10) : undefined)

/** A full ISO 8601 date-time in UTC, as Google wants validThrough; nothing for a missing or unreadable date. */
const isoDateTime = (value: null | string | undefined) => {
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/**
 * One value as itself, several as an array, none as nothing. Google's examples give a single place or country
 * as an object, and validators read paths such as `jobLocation.address.addressCountry` through an object
 * only: a one-element array hides the country from them (Adobe's structured-data validator reports it missing).
 */
const oneOrMany = <T>(values: T[]): T | T[] | undefined => (values.length > 1 ? values : values[0])

type Args = DescriptionParts & {
  /** The whole description as HTML (render/description.ts), made once per read. */
  descriptionHtml: string
  hiringOrganization: HiringOrganization
  /** The posting's page on the careers site. */
  url?: string
  job: DescriptionParts['job'] &
    Pick<
      JobDescription,
      | 'applyUrl'
      | 'datePosted'
      | 'directApply'
      | 'employmentType'
      | 'kind'
      | 'locations'
      | 'salary'
      | 'slug'
      | 'title'
      | 'validThrough'
      | 'workplaceType'
    >
  requirements: (DescriptionParts['requirements'][number] & Pick<Requirement, 'category' | 'minimumYears'>)[]
}

/**
 * schema.org JobPosting for a posting, following Google's job-posting structured data rules; null for a
 * template, which is not a job anyone can apply to. Empty properties are left out, not sent empty.
 */
export const jobPostingJsonLd = ({ descriptionHtml, hiringOrganization, job, requirements, url }: Args) => {
  if (job.kind !== 'posting') return null
  const locations = job.locations ?? []
  const remote = job.workplaceType === 'remote'
  const salary = job.salary
  const hasSalary = salary && (typeof salary.min === 'number' || typeof salary.max === 'number') && salary.currency

  const posting = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: descriptionHtml,
    datePosted: dateOnly(job.datePosted),
    validThrough: isoDateTime(job.validThrough),
    employmentType: job.employmentType?.length ? job.employmentType : undefined,
    hiringOrganization: {
      '@type': 'Organization',
      name: hiringOrganization.name,
      sameAs: hiringOrganization.sameAs,
      logo: hiringOrganization.logo,
    },
    identifier: { '@type': 'PropertyValue', name: hiringOrganization.name, value: job.slug },
    // A fully remote job has no place of work: Google then wants TELECOMMUTE and the countries candidates may
    // live in instead of a jobLocation (and reads a jobLocation as where the work is done, which it is not).
    jobLocation: remote
      ? undefined
      : oneOrMany(
          locations.map((location) => ({
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              streetAddress: location.streetAddress ?? undefined,
              addressLocality: location.city ?? undefined,
              addressRegion: location.region ?? undefined,
              postalCode: location.postalCode ?? undefined,
              // Required by Google for every place; the locations field requires it, so it is always there.
              addressCountry: location.country,
            },
          })),
        ),
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote
      ? oneOrMany(
          locations.map((location) => ({ '@type': 'Country', name: countryNames.of(location.country) ?? location.country })),
        )
      : undefined,
    baseSalary: hasSalary
      ? {
          '@type': 'MonetaryAmount',
          currency: salary.currency,
          value: {
            '@type': 'QuantitativeValue',
            minValue: salary.min ?? undefined,
            maxValue: salary.max ?? undefined,
            unitText: salary.interval ?? 'YEAR',
          },
        }
      : undefined,
    // Only what the posting says: an unset directApply is not a claim that candidates cannot apply directly.
    directApply: typeof job.directApply === 'boolean' ? job.directApply : undefined,
    url,
    experienceRequirements: experienceRequirements(requirements),
    educationRequirements: educationRequirements(requirements),
  }
  // JSON.stringify drops the undefined properties, as JSON-LD consumers expect.
  return JSON.parse(JSON.stringify(posting)) as Record<string, unknown>
}
