/**
 * How deep request data may nest, in objects and arrays, the document itself being the first level.
 * Lexical rich text takes two levels per node (the node and its `children`): a list indented ten times is
 * about forty. Payload's own recursion (copying, validating, rendering the data) overflowed the stack a few
 * thousand levels down, with a 500.
 */
export const maxDataDepth = 100

/** True when `value` nests deeper than `limit` levels. Walks with its own stack: the value may be deeper than the call stack. */
export const nestsDeeperThan = (value: unknown, limit: number): boolean => {
  const seen = new Set<object>()
  const pending: [unknown, number][] = [[value, 1]]
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!
    if (typeof current !== 'object' || current === null || seen.has(current)) continue
    if (depth > limit) return true
    seen.add(current)
    for (const child of Object.values(current)) pending.push([child, depth + 1])
  }
  return false
}

const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/**
 * What is wrong with the data of a create or update (a request body, a GraphQL `data` argument), in a
 * sentence that names the field; undefined when it is a JSON object of sensible depth.
 */
export const dataProblem = (data: unknown): string | undefined => {
  if (data === undefined) return 'The request has no data: send a JSON object as application/json.'
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return `The request data must be a JSON object, not ${describe(data)}.`
  }
  for (const [field, value] of Object.entries(data)) {
    if (nestsDeeperThan(value, maxDataDepth - 1)) return `${field}: nested deeper than ${maxDataDepth} levels.`
  }
  return undefined
}
