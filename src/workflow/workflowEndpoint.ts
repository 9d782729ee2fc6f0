import type { CollectionSlug, Endpoint } from 'payload'

import { readJsonBody } from '../requestBody/readJsonBody.ts'
import { stageLabels } from './stages.ts'
import type { Stage } from './stages.ts'
import { transition } from './transition.ts'

/**
 * `POST /api/<collection>/:id/workflow` with `{ action, comment?, versionId? }`. 200 with `{ doc, message }`;
 * 400 naming a bad field, 401 signed out, 403 a move the caller's role may not make, 409 a move the stage
 * does not allow or a revision that changed since it was reviewed, 415 a body that is not application/json.
 */
export const workflowEndpoint = (collection: CollectionSlug): Endpoint => ({
  handler: async (req) => {
    const body = await readJsonBody(req, '{ "action": "submit" | "approve" | ... }')
    const doc = await transition({
      collection,
      id: req.routeParams!.id as string,
      input: body as never,
      payload: req.payload,
      req,
    })
    const stage = (doc as { stage?: Stage }).stage ?? 'draft'
    return Response.json({ doc, message: `Stage: ${stageLabels[stage]}.` })
  },
  method: 'post',
  path: '/:id/workflow',
})
