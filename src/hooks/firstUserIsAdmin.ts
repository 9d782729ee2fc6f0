import type { CollectionBeforeChangeHook } from 'payload'

/** The first account, made on Payload's "create first user" screen, must be able to manage the rest. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
