import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { databaseAdapter, dataDir, defaultDatabaseUri, pushesSchema } from './db'
import { parseEnv } from './env'
import { jobDescriptionsPlugin } from './plugin'
import { resolveSecret } from './secret'
import type { JobDescriptionsPluginOptions } from './types'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = parseEnv()

export type AppOptions = {
  /** Defaults to DATABASE_URI, then to the embedded SQLite file under data/. */
  databaseUri?: string
  pluginOptions?: JobDescriptionsPluginOptions
  secret?: string
}

/** The app: Payload with our plugin, on the database DATABASE_URI names. Tests build it for other databases. */
export const buildAppConfig = (options: AppOptions = {}) => {
  const databaseUri = options.databaseUri ?? env.DATABASE_URI ?? defaultDatabaseUri(env.NODE_ENV)
  const publicUrl = env.SERVER_URL ?? `http://localhost:${env.PORT}`
  return buildConfig({
    admin: {
      // Gravatar would be fetched from a third party for every signed-in user; keep the admin self-contained.
      avatar: 'default',
      importMap: { baseDir: path.resolve(dirname) },
      meta: { titleSuffix: ' · Job descriptions' },
    },
    db: databaseAdapter({ push: pushesSchema(env.NODE_ENV), uri: databaseUri }),
    graphQL: { schemaOutputFile: path.resolve(dirname, '../graphql/schema.graphql') },
    plugins: [
      jobDescriptionsPlugin({
        hiringOrganization: { name: env.ORGANIZATION_NAME, sameAs: env.ORGANIZATION_URL },
        postingUrl: (slug) => `${publicUrl}/careers/${slug}`,
        ...options.pluginOptions,
      }),
    ],
    secret: options.secret ?? resolveSecret(env.PAYLOAD_SECRET, dataDir),
    serverURL: env.SERVER_URL,
    telemetry: false,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })
}

export default buildAppConfig()
