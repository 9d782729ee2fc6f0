import type { Faq, JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { indexWords } from '../careersApi/searchWords.ts'
import { descriptionHtml, descriptionPlain } from '../render/description.ts'
import { groupRequirements } from '../render/groupRequirements.ts'
import { jobPostingJsonLd } from '../render/jobPostingJsonLd.ts'
import { richTextToHtml, richTextToPlain } from '../render/richText.ts'
import type { HiringOrganization } from '../types.ts'
import { countryName, dateText, remoteText, salaryText } from './localeText.ts'

/** A posting's job description with the items it shows, as a render reads them (relationships as ids). */
export type PostingSource = {
  faqs: Faq[]
  job: JobDescription
  requirements: Requirement[]
  responsibilities: Responsibility[]
}

export type RenderSettings = {
  hiringOrganization?: HiringOrganization
  /** The configured page URL of a posting, for JSON-LD `url` when a query gives no `siteUrl`. */
  postingUrl?: (slug: string) => string
}

const enumName = (value: string) => value.toUpperCase()

const richText = (value: unknown) => ({ html: richTextToHtml(value), plain: richTextToPlain(value) })

export const renderFaq = (faq: Faq) => ({ answer: richText(faq.answer), id: String(faq.id), question: faq.question })

/** Physical places, the region left out where it only repeats the city ("Berlin, Berlin"). */
const places = (job: JobDescription, locale: string) =>
  job.workplaceType === 'remote'
    ? []
    : (job.locations ?? []).map((location) => {
        const name = countryName(location.country, locale)
        const city = location.city?.trim() || null
        const region = location.region?.trim() && location.region.trim() !== city ? location.region.trim() : null
        return { city, country: location.country, countryName: name, displayName: [city, name].filter(Boolean).join(', '), region }
      })

/**
 * The JobPosting node the careers API answers (careersApi/typeDefs.ts), in one locale, and the columns
 * the API filters and searches by. Everything a query can ask for is here, so no answer depends on what
 * it selects; only `jsonLd`'s url is set per request (a site's own base).
 */
export const renderPosting = ({ faqs, job, requirements, responsibilities }: PostingSource, locale: string, settings: RenderSettings) => {
  const remote = job.workplaceType === 'remote'
  const remoteCountries = remote ? [...new Set((job.locations ?? []).map((location) => location.country))] : []
  const where = places(job, locale)
  const datePosted = job.datePosted ?? job.updatedAt
  const salary = job.salary
  const hasSalary = Boolean(salary?.currency && (typeof salary.min === 'number' || typeof salary.max === 'number'))
  const { preferred, required } = groupRequirements(requirements)
  const requirement = (item: Requirement) => ({
    category: enumName(item.category ?? 'other'),
    id: String(item.id),
    minimumYears: item.minimumYears ?? null,
    text: item.text,
  })
  const parts = { job, requirements, responsibilities }
  const html = descriptionHtml(parts)
  const candidateFaqs = faqs.filter((faq) => faq.audience !== 'authors')
  const node = {
    applyUrl: job.applyUrl ?? null,
    datePosted,
    datePostedText: dateText(datePosted, locale),
    department: job.department ?? null,
    description: { html, plain: descriptionPlain(parts) },
    employmentTypes: (job.employmentType ?? []).map(enumName),
    faqs: candidateFaqs.map(renderFaq),
    id: String(job.id),
    jsonLd: settings.hiringOrganization
      ? jobPostingJsonLd({
          descriptionHtml: html,
          hiringOrganization: settings.hiringOrganization,
          job: { ...job, datePosted },
          requirements,
          responsibilities,
          url: settings.postingUrl?.(job.slug),
        })
      : {},
    locationDisplay: remote ? remoteText(remoteCountries, locale) : where.map((place) => place.displayName).join(' · '),
    locations: where,
    overview: richText(job.overview),
    remoteCountries: remoteCountries.map((code) => ({ code, name: countryName(code, locale) })),
    reportsTo: job.reportsTo ?? null,
    requirements: { preferred: preferred.map(requirement), required: required.map(requirement) },
    responsibilities: responsibilities.map((item) => ({ id: String(item.id), text: item.text })),
    salary:
      hasSalary && salary
        ? {
            currency: salary.currency!,
            formatted: salaryText({ currency: salary.currency!, interval: salary.interval ?? 'YEAR', max: salary.max ?? null, min: salary.min ?? null }, locale),
            interval: salary.interval ?? 'YEAR',
            max: salary.max ?? null,
            min: salary.min ?? null,
          }
        : null,
    slug: job.slug,
    summary: richText(job.summary),
    title: job.title,
    validThrough: job.validThrough ?? null,
    workplaceType: enumName(job.workplaceType ?? 'on_site'),
  }
  const body = [richTextToPlain(job.summary), ...responsibilities.map((item) => item.text), ...requirements.map((item) => item.text)].join('\n')
  return {
    bodyWords: indexWords(body).join(' '),
    datePosted,
    department: node.department,
    employmentTypes: node.employmentTypes,
    faqIds: candidateFaqs.map((faq) => String(faq.id)),
    locale,
    node,
    places: where.map(({ city, country }) => ({ city, country })),
    posting: String(job.id),
    remoteCountries,
    slug: job.slug,
    title: job.title,
    titleWords: indexWords(job.title).join(' '),
    validThrough: node.validThrough,
    workplaceType: node.workplaceType,
  }
}

export type RenderedPosting = ReturnType<typeof renderPosting>
export type PostingNode = RenderedPosting['node']
export type FaqNode = ReturnType<typeof renderFaq>
