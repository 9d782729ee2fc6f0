import type { CollectionConfig, CollectionSlug } from 'payload'

import type { CollectionContext } from '../types.ts'
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
      },
      custom: markReviewed(collection),
      endpoints: [...(collection.endpoints || []), workflowEndpoint(collection.slug as CollectionSlug)],
      fields: [...collection.fields, stageField, approvedVersionField, workflowPanelField(slugs.approvals)],
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

