import { createHash } from 'node:crypto'
import { parse, print } from 'graphql'
import type { DocumentNode } from 'graphql'

import persisted from '../../graphql/generated/persisted-documents.json'

export type GraphQLRequest = {
  operationName?: null | string
  /**
   * The request carries more than a GraphQL request: other URL parameters or body keys (`locale`, `draft`,
   * …), which Payload's route reads into the request it runs. Only Payload's route answers it, uncached.
   */
  otherParams?: boolean
  query: string
  variables?: null | Record<string, unknown>
}

/** The operations of graphql/operations/, by the sha256 codegen gives them at build time. */
export const persistedQueries: Readonly<Record<string, string>> = persisted

type Normalised = { document: DocumentNode | null; kind: 'invalid' | 'other' | 'query'; text: null | string }
const normalised = new Map<string, Normalised>()

/** Answers that depend on more than published content: a draft preview must always be read fresh. */
const neverCached = new Set(['CareersPreview'])

const rootFields = (document: DocumentNode) =>
  document.definitions.flatMap((definition) =>
    definition.kind === 'OperationDefinition'
      ? definition.selectionSet.selections.flatMap((selection) => (selection.kind === 'Field' ? [selection.name.value] : []))
      : [],
  )

/**
 * The operation as printed from its syntax tree (so whitespace and comments do not split the cache), or null
 * when it must not be cached: mutations, subscriptions, previews. Each distinct text is parsed once per
 * process.
 */
const normalise = (query: string): Normalised => {
  const known = normalised.get(query)
  if (known) return known
  let document: DocumentNode | undefined
  try {
    document = parse(query)
  } catch {
    document = undefined // Payload answers the syntax error
  }
  const onlyQueries = document?.definitions.every(
    (definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query',
  )
  const cacheable = document && onlyQueries && !rootFields(document).some((field) => neverCached.has(field))
  const result: Normalised = !document
    ? { document: null, kind: 'invalid', text: null }
    : !onlyQueries
      ? { document, kind: 'other', text: null }
      : { document, kind: 'query', text: cacheable ? print(document) : null }
  if (normalised.size > 1000) normalised.clear()
  normalised.set(query, result)
  return result
}

/** Stable JSON: the same variables in any key order give the same key. */
const stable = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return `{${Object.keys(record).sort().filter((key) => record[key] !== undefined).map((key) => `${JSON.stringify(key)}:${stable(record[key])}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

const keys = new WeakMap<GraphQLRequest, string | undefined>()

/**
 * The cache key of a public query, or undefined when the request must not be cached. Remembered for a
 * request object that is read again (a GET URL seen before gives the same object).
 */
export const answerKey = (request: GraphQLRequest): string | undefined => {
  if (keys.has(request)) return keys.get(request)
  const { operationName, otherParams, query, variables } = request
  const { text } = normalise(query)
  const key =
    text === null || otherParams
      ? undefined
      : createHash('sha256').update(`${text}\n${stable(variables ?? {})}\n${operationName ?? ''}`).digest('base64url')
  if (Object.isFrozen(request)) keys.set(request, key)
  return key
}

/**
 * The parsed document of a text with queries only, or undefined (a syntax error, a mutation): parsed once
 * per process for the cache key and the executor alike.
 */
export const parsedQuery = (query: string): DocumentNode | undefined => {
  const { document, kind } = normalise(query)
  return kind === 'query' ? document! : undefined
}

/** True for a request with a mutation (or subscription) in it; GET never runs those. */
export const isMutation = (query: string): boolean => normalise(query).kind === 'other'
