import type { Access } from 'payload'

import { isPublished } from './publishedOrSignedIn.ts'

/** FAQs written for authors stay in the admin; the public sees published candidate FAQs. */
export const candidateFaqsOrSignedIn: Access = ({ req }) =>
  req.user ? true : { and: [isPublished, { audience: { equals: 'candidates' } }] }
