import type { CollectionConfig } from 'payload'

import { hostRolesField } from '../../collections/Users.ts'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin.ts'

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

/**
 * A host's users collection, with what the plugin's access rules read: the `roles` field (not required,
 * see hostRolesField) and the first-user-is-admin rule, the same hook the plugin's own Users have. Left
 * as it is when the host maps its own role model (`access.isAdmin` and `access.isReviewer`), or already
 * has a `roles` field of its own, which the default role model then reads.
 */
export const withHostUsers = (collection: CollectionConfig, { mapsRoles }: { mapsRoles: boolean }): CollectionConfig => {
  if (mapsRoles || hasField(collection, 'roles')) return collection
  return {
    ...collection,
    fields: [...collection.fields, hostRolesField],
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), firstUserIsAdmin('roles')] },
  }
}
