// A host's own Payload config: its users and pages, SQLite, and the job-descriptions plugin as a host installs
// it from npm. Environment switches, so that one build serves every case test/host-app.test.ts checks:
//   DATABASE_URI     the SQLite file (file:/path/to/host.db)
//   PAYLOAD_SECRET   Payload's secret
//   HOST_PLUGIN=off  the host before it installed the plugin (to make the database an existing host has)
//   HOST_SLUGS=renamed  the plugin's collections under the host's own slugs
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import type { Plugin } from 'payload'
import { jobDescriptionsPlugin } from 'payload-plugin-job-descriptions'
import type { JobDescriptionsPluginOptions } from 'payload-plugin-job-descriptions'

import { Pages } from './collections/Pages'
import { Users } from './collections/Users'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const required = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`host-app: set ${name}`)
  return value
}

const renamed: JobDescriptionsPluginOptions['slugs'] = { approvals: 'reviews', jobDescriptions: 'jobs' }

const plugins: Plugin[] =
  process.env.HOST_PLUGIN === 'off'
    ? []
    : [jobDescriptionsPlugin({ slugs: process.env.HOST_SLUGS === 'renamed' ? renamed : undefined })]

export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    user: Users.slug,
  },
  collections: [Users, Pages],
  db: sqliteAdapter({ client: { url: required('DATABASE_URI') } }),
  editor: lexicalEditor(),
  plugins,
  secret: required('PAYLOAD_SECRET'),
  serverURL: process.env.SERVER_URL,
  telemetry: false,
  // No generated types: one build serves both slug variants, and generated types name one set of slugs. (In
  // development Payload would otherwise write payload-types.ts for whichever variant ran last.)
  typescript: { autoGenerate: false },
})
