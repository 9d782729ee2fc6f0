import type { FlattenedField } from 'payload'

/**
 * Values as a reviewer sees them: empty is empty whether null, missing, '' or [], a related document is its
 * id, array rows are their contents (row ids are bookkeeping), key order does not matter.
 */
const canonical = (value: unknown): unknown => {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(canonical)
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  if ('id' in record && 'updatedAt' in record) return String(record.id) // a populated relationship
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, canonical(record[key])])
      .filter(([, entry]) => entry !== undefined),
  )
}

/** Fields an author writes: computed, read-only and workflow fields are the server's. */
const authored = (field: FlattenedField) =>
  !('virtual' in field && field.virtual) &&
  !field.admin?.readOnly &&
  !field.admin?.hidden &&
  !['_status', 'approvedVersion', 'stage'].includes(field.name)

/** The admin's form sends an array or blocks field without rows as its row count, 0. */
const valueOf = (field: FlattenedField, value: unknown) =>
  (field.type === 'array' || field.type === 'blocks') && value === 0 ? [] : value

/** The authored fields in `data` whose values differ from `revision`'s, by name. */
export const changedFields = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  revision: Record<string, unknown>,
): string[] =>
  fields
    .filter(authored)
    .filter((field) => field.name in data)
    .filter(
      (field) =>
        JSON.stringify(canonical(valueOf(field, data[field.name]))) !==
        JSON.stringify(canonical(valueOf(field, revision[field.name]))),
    )
    .map((field) => field.name)
