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

/**
 * Payload's live preview beside the form: the same careers preview page, for editors and HR (anyone
 * signed in). It is rendered on the server, so it shows what was last saved; the page refreshes itself
 * when the admin says the document was saved (see the example site's preview page).
 */
/**
 * The live preview's link stays the same for ten minutes: Payload works the URL out again on every save and
 * reloads the frame when it changes, which a fresh token each time would do (the page then loses its place).
 * The frame's page renders itself again on save instead. Its token expires 60 to 70 minutes after it is made.
 */
const stableMs = 10 * 60 * 1000
const stableNow = (now = Date.now()) => Math.ceil(now / stableMs) * stableMs

export const adminLivePreview = (previewSecret: string | undefined): NonNullable<CollectionAdminOptions['livePreview']> => ({
  breakpoints: [
    { height: 844, label: 'Phone', name: 'phone', width: 390 },
    { height: 900, label: 'Laptop', name: 'laptop', width: 1280 },
  ],
  url: ({ data, req }) =>
    req.user && data?.id ? `/careers/preview/${createPreviewToken(data.id as number | string, previewSecret ?? req.payload.secret, stableNow())}` : null,
})
