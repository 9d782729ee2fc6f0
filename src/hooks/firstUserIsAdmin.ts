import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account (Payload's "create first user" screen, or the first create of any kind) must be able
 * to manage the rest: it gets the admin role, whatever the form sent. Used by the plugin's own Users and
 * by a host's users collection alike, on the field that holds the plugin's roles.
 */
export const firstUserIsAdmin =
  (rolesField = 'roles'): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, req }) => {
    if (operation !== 'create') return data
    const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
    return totalDocs === 0 ? { ...data, [rolesField]: ['admin'] } : data
  }
