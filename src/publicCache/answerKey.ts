import { createHash } from 'node:crypto'
import { Kind, parse, print } from 'graphql'
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

import persisted from '../../graphql/generated/persisted-documents.json' with { type: 'json' }
import { boundedCache, documentBytesPerChar, textBytes } from './boundedCache.ts'

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

type Normalised = {
  document: DocumentNode | null
  kind: 'invalid' | 'other' | 'query'
  /** Why the text is refused before Payload's route sees it (which would answer a bare stack overflow). */
  refusal?: string
  text: null | string
}

/** The texts seen, parsed: at most 32 MB of them, the document's estimated heap included. */
const normalised = boundedCache<Normalised>({
  maxBytes: 32 * 1024 * 1024,
  sizeOf: ({ text }, query) => query.length * documentBytesPerChar + textBytes(query) + (text === null ? 0 : textBytes(text)),
})

/** The bytes the parse cache holds, by its estimate (for tests). */
export const normalisedBytes = (): number => normalised.calculatedSize

/** Answers that depend on more than published content: a draft preview must always be read fresh. */
const neverCached = new Set(['CareersPreview'])

/**
 * The names of the fields the document's operations select on the root type, seen through inline fragments
 * and fragment spreads, each fragment once (so a cycle ends); an alias does not hide a field's name. Null
 * when a spread names a fragment the document does not define: such a document does not resolve, and is
 * not cached (Payload's route refuses it).
 */
const rootFields = (document: DocumentNode): null | string[] => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  const pending: SelectionSetNode[] = []
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    else if (definition.kind === Kind.OPERATION_DEFINITION) pending.push(definition.selectionSet)
  }
  const names: string[] = []
  const spread = new Set<string>()
  for (let selectionSet = pending.pop(); selectionSet; selectionSet = pending.pop()) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value)
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet)
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value)
        const fragment = fragments.get(selection.name.value)
        if (!fragment) return null
        pending.push(fragment.selectionSet)
      }
    }
  }
  return names
}

/**
 * The operation as printed from its syntax tree (so whitespace and comments do not split the cache), or null
 * when it must not be cached: mutations, subscriptions, previews (however fragments or aliases spell them).
 * A text is parsed once while the cache holds it.
 */
const normalise = (query: string): Normalised => {
  const known = normalised.get(query)
  if (known) return known
  let document: DocumentNode | undefined
  let refusal: string | undefined
  try {
    document = parse(query)
  } catch (error) {
    document = undefined // Payload answers the syntax error; but graphql-js parses recursively:
    if (error instanceof RangeError) refusal = 'query: nested too deeply to parse (a stack overflow)'
  }
  const onlyQueries = document?.definitions.every(
    (definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query',
  )
  const fields = document && onlyQueries ? rootFields(document) : null
  const cacheable = fields !== null && !fields.some((field) => neverCached.has(field))
  const result: Normalised = !document
    ? { document: null, kind: 'invalid', refusal, text: null }
    : !onlyQueries
      ? { document, kind: 'other', text: null }
      : { document, kind: 'query', text: cacheable ? print(document) : null }
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

/** Why a text that does not parse must not reach Payload's route, or undefined (it may, to name the error). */
export const parseRefusal = (query: string): string | undefined => normalise(query).refusal

/** The parsed document of any text that parses (queries, mutations), or undefined for a syntax error. */
export const parsedDocument = (query: string): DocumentNode | undefined => normalise(query).document ?? undefined

/** True for a request with a mutation (or subscription) in it; GET never runs those. */
export const isMutation = (query: string): boolean => normalise(query).kind === 'other'
