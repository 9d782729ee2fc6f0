import type { CollectionConfig } from 'payload'

/** The host's own accounts, with a field of its own. The plugin adds what its access rules read. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email' },
  auth: true,
  fields: [{ name: 'displayName', type: 'text' }],
}
