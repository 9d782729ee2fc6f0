import type { Access, Where } from 'payload'

export const isPublished: Where = { _status: { equals: 'published' } }

/** Anonymous callers see published documents only; signed-in users see everything. */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : isPublished)
