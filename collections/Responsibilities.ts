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

export const Responsibilities = ({ maxVersionsPerDoc, slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.responsibilities,
  // Pinned: the public GraphQL contract (graphql/operations) names these, whatever the slug is.
  graphQL: { pluralName: 'Responsibilities', singularName: 'Responsibility' },
  labels: { plural: label('collectionResponsibilitiesPlural'), singular: label('collectionResponsibilitiesSingular') },
  admin: {
    defaultColumns: ['text', 'category', 'tags', '_status'],
    description: label('descCollectionResponsibilities'),
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
      label: label('collectionResponsibilitiesSingular'),
      required: true,
    },
    {
      name: 'category',
      type: 'select',
      defaultValue: 'primary',
      label: label('fieldCategory'),
      options: [
        { label: label('categoryPrimary'), value: 'primary' },
        { label: label('categoryAdditional'), value: 'additional' },
      ],
      required: true,
    },
    { name: 'tags', type: 'text', hasMany: true, label: label('fieldTags') },
  ],
  endpoints: [similarItemsEndpoint(slugs.responsibilities)],
  hooks: { beforeOperation: [publishedOnlyForAnonymous, skipSignedInOnlyFields] },
  versions: { drafts: true, maxPerDoc: maxVersionsPerDoc },
})
