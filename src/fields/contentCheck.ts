import type { Field } from 'payload'

import type { JobDescriptionsSlugs } from '../types.ts'

import { isSignedInField } from '../access/isSignedIn.ts'

/**
 * The content check's result, kept on the document, never public. The admin shows it through the live
 * panel below (full sentences, linked to their fields), not as this group's chips.
 */
export const contentCheckField: Field = {
  name: 'contentCheck',
  type: 'group',
  access: { read: isSignedInField },
  admin: {
    description: 'Recomputed on every save. Warnings, not rules: only placeholders block publishing.',
    hidden: true,
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

/** The content check as the author types, in the sidebar where the saved one was. */
export const contentCheckPanelField = (slugs: JobDescriptionsSlugs): Field => ({
  name: 'contentCheckPanel',
  type: 'ui',
  admin: {
    components: {
      Field: {
        clientProps: { requirementsSlug: slugs.requirements, responsibilitiesSlug: slugs.responsibilities },
        path: 'payload-plugin-job-descriptions/admin#ContentCheckPanel',
      },
    },
    position: 'sidebar',
  },
})
