import { z } from 'zod'

/** The locales this site offers: those the careers API renders (the plugin's `careers.locales`). */
const locale = z.enum(['en', 'de'])

export type Locale = z.output<typeof locale>

export const localeOptions = locale.options

/** Each locale in its own language, for the switch. */
export const localeNames: Record<Locale, string> = { de: 'Deutsch', en: 'English' }

/** `?locale=de`; anything else is English, the default, rather than an error page. */
export const localeParam = locale.catch('en')

/** A careers page's link, keeping the reader's locale (English needs no parameter). */
export const withLocale = (path: string, to: Locale) => (to === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}locale=${to}`)
