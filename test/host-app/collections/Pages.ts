import type { CollectionConfig } from 'payload'

/** The host's own content, which must keep working beside the plugin's collections. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  access: { read: () => true },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'path', type: 'text', index: true, unique: true },
    { name: 'body', type: 'richText' },
  ],
}
