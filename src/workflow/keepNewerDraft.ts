import type { CollectionAfterChangeHook } from 'payload'

import { takeNewerDraft } from './unpublishPublished.ts'
import { findVersion } from './versions.ts'

/**
 * After an unpublish (see unpublishPublished), the draft an author had saved over the published document
 * becomes the newest revision again, as it was: a copy of its version row, so the admin opens what the
 * author was working on. The copy is added, never written over an existing row: versions the audit trail
 * names do not change.
 */
export const keepNewerDraft: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const versionId = takeNewerDraft(req, collection.slug, doc.id)
  if (versionId === undefined) return doc
  const draft = await findVersion(req, collection.slug, versionId)
  if (!draft) return doc
  // Strictly after the unpublish's own version, so that it is the newest (versions are ordered by updatedAt).
  const now = new Date(Math.max(Date.now(), Date.parse(String(doc.updatedAt)) + 1)).toISOString()
  await req.payload.db.createVersion({
    autosave: false,
    collectionSlug: collection.slug,
    createdAt: now,
    parent: doc.id,
    req,
    updatedAt: now,
    versionData: { ...draft.version, updatedAt: now },
  })
  return doc
}
