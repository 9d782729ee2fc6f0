import { isolateObjectProperty } from 'payload'
import type { PayloadRequest } from 'payload'

const previewKey = 'jobDescriptionsPreviewOf'

/**
 * The request for a preview token's one read: the caller's, but with a context and a dataloader of its own,
 * naming the document the token unlocks. The caller's request is never marked, so the other root fields and
 * aliases of the same GraphQL request (and any later read on it) see only what the caller may read.
 */
export const previewRequest = (req: PayloadRequest, id: number | string): PayloadRequest => {
  const scoped = isolateObjectProperty(req, ['context', 'payloadDataLoader'])
  scoped.context = { [previewKey]: String(id) }
  // Payload makes the read's own dataloader (bound to this request) when the read starts.
  Reflect.deleteProperty(scoped, 'payloadDataLoader')
  return scoped
}

/** Whether this read is a preview token's read of this very job description: its items' drafts may show. */
export const previewsDocument = (req: PayloadRequest, id: number | string | undefined): boolean =>
  id !== undefined && req.context[previewKey] === String(id)
