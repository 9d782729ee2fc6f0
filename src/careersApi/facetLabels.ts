import { countryName } from '../readModel/localeText.ts'

/** What the menus show, in the locales the admin ships (English elsewhere). */
const labels: Record<string, Record<string, Record<string, string>>> = {
  de: {
    employmentType: {
      CONTRACTOR: 'Freiberuflich', FULL_TIME: 'Vollzeit', INTERN: 'Praktikum', OTHER: 'Sonstiges', PART_TIME: 'Teilzeit',
      PER_DIEM: 'Tageweise', TEMPORARY: 'Befristet', VOLUNTEER: 'Ehrenamtlich',
    },
    workplaceType: { HYBRID: 'Hybrid', ON_SITE: 'Vor Ort', REMOTE: 'Remote' },
  },
  en: {
    employmentType: {
      CONTRACTOR: 'Contractor', FULL_TIME: 'Full time', INTERN: 'Internship', OTHER: 'Other', PART_TIME: 'Part time',
      PER_DIEM: 'Per diem', TEMPORARY: 'Temporary', VOLUNTEER: 'Volunteer',
    },
    workplaceType: { HYBRID: 'Hybrid', ON_SITE: 'On-site', REMOTE: 'Remote' },
  },
}

export function facetLabel(kind: 'employmentType' | 'workplaceType', value: string, locale: string): string
export function facetLabel(kind: 'location', value: { city: null | string; country: string }, locale: string): string
export function facetLabel(kind: string, value: unknown, locale: string): string {
  if (kind === 'location') {
    const place = value as { city: null | string; country: string }
    return [place.city, countryName(place.country, locale)].filter(Boolean).join(', ')
  }
  const language = locale.split('-')[0]!
  return (labels[language] ?? labels.en!)[kind]?.[value as string] ?? String(value)
}
