import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/** Its own file, free of the HTML sanitiser, so that the admin's live content check can run it in the browser. */
const isEditorState = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' && value !== null && 'root' in value

/** Plain text for a Lexical value, paragraphs separated by blank lines. */
export const richTextToPlain = (value: unknown): string =>
  isEditorState(value) ? convertLexicalToPlaintext({ data: value }).trim() : ''
