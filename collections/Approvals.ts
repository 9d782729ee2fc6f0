import type { CollectionConfig } from 'payload'
import { label } from '../src/i18n/translations.ts'
import { actionKeys, stageKeys } from '../src/i18n/workflowKeys.ts'

import { isSignedIn } from '../src/access/isSignedIn.ts'
import { nobody } from '../src/access/nobody.ts'
import { appendOnly, neverDelete } from '../src/workflow/appendOnly.ts'
import { recordedActions, stages } from '../src/workflow/stages.ts'
import type { CollectionContext } from '../src/types.ts'

const stageOptions = stages.map((value) => ({ label: label(stageKeys[value]), value }))

/**
 * The audit trail: one entry per workflow move, written by the server as the move is saved. Nobody edits or
 * deletes an entry, admins included. Signed-in users read it (authors need HR's comments); anonymous callers
 * never do.
 */
export const Approvals = ({ slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.approvals,
  // Pinned: the public GraphQL contract (graphql/operations) names these, whatever the slug is.
  graphQL: { pluralName: 'Approvals', singularName: 'Approval' },
  labels: { plural: label('collectionApprovalsPlural'), singular: label('collectionApprovalsSingular') },
  admin: {
    defaultColumns: ['documentTitle', 'action', 'from', 'to', 'by', 'createdAt'],
    description: label('descCollectionApprovals'),
    group: label('group'),
    listSearchableFields: ['documentTitle', 'comment'],
    useAsTitle: 'documentTitle',
  },
  access: { create: nobody, delete: nobody, read: isSignedIn, update: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'document',
      type: 'relationship',
      admin: { readOnly: true },
      index: true,
      label: label('fieldDocument'),
      relationTo: [slugs.jobDescriptions, slugs.responsibilities, slugs.requirements, slugs.faqs],
    },
    // Kept as text too: the record outlives a deleted document.
    {
      name: 'documentId',
      type: 'text',
      admin: { readOnly: true },
      index: true,
      label: label('fieldDocumentId'),
      required: true,
    },
    { name: 'documentTitle', type: 'text', admin: { readOnly: true }, label: label('fieldDocumentTitle') },
    // Not `collection`: MongoDB reserves that name in a schema.
    {
      name: 'collectionSlug',
      type: 'text',
      admin: { readOnly: true },
      index: true,
      label: label('fieldCollectionSlug'),
      required: true,
    },
    {
      name: 'version',
      type: 'text',
      admin: { description: label('descVersion'), readOnly: true },
      index: true,
      label: label('fieldVersion'),
    },
    {
      name: 'action',
      type: 'select',
      admin: { readOnly: true },
      index: true,
      label: label('fieldAction'),
      options: recordedActions.map((value) => ({ label: label(actionKeys[value]), value })),
      required: true,
    },
    { name: 'from', type: 'select', admin: { readOnly: true }, label: label('fieldFrom'), options: stageOptions },
    { name: 'to', type: 'select', admin: { readOnly: true }, label: label('fieldTo'), options: stageOptions },
    { name: 'by', type: 'relationship', admin: { readOnly: true }, label: label('fieldBy'), relationTo: slugs.users },
    { name: 'byEmail', type: 'email', admin: { readOnly: true }, label: label('fieldByEmail') },
    { name: 'comment', type: 'textarea', admin: { readOnly: true }, label: label('fieldComment') },
  ],
  hooks: { beforeChange: [appendOnly], beforeDelete: [neverDelete] },
})
