import type { CollectionConfig } from 'payload'
import { label } from '../src/i18n/translations.ts'

import { draftsOrHR } from '../src/access/draftsOrHR.ts'
import { unpublishedUnlessHR } from '../src/access/unpublishedUnlessHR.ts'
import { candidateFaqsOrSignedIn } from '../src/access/candidateFaqsOrSignedIn.ts'
import { isEditor } from '../src/access/isEditor.ts'
import { isSignedIn } from '../src/access/isSignedIn.ts'
import { richTextRenderings } from '../src/fields/renderings.ts'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous.ts'
import { skipSignedInOnlyFields } from '../src/hooks/skipSignedInOnlyFields.ts'
import type { CollectionContext } from '../src/types.ts'

export const Faqs = ({ editor, maxVersionsPerDoc, slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.faqs,
  // Pinned: the public GraphQL contract (graphql/operations) names these, whatever the slug is.
  graphQL: { pluralName: 'Faqs', singularName: 'Faq' },
  labels: { plural: label('collectionFaqsPlural'), singular: label('collectionFaqsSingular') },
  admin: {
    defaultColumns: ['question', 'audience', '_status'],
    group: label('group'),
    useAsTitle: 'question',
  },
  access: {
    create: isEditor,
    delete: unpublishedUnlessHR,
    read: candidateFaqsOrSignedIn,
    readVersions: isSignedIn,
    update: draftsOrHR,
  },
  fields: [
    { name: 'question', type: 'text', index: true, label: label('fieldQuestion'), required: true },
    { name: 'answer', type: 'richText', editor, label: label('fieldAnswer'), required: true },
    ...richTextRenderings('answer'),
    {
      name: 'audience',
      type: 'select',
      admin: { description: label('descAudience') },
      defaultValue: 'candidates',
      label: label('fieldAudience'),
      options: [
        { label: label('audienceCandidates'), value: 'candidates' },
        { label: label('audienceAuthors'), value: 'authors' },
      ],
      required: true,
    },
  ],
  hooks: { beforeOperation: [publishedOnlyForAnonymous, skipSignedInOnlyFields] },
  versions: { drafts: true, maxPerDoc: maxVersionsPerDoc },
})
