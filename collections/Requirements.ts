import type { CollectionConfig } from 'payload'
import { label } from '../src/i18n/translations.ts'

import { draftsOrHR } from '../src/access/draftsOrHR.ts'
import { unpublishedUnlessHR } from '../src/access/unpublishedUnlessHR.ts'
import { isEditor } from '../src/access/isEditor.ts'
import { isSignedIn } from '../src/access/isSignedIn.ts'
import { publishedOrSignedIn } from '../src/access/publishedOrSignedIn.ts'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous.ts'
import { skipSignedInOnlyFields } from '../src/hooks/skipSignedInOnlyFields.ts'
import { similarItemsEndpoint } from '../src/templates/similarItemsEndpoint.ts'
import type { CollectionContext } from '../src/types.ts'

/** Also the item list's options (collections/JobDescriptions.ts), which shows each label in the admin's language. */
export const requirementCategories = [
  { label: label('categoryEducation'), value: 'education' },
  { label: label('categoryExperience'), value: 'experience' },
  { label: label('categoryTechnicalSkill'), value: 'technical_skill' },
  { label: label('categorySoftSkill'), value: 'soft_skill' },
  { label: label('categoryCertification'), value: 'certification' },
  { label: label('categoryOther'), value: 'other' },
]

export const requirementLevels = [
  { label: label('levelRequired'), value: 'required' },
  { label: label('levelPreferred'), value: 'preferred' },
]

export const Requirements = ({ maxVersionsPerDoc, slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.requirements,
  // Pinned: the public GraphQL contract (graphql/operations) names these, whatever the slug is.
  graphQL: { pluralName: 'Requirements', singularName: 'Requirement' },
  labels: { plural: label('collectionRequirementsPlural'), singular: label('collectionRequirementsSingular') },
  admin: {
    defaultColumns: ['text', 'category', 'level', '_status'],
    description: label('descCollectionRequirements'),
    group: label('group'),
    useAsTitle: 'text',
  },
  access: {
    create: isEditor,
    delete: unpublishedUnlessHR,
    read: publishedOrSignedIn,
    readVersions: isSignedIn,
    update: draftsOrHR,
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      admin: { components: { Field: 'payload-plugin-job-descriptions/admin#ItemTextField' } },
      index: true,
      label: label('collectionRequirementsSingular'),
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          defaultValue: 'other',
          label: label('fieldCategory'),
          options: requirementCategories,
          required: true,
        },
        {
          name: 'level',
          type: 'select',
          defaultValue: 'required',
          label: label('fieldLevel'),
          options: requirementLevels,
          required: true,
        },
        {
          name: 'minimumYears',
          type: 'number',
          admin: { description: label('descMinimumYears'), step: 1 },
          label: label('fieldMinimumYears'),
          max: 50,
          min: 0,
          validate: (value: null | number | undefined) =>
            value == null || Number.isInteger(value) ? true : `${value} is not a whole number of years.`,
        },
      ],
    },
  ],
  endpoints: [similarItemsEndpoint(slugs.requirements)],
  hooks: { beforeOperation: [publishedOnlyForAnonymous, skipSignedInOnlyFields] },
  versions: { drafts: true, maxPerDoc: maxVersionsPerDoc },
})
