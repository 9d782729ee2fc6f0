import { escapeHtml } from './escapeHtml.ts'
import { sections } from './descriptionText.ts'
import type { DescriptionParts } from './descriptionText.ts'
import { richTextToHtml } from './richText.ts'

export { descriptionPlain } from './descriptionText.ts'
export type { DescriptionParts } from './descriptionText.ts'

/** The whole description as safe HTML: summary, overview, then the item lists in order. */
export const descriptionHtml = (parts: DescriptionParts): string =>
  [
    richTextToHtml(parts.job.summary),
    richTextToHtml(parts.job.overview),
    ...sections(parts).map(
      ({ heading, items }) => `<h2>${heading}</h2><ul>${items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('')}</ul>`,
    ),
  ].join('')
