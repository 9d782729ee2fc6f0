import type { Field, FieldAccess, FieldHook } from 'payload'

import { richTextToHtml, richTextToPlain } from '../render/richText.ts'

/**
 * Renders only for a reader who may read the field. Payload runs a field's `afterRead` hooks before its
 * read access, so a reader refused the field would have it rendered (the authors' notes, a posting's
 * longest rich text) only for Payload to drop it. Anonymous reads naming no `select` do not reach this
 * (skipSignedInOnlyFields leaves such fields out); a `select` that names one, or another predicate, does.
 */
const forReaders =
  (render: FieldHook, read: FieldAccess): FieldHook =>
  async (args) => {
    const { data, overrideAccess, req, siblingData } = args
    if (!overrideAccess && !(await read({ id: data?.id, data, doc: data, req, siblingData }))) return undefined
    return render(args)
  }

/** A read-only text field computed when read (never stored), hidden in the admin. */
export const renderedField = (name: string, render: FieldHook, read?: FieldAccess): Field => ({
  name,
  type: 'text',
  access: read ? { read } : undefined,
  admin: { hidden: true },
  hooks: { afterRead: [read ? forReaders(render, read) : render] },
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
