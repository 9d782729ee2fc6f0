import { GraphQLError } from 'graphql'

/**
 * The careers API's error codes, in `extensions.code` as Apollo and most clients read them; messages name
 * the argument, so a careers team can fix a query from the error alone.
 */
export type CareersErrorCode =
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_FOUND'

export const careersError = (code: CareersErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } })

/** A bad argument: BAD_USER_INPUT, with the argument's name in the message and in `extensions.argument`. */
export const badInput = (argument: string, reason: string) =>
  careersError('BAD_USER_INPUT', `${argument}: ${reason}`, { argument })
