import { organizationName } from '../client.ts'
import { localeNames, localeOptions, withLocale } from '../locale.ts'
import type { Locale } from '../locale.ts'
import { words } from '../words.ts'

/** The site's name, and the locale switch: the same page (`hrefFor`) in each locale the API renders. */
export function Header({ hrefFor, locale }: { hrefFor: (locale: Locale) => string; locale: Locale }) {
  return (
    <header className="site-header">
      <div className="page">
        <a href={withLocale('/careers', locale)}>{organizationName} careers</a>
        <nav aria-label={words[locale].language} className="locales">
          {localeOptions.map((option) => (
            <a aria-current={option === locale ? 'page' : undefined} href={hrefFor(option)} hrefLang={option} key={option} lang={option}>
              {localeNames[option]}
            </a>
          ))}
        </nav>
      </div>
    </header>
  )
}
