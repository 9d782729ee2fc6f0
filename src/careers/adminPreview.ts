import type { CollectionAdminOptions } from 'payload'

import { createPreviewToken } from './previewToken.ts'

/**
 * The admin's "Preview" button: the careers page of the revision being edited, drafts included, behind a
 * signed token that expires (previewToken.ts). Only signed-in users see the button.
 */
export const adminPreview =
  (previewSecret: string | undefined): NonNullable<CollectionAdminOptions['preview']> =>
  (doc, { req }) =>
    req.user && doc?.id ? `/careers/preview/${createPreviewToken(doc.id as number | string, previewSecret ?? req.payload.secret)}` : null
