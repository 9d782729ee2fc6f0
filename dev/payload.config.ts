import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'

import { databaseAdapter, dataDir, defaultDatabaseUri, pushesSchema } from './db.ts'
import { smtpEmailAdapter } from './email.ts'
import { parseEnv } from './env.ts'
import { jobDescriptionsPlugin } from 'payload-plugin-job-descriptions'
import type { JobDescriptionsPluginOptions } from 'payload-plugin-job-descriptions'
import { resolveSecret } from './secret.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = parseEnv()

export type AppOptions = {
  /** Defaults to DATABASE_URI, then to the embedded SQLite file under data/. */
  databaseUri?: string
  pluginOptions?: JobDescriptionsPluginOptions
  secret?: string
  /** Defaults to SMTP_URL; without one, Payload logs each email instead of sending it. */
  smtpUrl?: string
}

/** The app: Payload with our plugin, on the database DATABASE_URI names. Tests build it for other databases. */
export const buildAppConfig = (options: AppOptions = {}) => {
  const databaseUri = options.databaseUri ?? env.DATABASE_URI ?? defaultDatabaseUri(env.NODE_ENV)
  const publicUrl = env.SERVER_URL ?? `http://localhost:${env.PORT}`
  const smtpUrl = options.smtpUrl ?? env.SMTP_URL
  const webhook =
    env.WORKFLOW_WEBHOOK_URL && env.WORKFLOW_WEBHOOK_SECRET
      ? { secret: env.WORKFLOW_WEBHOOK_SECRET, url: env.WORKFLOW_WEBHOOK_URL }
      : undefined
  return buildConfig({
    admin: {
      // Gravatar would be fetched from a third party for every signed-in user; keep the admin self-contained.
      avatar: 'default',
      // The file named too: `payload generate:importmap` run from the repository root (npm run generate, the
      // generated-files test) looks for app/ under the working directory otherwise, and the app lives in dev/.
      importMap: { baseDir: path.resolve(dirname), importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' · Job descriptions' },
    },
    cors: env.CORS_ORIGINS,
    // Payload honours the auth cookie only on requests from these origins (Origin, else Sec-Fetch-Site):
    // without the list, another site's form or fetch wrote with a signed-in user's cookie.
    // Without SERVER_URL the app is reached on this machine: by any of its loopback names.
    csrf: [
      ...(env.SERVER_URL ? [new URL(env.SERVER_URL).origin] : ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${env.PORT}`)),
      ...(Array.isArray(env.CORS_ORIGINS) ? env.CORS_ORIGINS : []),
    ],
    editor: lexicalEditor(),
    db: databaseAdapter({ push: pushesSchema(env.NODE_ENV), uri: databaseUri }),
    email: smtpUrl
      ? smtpEmailAdapter({ fromAddress: env.EMAIL_FROM_ADDRESS, fromName: env.EMAIL_FROM_NAME, url: smtpUrl })
      : undefined,
    // The admin in English or German (the plugin ships both): by the user's choice, else the browser's.
    i18n: { fallbackLanguage: 'en', supportedLanguages: { de, en } },
    graphQL: { schemaOutputFile: path.resolve(dirname, '../graphql/schema.graphql') },
    plugins: [
      jobDescriptionsPlugin({
        hiringOrganization: { name: env.ORGANIZATION_NAME, sameAs: env.ORGANIZATION_URL },
        notifications: { serverURL: publicUrl, webhook },
        postingUrl: (slug) => `${publicUrl}/careers/${slug}`,
        publicCache: {
          enabled: env.PUBLIC_CACHE === 'on',
          // Instances on one database share answers; another database (a test's, say) never sees them.
          redisPrefix: createHash('sha256').update(databaseUri).digest('hex').slice(0, 12),
          redisUrl: env.REDIS_URL,
        },
        ...options.pluginOptions,
      }),
    ],
    // Scheduled publishing, and unpublishing expired postings, run on this runner. Payload starts it with the
    // first request it serves (`npm start` makes one at once); scripts and tests run jobs themselves.
    jobs: { autoRun: [{ allQueues: true, cron: '*/10 * * * * *' }] },
    secret: options.secret ?? resolveSecret(env.PAYLOAD_SECRET, dataDir),
    serverURL: env.SERVER_URL,
    telemetry: false,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })
}

export default buildAppConfig()
