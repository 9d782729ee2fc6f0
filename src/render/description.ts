import type { JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { escapeHtml } from './escapeHtml.ts'
import { groupRequirements } from './groupRequirements.ts'
import { richTextToHtml, richTextToPlain } from './richText.ts'

export type DescriptionParts = {
  job: Pick<JobDescription, 'overview' | 'summary'>
  requirements: Pick<Requirement, 'level' | 'text'>[]
  responsibilities: Pick<Responsibility, 'text'>[]
}

const sections = ({ requirements, responsibilities }: DescriptionParts) => {
  const { preferred, required } = groupRequirements(requirements)
  return [
    { heading: 'Responsibilities', items: responsibilities },
    { heading: 'Requirements', items: required },
    { heading: 'Nice to have', items: preferred },
  ].filter((section) => section.items.length > 0)
}

/** The whole description as safe HTML: summary, overview, then the item lists in order. */
export const descriptionHtml = (parts: DescriptionParts): string =>
  [
    richTextToHtml(parts.job.summary),
    richTextToHtml(parts.job.overview),
    ...sections(parts).map(
      ({ heading, items }) => `<h2>${heading}</h2><ul>${items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('')}</ul>`,
    ),
  ].join('')

/** The same in plain text, for search snippets, emails and screen readers' previews. */
export const descriptionPlain = (parts: DescriptionParts): string =>
  [
    richTextToPlain(parts.job.summary),
    richTextToPlain(parts.job.overview),
    ...sections(parts).map(({ heading, items }) => [heading, ...items.map((item) => `- ${item.text}`)].join('\n')),
  ]
    .filter((block) => block !== '')
    .join('\n\n')
