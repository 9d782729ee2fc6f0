import type { Endpoint } from 'payload'
import { z } from 'zod'

import { reviews } from '../access/roleModel.ts'
import { refuse } from '../refuse.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import { reviewDiff } from './reviewDiff.ts'

/** Ids as Payload's adapters make them: whole numbers (SQL) or ObjectId / UUID strings. */
const idText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a document id (letters, digits, - or _)')

export const reviewDiffInput = z.object({ id: idText, versionId: idText.optional() })

/**
 * `GET /api/<job descriptions>/:id/review-diff[?versionId=…]`: the text comparison HR reads before approving
 * (see reviewDiff). 200 with the diff; 400 naming a bad field, 401 signed out, 403 anyone who does not
 * review, 404 an unknown posting or revision.
 */
export const reviewDiffEndpoint = (slugs: JobDescriptionsSlugs): Endpoint => ({
  handler: async (req) => {
    if (!req.user) refuse('Sign in to compare revisions.', 401)
    if (!reviews(req)) refuse('Only HR compares a revision under review with the published posting.', 403)
    const parsed = reviewDiffInput.safeParse({ id: req.routeParams?.id, versionId: req.query?.versionId })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      refuse(`${issue.path.join('.') || 'input'}: ${issue.message}`, 400)
    }
    const { id, versionId } = parsed.data
    const numeric = (value: string) => (req.payload.db.defaultIDType === 'number' && /^\d+$/.test(value) ? Number(value) : value)
    const diff = await reviewDiff(req, slugs, numeric(id), versionId === undefined ? undefined : numeric(versionId))
    if (!diff) refuse(`No revision ${versionId ?? ''} of job description ${id} was found.`.replace('  ', ' '), 404)
    return Response.json(diff)
  },
  method: 'get',
  path: '/:id/review-diff',
})
