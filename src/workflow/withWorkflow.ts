import type { CollectionConfig, CollectionSlug } from 'payload'

import type { CollectionContext } from '../types.ts'
import { reviewedPublishButton } from './publishButton.ts'
import { approvedVersionField, stageField, workflowPanelField } from './fields.ts'
import { guardOperation } from './guardOperation.ts'
import { keepNewerDraft } from './keepNewerDraft.ts'
import { recordDeletion, recordTransition } from './recordTransition.ts'
import { pruneVersions } from './pruneVersions.ts'
import { markReviewed } from './reviewed.ts'
import { trackStage } from './trackStage.ts'
import { workflowEndpoint } from './workflowEndpoint.ts'

/**
 * Puts a content collection under HR review: the stage on every revision, the guard on every door, the
 * audit trail, the workflow endpoint and admin panel, and scheduled publishing. The collection's own access
 * (`draftsOrHR`, `unpublishedUnlessHR`) says who may try; the guard says whether this revision may go.
 */
export const withWorkflow =
  ({ notifications, slugs }: CollectionContext) =>
  (collection: CollectionConfig): CollectionConfig => {
    const versions = typeof collection.versions === 'object' ? collection.versions : {}
    // Payload's default when unset.
    const maxPerDoc = versions.maxPerDoc ?? 100
    return {
      ...collection,
      admin: {
        ...collection.admin,
        defaultColumns: [...(collection.admin?.defaultColumns ?? []).filter((column) => column !== '_status'), 'stage', '_status'],
        components: {
          ...collection.admin?.components,
          // Publishing is offered for an approved revision only; a host's own button wins.
          edit: { PublishButton: reviewedPublishButton, ...collection.admin?.components?.edit },
        },
      },
      custom: markReviewed(collection),
      endpoints: [...(collection.endpoints || []), workflowEndpoint(collection.slug as CollectionSlug)],
      // The panel first: the sidebar lists its fields in config order, and review is what an author and HR
      // come to the sidebar for.
      fields: [workflowPanelField(slugs.approvals), ...collection.fields, stageField, approvedVersionField],
      hooks: {
        ...collection.hooks,
        // The unpublish is recorded before an author's newer draft is put back on top of it.
        afterChange: [
          ...(collection.hooks?.afterChange ?? []),
          recordTransition(slugs, notifications),
          keepNewerDraft,
          pruneVersions(slugs, maxPerDoc),
        ],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), recordDeletion(slugs, notifications)],
        beforeChange: [...(collection.hooks?.beforeChange ?? []), trackStage],
        beforeOperation: [guardOperation, ...(collection.hooks?.beforeOperation ?? [])],
      },
      // Pruned by pruneVersions, which keeps the versions the review record names.
      versions: { ...versions, drafts: { schedulePublish: true }, maxPerDoc: 0 },
    }
  }

