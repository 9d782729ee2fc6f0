import type { PluginTranslationKey } from '../i18n/translations.ts'
import type { contentCheck } from './contentCheck.ts'
import { maxRequired, searchFields } from './contentCheck.ts'
import type { WordingCategory } from './wordList.ts'

export type ContentCheckResult = ReturnType<typeof contentCheck>

/**
 * One finding of the content check, as a sentence of the translation table (`key`, filled in with `values`
 * and with the translations of the keys in `translated`), with the field it is about (a form path).
 */
export type ContentNote = {
  field: string
  key: PluginTranslationKey
  translated?: Record<string, PluginTranslationKey>
  values: Record<string, number | string>
}
/** `id` stays the same in every language (the panel's `data-check-group`); `title` is a translation key. */
export type ContentNoteGroup = { id: string; notes: ContentNote[]; title: PluginTranslationKey }

/** The texts a wording finding may be in, in reading order; the first that holds the term is linked. */
export type TextsByField = { field: string; text: string }[]

/** Each wording category's name and suggestion in the translation table. */
export const wordingKeys: Record<WordingCategory, { category: PluginTranslationKey; suggestion: PluginTranslationKey }> = {
  exclusionary: { category: 'wordingExclusionary', suggestion: 'wordingSuggestionExclusionary' },
  'feminine-coded': { category: 'wordingFeminineCoded', suggestion: 'wordingSuggestionFeminineCoded' },
  'masculine-coded': { category: 'wordingMasculineCoded', suggestion: 'wordingSuggestionMasculineCoded' },
}

/**
 * The content check's result as grouped sentences, each naming the field to fix: what the admin shows
 * beside the form, in the admin's language. The same result as the saved `contentCheck.warnings`, said
 * field by field.
 */
export const contentNotes = (result: ContentCheckResult, texts: TextsByField): ContentNoteGroup[] => {
  const fieldOfTerm = (term: string) => texts.find(({ text }) => text.toLowerCase().includes(term))?.field ?? 'summary'
  const groups: ContentNoteGroup[] = [
    {
      id: 'Search engines',
      title: 'checkGroupSearch',
      notes: result.missingForSearch.map((name) => {
        const field = searchFields.find((search) => search.name === name)?.field ?? 'title'
        return { field, key: 'noteMissingForSearch', values: { name } }
      }),
    },
    {
      id: 'Requirements',
      title: 'checkGroupRequirements',
      notes:
        result.requiredRequirements > maxRequired
          ? [{ field: 'requirements', key: 'noteTooManyRequired', values: { max: maxRequired, required: result.requiredRequirements } }]
          : [],
    },
    {
      id: 'Length and readability',
      title: 'checkGroupLength',
      notes: [
        ...(result.descriptionWords < 150
          ? [{ field: 'summary', key: 'noteTooShort' as const, values: { words: result.descriptionWords } }]
          : []),
        ...(result.descriptionWords > 1000
          ? [{ field: 'summary', key: 'noteTooLong' as const, values: { words: result.descriptionWords } }]
          : []),
        ...(result.readabilityGrade !== null && result.readabilityGrade > 12
          ? [{ field: 'summary', key: 'noteReadability' as const, values: { grade: result.readabilityGrade } }]
          : []),
      ],
    },
    {
      id: 'Wording',
      title: 'checkGroupWording',
      notes: result.wording.map(({ category, term }) => ({
        field: fieldOfTerm(term),
        key: 'noteWording',
        translated: { category: wordingKeys[category].category, suggestion: wordingKeys[category].suggestion },
        values: { term },
      })),
    },
  ]
  return groups.filter((group) => group.notes.length > 0)
}
