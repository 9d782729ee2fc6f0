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
    validThrough: job.validThrough ?? undefined,
    employmentType: job.employmentType?.length ? job.employmentType : undefined,
    hiringOrganization: {
      '@type': 'Organization',
      name: hiringOrganization.name,
      sameAs: hiringOrganization.sameAs,
      logo: hiringOrganization.logo,
    },
    identifier: { '@type': 'PropertyValue', name: hiringOrganization.name, value: job.slug },
    jobLocation:
      !remote && locations.length > 0
        ? locations.map((location) => ({
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              streetAddress: location.streetAddress ?? undefined,
              addressLocality: location.city ?? undefined,
              addressRegion: location.region ?? undefined,
              postalCode: location.postalCode ?? undefined,
              addressCountry: location.country,
            },
          }))
        : undefined,
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote
      ? locations.map((location) => ({ '@type': 'Country', name: countryNames.of(location.country) ?? location.country }))
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
    directApply: Boolean(job.directApply),
    url,
    experienceRequirements: experienceRequirements(requirements),
    educationRequirements: educationRequirements(requirements),
  }
  // JSON.stringify drops the undefined properties, as JSON-LD consumers expect.
  return JSON.parse(JSON.stringify(posting)) as Record<string, unknown>
}
