import type { PostingSummaryFragment } from 'payload-plugin-job-descriptions/careers'

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

export const workplaceLabels: Record<string, string> = { hybrid: 'Hybrid', on_site: 'On-site', remote: 'Remote' }

export const employmentLabel = (value: string) =>
  value.charAt(0) + value.slice(1).toLowerCase().replace('_', '-')

export const locationLabel = (location: { city?: null | string; country?: null | string }) =>
  [location.city, location.country ? countryNames.of(location.country) : null].filter(Boolean).join(', ')

export const salaryLabel = (salary: PostingSummaryFragment['salary']) => {
  if (!salary?.currency || (salary.min == null && salary.max == null)) return null
  const money = new Intl.NumberFormat('en', { currency: salary.currency, maximumFractionDigits: 0, style: 'currency' })
  const range = [salary.min, salary.max].filter((n): n is number => n != null).map((n) => money.format(n)).join(' – ')
  return `${range} per ${(salary.interval ?? 'YEAR').toLowerCase()}`
}

/** "Engineering · Berlin, Germany · Hybrid · Full-time" */
export const postingMeta = (posting: PostingSummaryFragment) =>
  [
    posting.department,
    posting.locations?.map(locationLabel).join('; '),
    posting.workplaceType ? workplaceLabels[posting.workplaceType] : null,
    posting.employmentType?.map(employmentLabel).join(', '),
  ]
    .filter(Boolean)
    .join(' · ')
