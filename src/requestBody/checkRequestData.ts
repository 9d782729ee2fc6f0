import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { refuse } from '../refuse.ts'
import { dataProblem } from './dataProblem.ts'
import { describeMediaType, mediaType } from './mediaType.ts'

/**
 * Refuses, with a 4xx naming the field or the content type, create and update data that is not a JSON
 * object (`null`, a string, a number, `true`, an array, or nothing: a text/plain body leaves Payload's
 * REST handler without data) or that nests deeper than Payload's recursion survives. Runs where Payload
 * hands data to the collection, so REST, GraphQL and the Local API all pass through it, before any other
 * hook and before anything is read or written.
 */
export const checkRequestData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = args.data
  if (data === undefined) {
    const type = mediaType(req.headers?.get('content-type'))
    if (type && type !== 'application/json' && type !== 'multipart/form-data') {
      refuse(`${describeMediaType(type)} is not accepted: send the document as application/json.`, 415)
    }
  }
  const problem = dataProblem(data)
  if (problem) refuse(problem, 400)
  return args
}

/** The collection with checkRequestData as its first beforeOperation hook. */
export const withRequestDataCheck = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [checkRequestData, ...(collection.hooks?.beforeOperation ?? [])] },
})
