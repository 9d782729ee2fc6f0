import type { Field } from 'payload'

import { isSignedInField } from '../access/isSignedIn.ts'

/** The content check's result, kept on the document: a read-only panel for authors, never public. */
export const contentCheckField: Field = {
  name: 'contentCheck',
  type: 'group',
  access: { read: isSignedInField },
  admin: {
    description: 'Recomputed on every save. Warnings, not rules: only placeholders block publishing.',
    position: 'sidebar',
    readOnly: true,
  },
  fields: [
    { name: 'warnings', type: 'text', hasMany: true },
    {
      type: 'row',
      fields: [
        { name: 'requiredRequirements', type: 'number', label: 'Required' },
        { name: 'preferredRequirements', type: 'number', label: 'Preferred' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'descriptionWords', type: 'number', label: 'Words' },
        { name: 'readabilityGrade', type: 'number', label: 'Readability grade' },
      ],
    },
    { name: 'missingForSearch', type: 'text', hasMany: true, label: 'Missing for search engines' },
    {
      name: 'wording',
      type: 'array',
      fields: [
        { name: 'term', type: 'text' },
        { name: 'category', type: 'text' },
      ],
      label: 'Wording to reconsider',
    },
  ],
}
