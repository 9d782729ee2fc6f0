import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError, NoFragmentCyclesRule, validate } from 'graphql'
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql'

/**
 * How deep a query may select, counting fields only (fragments are seen through): the careers operations
 * go 4 deep, a type's introspection about 9; anything deeper only makes the server work.
 */
export const maxQueryDepth = 12

/**
 * Refuses a query that selects deeper than maxQueryDepth, through fragments, a fragment cycle included
 * (graphql-armor's rule, reporting a validation error rather than throwing out of `validate`).
 */
export const queryDepthRule: ValidationRule = maxDepthRule({
  exposeLimits: true,
  flattenFragments: true,
  n: maxQueryDepth,
  onReject: [(context, error) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
  propagateOnRejection: false,
})

/**
 * What is wrong with a document's shape, before any other rule looks at it: a fragment cycle, or a depth
 * above the limit. Payload's own validation rules (its query-complexity rule) follow fragment spreads
 * without noting where they have been, so a cycle overflows the stack inside `validate` (a 500 with an
 * empty body); validation rules cannot stop one another, so these run first, on their own.
 */
export const shapeErrors = (schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] =>
  validate(schema, document, [NoFragmentCyclesRule, queryDepthRule])
