import type { Field, FieldHook } from 'payload'
import slugify from 'slugify'

import { de, en, label } from '../i18n/translations.ts'
import type { PluginTranslationKey } from '../i18n/translations.ts'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const toSlug = (text: string): string => slugify(text, { lower: true, strict: true, trim: true })

/** An empty slug is made from the source field; a typed one is kept but must already be URL-safe. */
const fillFromSource =
  (sourceField: string): FieldHook =>
  ({ data, value }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? toSlug(source) : value
  }

/** The source field's label, for the German description (the English one names the field as it is spelt). */
const sourceLabels: Partial<Record<string, PluginTranslationKey>> = { title: 'fieldTitle' }

const slugDescription = (sourceField: string): Record<'de' | 'en', string> => {
  const key = sourceLabels[sourceField]
  return {
    de: de.descSlug.replace('{{field}}', key ? de[key] : sourceField),
    en: en.descSlug.replace('{{field}}', sourceField),
  }
}

export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: slugDescription(sourceField),
    position: 'sidebar',
  },
  hooks: { beforeValidate: [fillFromSource(sourceField)] },
  index: true,
  label: label('fieldSlug'),
  required: true,
  unique: true,
  validate: (value: null | string | undefined) => {
    if (!value) return 'A slug is required: give the document a title or type a slug.'
    if (!slugPattern.test(value)) {
      return `"${value}" is not a valid slug: use lowercase letters, digits and single hyphens (for example "${toSlug(value) || 'backend-developer'}").`
    }
    return true
  },
})
