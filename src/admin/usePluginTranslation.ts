import { useTranslation } from '@payloadcms/ui'

import type { PluginTranslationKey, PluginTranslationKeys, PluginTranslations } from '../i18n/translations.ts'

/** `t` for the plugin's own strings (namespace `jobDescriptions`), in the admin's current language. */
export const usePluginTranslation = () => {
  const { t } = useTranslation<PluginTranslations, PluginTranslationKeys>()
  return (key: PluginTranslationKey, values?: Record<string, unknown>) => t(`jobDescriptions:${key}`, values)
}
