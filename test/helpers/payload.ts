import { randomUUID } from 'node:crypto'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { migrateDatabase } from '../../dev/db.ts'
import { buildAppConfig } from '../../dev/payload.config.ts'
import type { AppOptions } from '../../dev/payload.config.ts'
import { settleNotifications } from '../../src/workflow/notify'
import type { JobDescriptionsPluginOptions } from '../../src/types'

export const testSecret = 'test-secret-that-is-long-enough-0123456789'

/** The app on the given database, migrated (SQL) and ready; each call is its own Payload instance. */
export const startPayload = async (
  databaseUri: string,
  pluginOptions?: JobDescriptionsPluginOptions,
  appOptions: Pick<AppOptions, 'smtpUrl'> = {},
): Promise<Payload> => {
  const config = buildAppConfig({ ...appOptions, databaseUri, pluginOptions, secret: testSecret })
  const payload = await getPayload({ config, key: randomUUID() })
  await migrateDatabase(payload)
  return payload
}

/**
 * payload.destroy() leaves the adapter's connections open. Idle PostgreSQL connections are then cut by the
 * test database's DROP ... WITH (FORCE); that is expected, so the pool may ignore it.
 */
export const stopPayload = async (payload: Payload | undefined): Promise<void> => {
  if (!payload) return
  await settleNotifications(payload)
  await payload.destroy()
  const db = payload.db as { client?: { close?: () => void }; pool?: { on: (event: 'error', listener: () => void) => void } }
  db.pool?.on('error', () => {})
  db.client?.close?.()
}
