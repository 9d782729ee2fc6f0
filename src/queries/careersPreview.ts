import type { GraphQLExtension, PayloadRequest } from 'payload'

import { refuse } from '../refuse.ts'

import { previewRequest } from '../careers/previewRead.ts'
import { verifyPreviewToken } from '../careers/previewToken.ts'
import { signedInOnlyFields } from '../hooks/skipSignedInOnlyFields.ts'
import type { JobDescriptionsSlugs } from '../types.ts'

/**
 * `CareersPreview(token)`: the latest revision, draft included, of the one job description a signed,
 * unexpired preview token names. It is how a careers page shows HR a draft; nothing else can.
 */
export const careersPreview =
  (slugs: JobDescriptionsSlugs, previewSecret: string | undefined): GraphQLExtension =>
  (GraphQL, { collections }) => ({
    CareersPreview: {
      type: collections[slugs.jobDescriptions]!.graphQL!.type,
      args: { token: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) } },
      resolve: async (_: unknown, { token }: { token: string }, { req }: { req: PayloadRequest }) => {
        const claims = verifyPreviewToken(token, previewSecret ?? req.payload.secret)
        // Public errors: Payload shows other errors' messages only in development.
        if (!claims) refuse('This preview link is invalid or has expired. Open a new one from the admin.', 403)
        const collection = req.payload.collections[slugs.jobDescriptions]!.config
        // The token grants the candidate-facing view of its one document only: the fields only signed-in
        // readers may read (notes for authors, the content check, the approved version, the placeholders)
        // stay in the admin, and only this read, on a request of its own, renders its items' drafts.
        const hidden = signedInOnlyFields(collection)
        const doc = await req.payload.findByID({
          id: claims.id,
          collection: slugs.jobDescriptions,
          depth: 0,
          disableErrors: true,
          draft: true,
          overrideAccess: true,
          req: previewRequest(req, claims.id),
          ...(hidden ? { select: hidden } : {}),
        })
        if (!doc) refuse('The job description of this preview link no longer exists.', 404)
        return Object.fromEntries(Object.entries(doc).filter(([key]) => !hidden || !(key in hidden)))
      },
    },
  })
