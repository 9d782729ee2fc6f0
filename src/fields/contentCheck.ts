import type { Field } from 'payload'

import type { JobDescriptionsSlugs } from '../types.ts'

import { isSignedInField } from '../access/isSignedIn.ts'
import { label } from '../i18n/translations.ts'

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
    { name: 'warnings', type: 'text', hasMany: true, label: label('fieldWarnings') },
    {
      type: 'row',
      fields: [
        { name: 'requiredRequirements', type: 'number', label: label('levelRequired') },
        { name: 'preferredRequirements', type: 'number', label: label('levelPreferred') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'descriptionWords', type: 'number', label: label('fieldDescriptionWords') },
        { name: 'readabilityGrade', type: 'number', label: label('fieldReadabilityGrade') },
      ],
    },
    { name: 'missingForSearch', type: 'text', hasMany: true, label: label('fieldMissingForSearch') },
    {
      name: 'wording',
      type: 'array',
      fields: [
        { name: 'term', type: 'text', label: label('fieldTerm') },
        { name: 'category', type: 'text', label: label('fieldCategory') },
      ],
      label: label('fieldWording'),
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
