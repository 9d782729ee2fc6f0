import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { randomUUID } from 'node:crypto'
import { buildConfig, getPayload } from 'payload'
import type { Config, Payload } from 'payload'

import { jobDescriptionsPlugin } from '../../src/plugin'
import type { JobDescriptionsPluginOptions } from '../../src/types'
import { sqliteDatabase } from './databases'
import { testSecret } from './payload'
import { stopPayload } from './payload'

export type HostPayload = { payload: Payload; stop: () => Promise<void> }

/**
 * A host app of its own (not this repository's app): the host's config with the plugin, on a new SQLite
 * file whose schema Payload pushes (the committed migrations are the app's, for the app's slugs).
 */
export const startHostPayload = async (
  host: Partial<Config>,
  pluginOptions: JobDescriptionsPluginOptions = {},
): Promise<HostPayload> => {
  const database = sqliteDatabase()
  const config = await buildConfig({
    db: sqliteAdapter({ client: { url: database.uri } }),
    editor: lexicalEditor(),
    secret: testSecret,
    telemetry: false,
    ...host,
    plugins: [...(host.plugins ?? []), jobDescriptionsPlugin(pluginOptions)],
  })
  const payload = await getPayload({ config, key: randomUUID() })
  return {
    payload,
    stop: async () => {
      await stopPayload(payload)
      await database.drop()
    },
  }
}

type LooseArgs = Record<string, unknown> & { collection: string }
type LooseDoc = Record<string, any> & { id: number | string }

/**
 * The Local API on collections the app's generated types do not know (a host's own users, renamed slugs):
 * the same calls, with the documents untyped.
 */
export const looseLocal = (payload: Payload) => {
  const call = <T>(method: (args: never) => Promise<unknown>) => (args: LooseArgs) => method.call(payload, args as never) as Promise<T>
  return {
    create: call<LooseDoc>(payload.create),
    find: call<{ docs: LooseDoc[] }>(payload.find),
    findByID: call<LooseDoc>(payload.findByID),
    findVersions: call<{ docs: LooseDoc[] }>(payload.findVersions),
    update: call<LooseDoc>(payload.update),
  }
}
