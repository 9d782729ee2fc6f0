import type { Access, CollectionConfig } from 'payload'

import { narrow } from './access/narrow.ts'
import type { CollectionOverride } from './types.ts'

/** Payload's access when a collection sets none: any signed-in user. */
const payloadDefault: Access = ({ req }) => Boolean(req.user)

type Operation = keyof NonNullable<CollectionOverride['access']>
type Hooks = NonNullable<CollectionConfig['hooks']>

const narrowAccess = (access: CollectionConfig['access'], extra: CollectionOverride['access']): CollectionConfig['access'] => {
  if (!extra) return access
  const narrowed = { ...access }
  for (const [operation, predicate] of Object.entries(extra) as [Operation, Access | undefined][]) {
    if (predicate) narrowed[operation] = narrow(access?.[operation] ?? payloadDefault, predicate)
  }
  return narrowed
}

const appendHooks = (hooks: CollectionConfig['hooks'], extra: CollectionOverride['hooks']): CollectionConfig['hooks'] => {
  if (!extra) return hooks
  const merged: Record<string, unknown[]> = { ...hooks }
  for (const [name, added] of Object.entries(extra)) {
    merged[name] = [...((hooks?.[name as keyof Hooks] as unknown[] | undefined) ?? []), ...((added as unknown[] | undefined) ?? [])]
  }
  return merged as Hooks
}

/**
 * A host's override of one of the plugin's collections (the `overrides` option), applied before the
 * workflow and the hardening wrap it, so those stay in force whatever the override says: fields from the
 * plugin's own, hooks after the plugin's, admin options merged over the plugin's, access only narrowed.
 */
export const applyOverride = (collection: CollectionConfig, override: CollectionOverride | undefined): CollectionConfig => {
  if (!override) return collection
  return {
    ...collection,
    access: narrowAccess(collection.access, override.access),
    admin: { ...collection.admin, ...override.admin },
    fields: override.fields ? override.fields({ defaultFields: collection.fields }) : collection.fields,
    hooks: appendHooks(collection.hooks, override.hooks),
  }
}
