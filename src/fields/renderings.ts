import type { Field, FieldAccess, FieldHook } from 'payload'

import { richTextToHtml, richTextToPlain } from '../render/richText'

/** A read-only text field computed when read (never stored), hidden in the admin. */
export const renderedField = (name: string, render: FieldHook, read?: FieldAccess): Field => ({
  name,
  type: 'text',
  access: read ? { read } : undefined,
  admin: { hidden: true },
  hooks: { afterRead: [render] },
  virtual: true,
})

/** `<source>Html` (sanitised) beside a rich-text field, for careers sites that do not speak Lexical. */
export const richTextHtml = (source: string, read?: FieldAccess): Field =>
  renderedField(`${source}Html`, ({ siblingData }) => richTextToHtml(siblingData?.[source]), read)

/** `<source>Html` and `<source>Plain` beside a rich-text field. */
export const richTextRenderings = (source: string, read?: FieldAccess): Field[] => [
  richTextHtml(source, read),
  renderedField(`${source}Plain`, ({ siblingData }) => richTextToPlain(siblingData?.[source]), read),
]
