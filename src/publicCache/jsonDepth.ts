/** How deep GraphQL variables may nest (every object and list counts): far more than any filter needs. */
export const maxVariablesDepth = 64

/**
 * True when a parsed JSON value nests deeper than `max` objects and lists. Walked without recursion, so
 * that it cannot overflow the stack on the very input it guards against: graphql-js coerces variables
 * recursively, and a `where` nested 3,000 levels in them overflowed the stack before any hook could see it.
 */
export const nestsDeeperThan = (value: unknown, max: number): boolean => {
  const pending: [unknown, number][] = [[value, 1]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [inner, depth] = next
    if (!inner || typeof inner !== 'object') continue
    if (depth > max) return true
    for (const child of Object.values(inner)) pending.push([child, depth + 1])
  }
  return false
}

/** The refusal of GraphQL variables nested too deep, naming them; undefined when they are fine. */
export const variablesRefusal = (variables: unknown): string | undefined =>
  nestsDeeperThan(variables, maxVariablesDepth) ? `variables: nested more than ${maxVariablesDepth} levels deep` : undefined
