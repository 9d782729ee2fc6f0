import { useTranslation } from '@payloadcms/ui'

import type { PluginTranslationKey, PluginTranslationKeys, PluginTranslations } from '../i18n/translations.ts'

/** `t` for the plugin's own strings (namespace `jobDescriptions`), in the admin's current language. */
export const usePluginTranslation = () => {
  const { t } = useTranslation<PluginTranslations, PluginTranslationKeys>()
  return (key: PluginTranslationKey, values?: Record<string, unknown>) => t(`jobDescriptions:${key}`, values)
}

/** A label as the config gives it: a string, or one per language (`label('key')` gives `{ en, de }`). */
export type LocalizedLabel = Partial<Record<string, string>> | string

/** A label in a language: that language's, else English, else the first there is. */
export const labelIn = (label: LocalizedLabel, language: string): string =>
  typeof label === 'string' ? label : (label[language] ?? label.en ?? Object.values(label).find((text) => text !== undefined) ?? '')

/** `labelIn` for the admin's current language. */
export const useLocalizedLabel = () => {
  const { i18n } = useTranslation()
  return (label: LocalizedLabel) => labelIn(label, i18n.language)
}
