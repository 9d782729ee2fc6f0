import type { Field, FieldAccess } from 'payload'

import { richTextToHtml, richTextToPlain } from '../render/richText'

/**
 * `<name>Html` (sanitised) and `<name>Plain` beside a rich-text field, computed when read, for careers
 * sites that do not speak Lexical. Listed at the level of their source field.
 */
export const richTextRenderings = (source: string, read?: FieldAccess): Field[] => [
  {
    name: `${source}Html`,
    type: 'text',
    access: read ? { read } : undefined,
    admin: { hidden: true },
    hooks: { afterRead: [({ siblingData }) => richTextToHtml(siblingData?.[source])] },
    virtual: true,
  },
  {
    name: `${source}Plain`,
    type: 'text',
    access: read ? { read } : undefined,
    admin: { hidden: true },
    hooks: { afterRead: [({ siblingData }) => richTextToPlain(siblingData?.[source])] },
    virtual: true,
  },
]
