import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { refuse } from '../refuse.ts'

/** The most documents one page may hold; 0 is Payload's "no limit", as `pagination=false` is. */
export const maxLimit = 1000
/** The last page one may ask for. */
export const maxPage = 1_000_000
/** How deep a `where` may nest, counting every object and list in it (`{or: [{and: [{title: {equals}}]}]}` is 6). */
export const maxWhereDepth = 24
/** How many clauses all the `and` / `or` lists of a `where` may hold together. */
export const maxWhereClauses = 100

const wholeNumber = (name: string, value: unknown, min: number, max: number) => {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse(`${name}: must be a whole number from ${min} to ${max.toLocaleString('en')}, not ${String(value)}.`, 400)
  }
}

/**
 * Walks the `where` without recursion (so it cannot overflow the stack itself), and refuses one nested
 * deeper than maxWhereDepth or with more than maxWhereClauses clauses in its `and` / `or` lists, before
 * Payload's own code recurses through it or SQLite is handed an expression tree it cannot hold.
 */
const checkWhere = (where: unknown) => {
  if (where === undefined || where === null) return
  let clauses = 0
  const pending: [unknown, number][] = [[where, 1]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next
    if (!value || typeof value !== 'object') continue
    if (depth > maxWhereDepth) refuse(`where: is nested more than ${maxWhereDepth} levels deep; simplify the filter.`, 400)
    for (const [key, inner] of Object.entries(value)) {
      if (Array.isArray(inner) && /^(?:and|or)$/i.test(key)) clauses += inner.length
      pending.push([inner, depth + 1])
    }
    if (clauses > maxWhereClauses) refuse(`where: has more than ${maxWhereClauses} and/or clauses; simplify the filter.`, 400)
  }
}

/**
 * The shape of what a read (or a bulk update or delete) asks of the database: `limit` and `page` whole
 * numbers within bounds, and a `where` of bounded depth and width. Refused with a 400 naming the parameter,
 * before anything runs, through every door: REST, GraphQL and the Local API run the collection's
 * beforeOperation hooks. Without it, `limit=-1` lists everything, `page=-3` or `limit=2.5` is a 500, and a
 * `where` nested 3,000 levels or with 1,000 `or` clauses overflows the stack or SQLite's expression tree.
 */
export const boundedReads: CollectionBeforeOperationHook = ({ args }) => {
  const { limit, page, where } = args as { limit?: unknown; page?: unknown; where?: unknown }
  wholeNumber('limit', limit, 0, maxLimit)
  wholeNumber('page', page, 1, maxPage)
  checkWhere(where)
  return args
}

/** The collection with boundedReads before its own beforeOperation hooks. */
export const withBoundedReads = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [boundedReads, ...(collection.hooks?.beforeOperation ?? [])] },
})
