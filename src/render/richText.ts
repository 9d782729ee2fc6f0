import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { sanitize } from './sanitize.ts'

export type RichText = SerializedEditorState | null | undefined

const isEditorState = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' && value !== null && 'root' in value

/** Safe HTML for a Lexical value; empty for an empty or missing one. */
export const richTextToHtml = (value: unknown): string =>
  isEditorState(value) ? sanitize(convertLexicalToHTML({ data: value, disableContainer: true })) : ''

/** Plain text for a Lexical value, paragraphs separated by blank lines. */
export const richTextToPlain = (value: unknown): string =>
  isEditorState(value) ? convertLexicalToPlaintext({ data: value }).trim() : ''
