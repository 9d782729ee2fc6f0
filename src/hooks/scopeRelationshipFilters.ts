import { getFieldByPath } from 'payload'
import type { CollectionBeforeOperationHook, CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { isNestedRelationshipQuery } from 'payload/shared'

import { refuse } from '../refuse.ts'

/** Deeper than any filter a person writes; past it the walk below would only feed a stack overflow. */
const maxDepth = 64

type Scope = {
  collection: SanitizedCollectionConfig
  depth: number
  /** How the caller would name this level's fields: "" at the top, "responsibilities." inside its `contains`. */
  prefix: string
  req: PayloadRequest
}

/** A value only a nested `where` (or GeoJSON, or a polymorphic `{ relationTo, value }`) can be. */
const hasObject = (value: unknown): boolean =>
  isNestedRelationshipQuery(value) ||
  (Array.isArray(value) && value.some((entry) => Array.isArray(entry) || isNestedRelationshipQuery(entry)))

/**
 * The field a where path names in this collection: its own fields (through groups and tabs), or, in a
 * versions query, the same under `version.`. GraphQL spells dots as `__`.
 */
const fieldAt = (collection: SanitizedCollectionConfig, path: string): FlattenedField | undefined => {
  const dotted = path.replace(/__/g, '.')
  const fields = collection.flattenedFields
  const field = getFieldByPath({ fields, path: dotted })?.field
  if (field) return field
  if (dotted.startsWith('version.')) return getFieldByPath({ fields, path: dotted.slice('version.'.length) })?.field
  return undefined
}

/** The collection a `contains` with a nested where reaches through this field, if it is one that can. */
const reachedCollectionSlug = (field: FlattenedField | undefined): CollectionSlug | undefined => {
  if (!field) return undefined
  if ((field.type === 'relationship' || field.type === 'upload') && field.hasMany && typeof field.relationTo === 'string') {
    return field.relationTo
  }
  if (field.type === 'join' && typeof field.collection === 'string') return field.collection
  return undefined
}

/** `{ relationTo, value }` entries: how a polymorphic relationship is matched by equality. */
const isPolymorphicValue = (field: FlattenedField | undefined, value: unknown): boolean => {
  if (!field || (field.type !== 'relationship' && field.type !== 'upload') || !Array.isArray(field.relationTo)) return false
  const entries = Array.isArray(value) ? value : [value]
  return entries.every(
    (entry) =>
      isNestedRelationshipQuery(entry) &&
      Object.keys(entry).every((key) => key === 'relationTo' || key === 'value') &&
      !hasObject(entry.value),
  )
}

/** Values that are objects by nature: GeoJSON for a point, any JSON for a JSON field. */
const takesObjects = (field: FlattenedField | undefined, operator: string): boolean =>
  (field?.type === 'point' && ['intersects', 'near', 'within'].includes(operator)) || field?.type === 'json'

/** What the operator takes here, and how to reach a related document's fields instead. */
const expected = (field: FlattenedField | undefined, operator: string, named: string) => {
  const relationship = field?.type === 'relationship' || field?.type === 'upload'
  const takes = operator === 'exists' ? 'true or false' : relationship ? 'ids' : 'a value'
  const hint = relationship && typeof field.relationTo === 'string'
    ? ` To filter by the related ${field.relationTo}' fields, use "${named}.<field>"${reachedCollectionSlug(field) ? ', or "contains" with a where' : ''}.`
    : ''
  return `takes ${takes}, not an object.${hint}`
}

const scopeConstraint = async (scope: Scope, path: string, operator: string, value: unknown): Promise<unknown> => {
  if (!hasObject(value)) return value
  const { collection, prefix, req } = scope
  const field = fieldAt(collection, path)
  const named = `${prefix}${path}`
  const slug = operator === 'contains' && isNestedRelationshipQuery(value) ? reachedCollectionSlug(field) : undefined
  const related = slug ? req.payload.collections[slug]?.config : undefined
  if (related) {
    const nested = await scopeWhere({ collection: related, depth: scope.depth + 1, prefix: `${named}.`, req }, value as Where)
    // The related collection's read access, as the dotted form `responsibilities.text` gets it from
    // Payload: the filter may match only documents this caller may read.
    const access: unknown = await related.access.read({ req })
    if (access === true) return nested
    if (!isNestedRelationshipQuery(access)) refuse(`The filter on "${named}" reaches ${related.slug}, which you may not read.`, 403)
    return { and: [nested, access as Where] }
  }
  if (takesObjects(field, operator) || isPolymorphicValue(field, value)) return value
  refuse(`The filter on "${named}" (${operator}) ${expected(field, operator, named)}`, 400)
}

const scopeWhere = async (scope: Scope, where: Where): Promise<Where> => {
  if (scope.depth > maxDepth) refuse(`The filter is nested more than ${maxDepth} levels deep.`, 400)
  const scoped: Where = {}
  for (const [key, constraint] of Object.entries(where)) {
    if ((key.toLowerCase() === 'and' || key.toLowerCase() === 'or') && Array.isArray(constraint)) {
      scoped[key] = await Promise.all(
        constraint.map((item: Where) =>
          isNestedRelationshipQuery(item) ? scopeWhere({ ...scope, depth: scope.depth + 1 }, item) : item,
        ),
      )
    } else if (isNestedRelationshipQuery(constraint)) {
      const operators: Record<string, unknown> = {}
      for (const [operator, value] of Object.entries(constraint as Record<string, unknown>)) {
        operators[operator] = await scopeConstraint(scope, key, operator, value)
      }
      scoped[key] = operators as Where[string]
    } else {
      // Not a filter Payload accepts either: it answers it with its own 400.
      scoped[key] = constraint
    }
  }
  return scoped
}

/**
 * Every filter through a relationship sees only what the caller may read. Payload scopes a dotted path
 * (`responsibilities.text`) to the related collection's read access, but not the nested form
 * (`responsibilities: { contains: { text: … } }`): it checks that form's field paths and then queries every
 * related row, so a published posting answered whether its unpublished items said a guessed word. This
 * adds the related collection's access to each nested `contains`, at every level and inside `and`/`or`,
 * for every door (REST, GraphQL, the Local API without `overrideAccess`) and every operation with a
 * `where` (find, count, distinct, versions, bulk update and delete). Any other operator value that is an
 * object, where the field takes a value or ids, is refused with a 400 naming the path: Payload would send
 * it to the database as it is (a 500 at best).
 */
export const scopeRelationshipFilters: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess || !('where' in args) || !isNestedRelationshipQuery(args.where)) return args
  const where = await scopeWhere({ collection, depth: 0, prefix: '', req }, args.where as Where)
  return { ...args, where }
}
