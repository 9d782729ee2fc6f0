import { nestsDeeperThan } from '../requestBody/dataProblem.ts'

/**
 * How deep GraphQL variables may nest (every object and list counts): far more than any filter needs. graphql-js
 * coerces variables recursively, and a `where` nested 3,000 levels in them overflowed the stack before any
 * hook could see it; the depth is measured without recursion (nestsDeeperThan, shared with request data).
 */
export const maxVariablesDepth = 64

/** The refusal of GraphQL variables nested too deep, naming them; undefined when they are fine. */
export const variablesRefusal = (variables: unknown): string | undefined =>
  nestsDeeperThan(variables, maxVariablesDepth) ? `variables: nested more than ${maxVariablesDepth} levels deep` : undefined
