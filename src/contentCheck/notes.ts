import type { contentCheck } from './contentCheck.ts'
import { maxRequired, searchFields } from './contentCheck.ts'
import { wordList } from './wordList.ts'

export type ContentCheckResult = ReturnType<typeof contentCheck>

/** One finding of the content check, as a sentence, with the field it is about (a form path). */
export type ContentNote = { field: string; message: string }
export type ContentNoteGroup = { notes: ContentNote[]; title: string }

/** The texts a wording finding may be in, in reading order; the first that holds the term is linked. */
export type TextsByField = { field: string; text: string }[]

/**
 * The content check's result as grouped sentences, each naming the field to fix: what the admin shows
 * beside the form. The same result as the saved `contentCheck.warnings`, said field by field.
 */
export const contentNotes = (result: ContentCheckResult, texts: TextsByField): ContentNoteGroup[] => {
  const fieldOfTerm = (term: string) => texts.find(({ text }) => text.toLowerCase().includes(term))?.field ?? 'summary'
  const groups: ContentNoteGroup[] = [
    {
      title: 'Search engines',
      notes: result.missingForSearch.map((name) => {
        const field = searchFields.find((search) => search.name === name)?.field ?? 'title'
        return { field, message: `Add ${name}: Google’s job search needs it to list the posting.` }
      }),
    },
    {
      title: 'Requirements',
      notes:
        result.requiredRequirements > maxRequired
          ? [
              {
                field: 'requirements',
                message: `${result.requiredRequirements} requirements are marked required; more than ${maxRequired} discourages qualified applicants, so mark some as preferred.`,
              },
            ]
          : [],
    },
    {
      title: 'Length and readability',
      notes: [
        ...(result.descriptionWords < 150
          ? [{ field: 'summary', message: `The description has ${result.descriptionWords} words; 300 to 700 reads as complete.` }]
          : []),
        ...(result.descriptionWords > 1000
          ? [{ field: 'summary', message: `The description has ${result.descriptionWords} words; above 1,000 many candidates stop reading.` }]
          : []),
        ...(result.readabilityGrade !== null && result.readabilityGrade > 12
          ? [{ field: 'summary', message: `Readability grade ${result.readabilityGrade}: aim for 8 to 10 with shorter sentences and words.` }]
          : []),
      ],
    },
    {
      title: 'Wording',
      notes: result.wording.map(({ category, term }) => ({
        field: fieldOfTerm(term),
        message: `“${term}” is ${category}: ${wordList.find((entry) => entry.terms.includes(term))?.suggestion ?? 'consider other wording.'}`,
      })),
    },
  ]
  return groups.filter((group) => group.notes.length > 0)
}
