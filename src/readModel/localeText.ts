/**
 * What the careers API writes for a locale: country names, dates, salary ranges. Intl does the work; only
 * the salary period's words are ours (Intl has no "per year"), in the locales the admin ships, English
 * elsewhere. An unknown locale is refused before it reaches here (see careersApi/arguments.ts).
 */
const perInterval: Record<string, Record<string, string>> = {
  de: { DAY: 'pro Tag', HOUR: 'pro Stunde', MONTH: 'pro Monat', WEEK: 'pro Woche', YEAR: 'pro Jahr' },
  en: { DAY: 'per day', HOUR: 'per hour', MONTH: 'per month', WEEK: 'per week', YEAR: 'per year' },
}

const language = (locale: string) => locale.split('-')[0]!

/** One formatter a locale: making an Intl formatter costs far more than using it. */
const regionNames = new Map<string, Intl.DisplayNames>()

export const countryName = (code: string, locale: string): string => {
  let names = regionNames.get(locale)
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })))
  return names.of(code) ?? code
}

export const dateText = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))

export const salaryText = (
  { currency, interval, max, min }: { currency: string; interval: string; max: null | number; min: null | number },
  locale: string,
): string => {
  // formatRange is ES2023 (Node 20 has it); the project's TypeScript lib stops before it.
  const money = new Intl.NumberFormat(locale, { currency, maximumFractionDigits: 0, style: 'currency' }) as Intl.NumberFormat & {
    formatRange: (start: number, end: number) => string
  }
  const amount =
    min !== null && max !== null && min !== max
      ? money.formatRange(min, max)
      : money.format((min ?? max)!)
  const period = (perInterval[language(locale)] ?? perInterval.en!)[interval] ?? interval.toLowerCase()
  return `${amount} ${period}`
}

/** The 27 member states, for "Remote (EU)". */
const euMembers = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '))

/**
 * Where a remote posting's applicants may live, in a few words: "Remote (EU)" when it is the whole
 * Union, the countries' names for up to three, else how many countries.
 */
export const remoteText = (countries: string[], locale: string): string => {
  if (countries.length === 0) return 'Remote'
  if (countries.length === euMembers.size && countries.every((code) => euMembers.has(code))) return 'Remote (EU)'
  if (countries.length <= 3) return `Remote (${countries.map((code) => countryName(code, locale)).join(', ')})`
  const many = language(locale) === 'de' ? 'Ländern' : 'countries'
  return `Remote (${countries.length} ${many})`
}
