import type { Config } from 'payload'

import { pluginTranslations } from './translations.ts'

type Translations = Record<string, Record<string, unknown>>

/**
 * The host's `i18n` with the plugin's strings merged in, as a new object: every language and namespace the
 * host has stays, and where the host translates a plugin key itself (`jobDescriptions.<key>`), the host's
 * wording wins. The host's `supportedLanguages` decides which languages the admin offers.
 */
export const withTranslations = (i18n: Config['i18n']): NonNullable<Config['i18n']> => {
  const host = (i18n?.translations ?? {}) as Translations
  const ours = pluginTranslations as Translations
  const languages = [...new Set([...Object.keys(host), ...Object.keys(ours)])]
  const translations = Object.fromEntries(
    languages.map((language) => {
      const hostLanguage = host[language] ?? {}
      const merged: Record<string, unknown> = { ...hostLanguage }
      for (const [space, strings] of Object.entries(ours[language] ?? {})) {
        merged[space] = { ...(strings as object), ...(hostLanguage[space] as object | undefined) }
      }
      return [language, merged]
    }),
  )
  return { ...i18n, translations: translations as NonNullable<Config['i18n']>['translations'] }
}
