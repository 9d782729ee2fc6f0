import type { JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { groupRequirements } from './groupRequirements.ts'
import { richTextToPlain } from './richTextPlain.ts'

/** Its own file, free of the HTML renderer, so that the admin's live content check can run it in the browser. */
export type DescriptionParts = {
  job: Pick<JobDescription, 'overview' | 'summary'>
  requirements: Pick<Requirement, 'level' | 'text'>[]
  responsibilities: Pick<Responsibility, 'text'>[]
}

export const sections = ({ requirements, responsibilities }: DescriptionParts) => {
  const { preferred, required } = groupRequirements(requirements)
  return [
    { heading: 'Responsibilities', items: responsibilities },
    { heading: 'Requirements', items: required },
    { heading: 'Nice to have', items: preferred },
  ].filter((section) => section.items.length > 0)
}

/** The whole description in plain text, for search snippets, emails and screen readers' previews. */
export const descriptionPlain = (parts: DescriptionParts): string =>
  [
    richTextToPlain(parts.job.summary),
    richTextToPlain(parts.job.overview),
    ...sections(parts).map(({ heading, items }) => [heading, ...items.map((item) => `- ${item.text}`)].join('\n')),
  ]
    .filter((block) => block !== '')
    .join('\n\n')
