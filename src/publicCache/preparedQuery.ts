import type { configToSchema } from '@payloadcms/graphql'
import { specifiedRules, validate } from 'graphql'
import type { DocumentNode, GraphQLSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { parsedQuery } from './answerKey.ts'
import { boundedCache, documentBytesPerChar, textBytes } from './boundedCache.ts'
import { shapeErrors } from './queryShape.ts'

type PayloadGraphQL = ReturnType<typeof configToSchema>
type SchemaCache = { graphql: null | PayloadGraphQL; promise: null | Promise<PayloadGraphQL> }

const schemas = new WeakMap<SanitizedConfig, Promise<PayloadGraphQL>>()

/**
 * Payload's schema and validation rules for a config, built once. Payload's route keeps the one it builds
 * on a process-wide global (`getGraphql` in @payloadcms/next, not exported) with no note of its config, so
 * it is not read from there; but when that slot is empty, ours fills it, and the route then runs on the
 * same schema instead of building a second.
 */
export const payloadGraphQL = (config: SanitizedConfig): Promise<PayloadGraphQL> => {
  let built = schemas.get(config)
  if (!built) {
    // Imported when first needed: the plugin is loaded with every config (seeding, migrations, scripts),
    // which never answer a query.
    built = import('@payloadcms/graphql').then((graphQL) => graphQL.configToSchema(config))
    schemas.set(config, built)
    const global = globalThis as unknown as { _payload_graphql?: SchemaCache }
    const slot = (global._payload_graphql ??= { graphql: null, promise: null })
    if (!slot.graphql && !slot.promise && process.env.NODE_ENV !== 'development') slot.promise = built
  }
  return built
}

type PreparedCache = ReturnType<typeof boundedCache<DocumentNode>>
const prepared = new WeakMap<GraphQLSchema, PreparedCache>()
/** Per schema; the documents are mostly the parse cache's own (answerKey), but are charged here too. */
const maxBytesPerSchema = 32 * 1024 * 1024
const preparedCache = () => boundedCache<DocumentNode>({ maxBytes: maxBytesPerSchema, sizeOf: (_, text) => text.length * documentBytesPerChar + textBytes(text) })

/** The bytes the validation cache of `schema` holds, by its estimate (for tests). */
export const preparedBytes = (schema: GraphQLSchema): number => prepared.get(schema)?.calculatedSize ?? 0

/**
 * The parsed document of a query that passed validation, with the rules Payload's route applies (GraphQL's
 * own, query complexity, the host's), or undefined for anything Payload's route must answer itself (syntax
 * or validation errors, mutations, `@skip` / `@include`). A careers site sends the same few operations over
 * and over; on Payload's route, validating them cost about a seventh of a list query. So a text that passes
 * is kept (up to 32 MB of them per schema) and not parsed or validated again. A document with a fragment
 * cycle or too deep is turned away before Payload's rules see it (see shapeErrors).
 *
 * Validation runs with the first request's variables because Payload's complexity rule wants them, but the
 * result holds for any: the rule reads variables only for `@skip` / `@include` (excluded here), and the
 * values themselves are checked by `execute` on every request. A text that fails is not kept, so one bad
 * request cannot turn a good operation away.
 */
export const prepareQuery = (
  { schema, validationRules }: PayloadGraphQL,
  text: string,
  variables: Record<string, unknown>,
): DocumentNode | undefined => {
  let bySchema = prepared.get(schema)
  if (!bySchema) prepared.set(schema, (bySchema = preparedCache()))
  const known = bySchema.get(text)
  if (known) return known
  const document = parsedQuery(text)
  if (!document || /@(?:skip|include)\b/.test(text)) return undefined
  if (shapeErrors(schema, document).length > 0) return undefined
  const args = { document, schema, variableValues: variables } as Parameters<typeof validationRules>[0]
  if (validate(schema, document, [...specifiedRules, ...validationRules(args)]).length > 0) return undefined
  bySchema.set(text, document)
  return document
}
