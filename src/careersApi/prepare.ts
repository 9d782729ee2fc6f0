import { createHash } from 'node:crypto'

import { GraphQLError, Kind, parse, specifiedRules, validate } from 'graphql'
import type { DocumentNode, SelectionNode, ValidationRule } from 'graphql'
import { NoFragmentCyclesRule } from 'graphql'

import { boundedCache, documentBytesPerChar, textBytes } from '../publicCache/boundedCache.ts'
import { queryDepthRule } from '../publicCache/queryShape.ts'
import { careersSchema } from './schema.ts'

/** At most this many root fields (aliases included) per operation: each may read a page of 100. */
export const maxRootFields = 10

const rootFieldLimit: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    let fields = 0
    const visit = (selections: readonly SelectionNode[], seen: Set<string>) => {
      for (const selection of selections) {
        if (selection.kind === Kind.FIELD) fields++
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections, seen)
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value)
          const fragment = context.getFragment(selection.name.value)
          if (fragment) visit(fragment.selectionSet.selections, seen)
        }
      }
    }
    visit(operation.selectionSet.selections, new Set())
    if (fields > maxRootFields) context.reportError(new GraphQLError(`An operation may select at most ${maxRootFields} root fields (aliases count); this one selects ${fields}.`))
  },
})

export type Prepared = {
  document: DocumentNode
  errors: readonly GraphQLError[]
  hash: string
  /** It reads a draft through a preview token: never stored, never shared. */
  previews: boolean
}

/** Whether any operation of the document selects `field` at its root, through fragments too. */
const selectsRoot = (document: DocumentNode, field: string) => {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  )
  const visit = (selections: readonly SelectionNode[], seen: Set<string>): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections, seen)
      if (seen.has(selection.name.value)) return false
      seen.add(selection.name.value)
      const fragment = fragments.get(selection.name.value)
      return fragment ? visit(fragment.selectionSet.selections, seen) : false
    })
  return document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && visit(definition.selectionSet.selections, new Set()))
}

const code = (error: GraphQLError, fallback: string) =>
  new GraphQLError(error.message, { extensions: { code: fallback, ...error.extensions }, nodes: error.nodes })

/** Cycles and depth first, alone: other rules follow fragment spreads and would overflow on a cycle. */
const check = (document: DocumentNode) => {
  const shape = validate(careersSchema, document, [NoFragmentCyclesRule, queryDepthRule])
  return shape.length > 0 ? shape : validate(careersSchema, document, [...specifiedRules, rootFieldLimit])
}

const prepared = boundedCache<Prepared>({ maxBytes: 16 * 1024 * 1024, sizeOf: (_, text) => textBytes(text) * 2 + text.length * documentBytesPerChar })

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A query text parsed and validated against the careers schema, once per text while it is kept. */
export const prepare = (text: string): Prepared => {
  const known = prepared.get(text)
  if (known) return known
  let entry: Prepared
  try {
    const document = parse(text, { maxTokens: 5000 })
    const errors = check(document).map((error) => code(error, 'GRAPHQL_VALIDATION_FAILED'))
    entry = { document, errors, hash: sha256(text), previews: errors.length === 0 && selectsRoot(document, 'jobPostingPreview') }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    entry = { document: { definitions: [], kind: Kind.DOCUMENT }, errors: [code(error, 'GRAPHQL_PARSE_FAILED')], hash: sha256(text), previews: false }
  }
  prepared.set(text, entry)
  return entry
}
