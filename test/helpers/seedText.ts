import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { richTextToPlain as plain } from '../../src/render/richText'

type RichText = SerializedEditorState | null | undefined
type Item = { answer?: RichText; question?: string; text?: string } | number | string
type Doc = {
  department?: null | string
  faqs?: Item[] | null
  notesForAuthors?: RichText
  overview?: RichText
  reportsTo?: null | string
  requirements?: Item[] | null
  responsibilities?: Item[] | null
  summary?: RichText
  title?: null | string
}

/** All the text a reader of these job descriptions (populated to depth 1) can see, one string per field. */
export const visibleText = (docs: Doc[]): string[] =>
  docs.flatMap((doc) => [
    doc.title ?? '',
    doc.department ?? '',
    doc.reportsTo ?? '',
    plain(doc.summary),
    plain(doc.overview),
    plain(doc.notesForAuthors),
    ...[...(doc.responsibilities ?? []), ...(doc.requirements ?? []), ...(doc.faqs ?? [])].flatMap((item) =>
      typeof item === 'object' ? [item.text ?? '', item.question ?? '', plain(item.answer)] : [],
    ),
  ])
