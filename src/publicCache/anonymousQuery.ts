import { execute } from 'graphql'
import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import type { GraphQLRequest } from './answerKey.ts'
import { payloadGraphQL, prepareQuery } from './preparedQuery.ts'

/**
 * Answers an anonymous query as Payload's GraphQL route would (its schema, its resolvers, its access rules
 * for a request without a user), without what that route pays on every request besides running the query:
 * authentication (there are no credentials to check), and parsing and validating a text it has seen before.
 *
 * Returns the answer's JSON, or undefined when Payload's route must answer instead: a text that does not
 * prepare (syntax or validation errors, mutations), an answer with errors (Payload formats them, hides
 * internal ones and runs the `afterError` hooks), or a config with `extensions`, which Payload adds.
 */
export const answerAnonymousQuery = async (
  payload: Payload,
  { operationName, query, variables }: GraphQLRequest,
  headers: Headers,
): Promise<string | undefined> => {
  if (process.env.NODE_ENV === 'development' || typeof payload.extensions === 'function') return undefined
  const graphQL = await payloadGraphQL(payload.config)
  const document = prepareQuery(graphQL, query, variables ?? {})
  if (!document) return undefined
  const req = await createLocalReq({ req: { headers, payloadAPI: 'GraphQL' } as Partial<PayloadRequest> }, payload)
  const result = await execute({
    contextValue: { headers: {}, req },
    document,
    operationName,
    schema: graphQL.schema,
    variableValues: variables,
  })
  return result.errors ? undefined : JSON.stringify(result)
}
