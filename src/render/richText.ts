import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { sanitize } from './sanitize.ts'

export type RichText = SerializedEditorState | null | undefined

const isEditorState = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' && value !== null && 'root' in value

/** Safe HTML for a Lexical value; empty for an empty or missing one. */
export const richTextToHtml = (value: unknown): string =>
  isEditorState(value) ? sanitize(convertLexicalToHTML({ data: value, disableContainer: true })) : ''

export { richTextToPlain } from './richTextPlain.ts'
