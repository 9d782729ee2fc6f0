import type { Where } from 'payload'

/** Postings still open on `now`: kind posting, no validThrough or one not yet passed. Access adds "published". */
export const openPostingsWhere = (now: Date = new Date()): Where => ({
  and: [
    { kind: { equals: 'posting' } },
    { or: [{ validThrough: { exists: false } }, { validThrough: { greater_than_equal: now.toISOString() } }] },
  ],
})
