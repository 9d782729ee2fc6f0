import { z } from 'zod'

import persisted from '../../graphql/generated/careers-persisted-documents.json' with { type: 'json' }
import { boundedCache, textBytes } from '../publicCache/boundedCache.ts'
import { variablesRefusal } from '../publicCache/jsonDepth.ts'
import { careersError } from './errors.ts'
import { sha256 } from './prepare.ts'

/** The committed careers operations (graphql/careers/), by the sha256 of their text. */
export const careersPersistedDocuments: Readonly<Record<string, string>> = persisted

/**
 * Operations registered by Apollo's automatic persisted queries: a client sends the hash alone, and the
 * text once when the server answers PersistedQueryNotFound. Bounded by bytes: anyone may register.
 */
const registered = boundedCache<{ text: string }>({ maxBytes: 8 * 1024 * 1024, sizeOf: ({ text }, hash) => textBytes(text) + textBytes(hash) })

const jsonText = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    context.addIssue({ code: 'custom', message: 'is not JSON' })
    return z.NEVER
  }
})

const object = z.record(z.string(), z.unknown()).nullable()

const fields = {
  documentId: z
    .string()
    .regex(/^(sha256:)?[0-9a-f]{64}$/, 'must be sha256:<hex> or the bare hex sha256 of a persisted operation')
    .optional(),
  extensions: object.optional(),
  operationName: z.string().max(200).nullable().optional(),
  query: z.string().max(100_000).optional(),
  variables: object.optional(),
}

const body = z.object(fields).strip()
const params = z.object({ ...fields, extensions: jsonText.pipe(object).optional(), variables: jsonText.pipe(object).optional() }).strip()

export type CareersRequest = { operationName?: null | string; text: string; variables?: null | Record<string, unknown> }

/** A request that cannot go on: its error, and the HTTP status it is answered with. */
export class CareersRequestError extends Error {
  constructor(
    readonly error: ReturnType<typeof careersError>,
    readonly status: number,
  ) {
    super(error.message)
  }
}

const refuse = (message: string, code: Parameters<typeof careersError>[0] = 'BAD_USER_INPUT', status = 400): never => {
  throw new CareersRequestError(careersError(code, message), status)
}

const persistedHash = (extensions: null | Record<string, unknown> | undefined) => {
  const persistedQuery = extensions?.persistedQuery as { sha256Hash?: unknown; version?: unknown } | undefined
  if (!persistedQuery) return undefined
  if (typeof persistedQuery.sha256Hash !== 'string' || !/^[0-9a-f]{64}$/.test(persistedQuery.sha256Hash)) {
    refuse('extensions.persistedQuery.sha256Hash: must be the hex sha256 of the query')
  }
  return persistedQuery.sha256Hash as string
}

/**
 * The operation a GET's parameters or a POST's JSON body ask for: `query`; or `documentId` (sha256:<hex>
 * or bare hex) of a committed operation; or Apollo's `extensions.persistedQuery.sha256Hash`, of a
 * committed or registered operation, registered when the text comes with it.
 */
export const careersRequest = (input: unknown, where: 'body' | 'params'): CareersRequest => {
  const parsed = (where === 'body' ? body : params).safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    refuse(`${issue.path.join('.') || where}: ${issue.message}`)
  }
  const { documentId, extensions, operationName, query, variables } = parsed.data!
  const deep = variablesRefusal(variables)
  if (deep) refuse(deep)
  const apq = persistedHash(extensions)
  let text = query
  if (documentId) {
    const hash = documentId.replace(/^sha256:/, '')
    text = Object.hasOwn(careersPersistedDocuments, hash) ? careersPersistedDocuments[hash] : undefined
    if (!text) refuse(`documentId: no persisted operation has the id ${documentId}`, 'PERSISTED_QUERY_NOT_FOUND')
  } else if (apq && query !== undefined) {
    if (sha256(query) !== apq) refuse('extensions.persistedQuery.sha256Hash: is not the sha256 of the query sent')
    if (!Object.hasOwn(careersPersistedDocuments, apq)) registered.set(apq, { text: query })
  } else if (apq) {
    text = Object.hasOwn(careersPersistedDocuments, apq) ? careersPersistedDocuments[apq] : registered.get(apq)?.text
    // Apollo's protocol: this message and code, on a 200, make the client send the text.
    if (!text) refuse('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200)
  }
  if (text === undefined) refuse('query: missing (or documentId, or extensions.persistedQuery for a persisted operation)')
  return { operationName, text: text!, variables }
}
