import type { Endpoint } from 'payload'
import { ValidationError } from 'payload'

import type { JobDescriptionsSlugs } from '../types.ts'
import { instantiateInput, instantiateTemplate } from './instantiate.ts'
import { refuse } from '../refuse.ts'
import { readJsonBody } from '../requestBody/readJsonBody.ts'

/**
 * `POST /api/<job-descriptions>/:id/instantiate` with `{ values, title?, slug? }`: a posting draft from
 * the template. 201 with `{ doc }`; 400 naming each bad or missing value; 401 when signed out; 415 a body
 * that is not application/json.
 */
export const instantiateEndpoint = (slugs: JobDescriptionsSlugs): Endpoint => ({
  handler: async (req) => {
    if (!req.user) refuse('Sign in to create a posting from a template.', 401)
    const body = await readJsonBody(req, '{ "values": { ... } }')
    const input = instantiateInput.safeParse(body)
    if (!input.success) {
      throw new ValidationError({
        errors: input.error.issues.map((issue) => ({ message: issue.message, path: issue.path.join('.') || 'body' })),
      })
    }
    const doc = await instantiateTemplate(req, slugs, req.routeParams!.id as string, input.data)
    return Response.json({ doc, message: `Created the posting "${doc.title}" as a draft.` }, { status: 201 })
  },
  method: 'post',
  path: '/:id/instantiate',
})
