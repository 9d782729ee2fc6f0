import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { buildCareersReadModelIfEmpty } from 'payload-plugin-job-descriptions'
import { postgresParentIndexes } from 'payload-plugin-job-descriptions/postgres'
import { cacheSqliteStatements, sqliteParentIndexes, withSqliteWriteLock } from 'payload-plugin-job-descriptions/sqlite'
import { migrations as postgresMigrations } from './migrations/postgres/index.ts'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where the embedded database and the generated secret live; git-ignored. */
export const dataDir = path.resolve(dirname, '../data')

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  throw new Error(
    `DATABASE_URI: unsupported scheme in "${uri.split(':')[0]}:"; use file:, mongodb:// or postgres://`,
  )
}

/**
 * `next dev` pushes schema changes straight into its own file; everything else (`npm start`, seed, tests)
 * runs the committed migrations. They use different files because Payload refuses to migrate a database
 * that has been pushed to.
 */
export const defaultDatabaseUri = (nodeEnv: string | undefined): string =>
  `file:${path.join(dataDir, nodeEnv === 'development' ? 'payload-dev.db' : 'payload.db')}`

/** Committed migrations by Payload adapter name; MongoDB needs none. */
/** Only `next dev` pushes schema changes; every other run goes through migrations. */
export const pushesSchema = (nodeEnv: string | undefined): boolean => nodeEnv === 'development'

const migrationsFor = { postgres: postgresMigrations, sqlite: sqliteMigrations }

type DatabaseOptions = { push: boolean; uri: string }

export const databaseAdapter = ({ push, uri }: DatabaseOptions): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  switch (kind) {
    case 'mongodb':
      return mongooseAdapter({ url: uri })
    case 'postgres':
      return postgresAdapter({
        afterSchemaInit: [postgresParentIndexes],
        migrationDir: path.resolve(dirname, 'migrations/postgres'),
        pool: { connectionString: uri },
        prodMigrations: migrationsFor.postgres,
        push,
      })
    case 'sqlite': {
      const file = uri.slice('file:'.length)
      if (file && !file.startsWith(':memory:')) mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      cacheSqliteStatements()
      const busyTimeoutMs = 5000
      const adapter = sqliteAdapter({
        afterSchemaInit: [sqliteParentIndexes],
        // Several connections share the file (the public read threads, a seed run beside the server): in WAL
        // mode readers and the writer do not block each other, and a writer waits for the lock instead of
        // failing at once.
        busyTimeout: busyTimeoutMs,
        client: { url: uri },
        migrationDir: path.resolve(dirname, 'migrations/sqlite'),
        prodMigrations: migrationsFor.sqlite,
        push,
        // Payload runs SQLite without transactions unless asked: a failure halfway through a save (an audit
        // record that cannot be written, SQLITE_BUSY) left the half that was written. With them, a save,
        // its audit record and its items commit or roll back together. (libsql begins them IMMEDIATE.)
        transactionOptions: { behavior: 'immediate' },
        wal: true,
      })
      return withSqliteWriteLock(adapter, { busyTimeoutMs })
    }
  }
}

/** Brings a SQL database up to the committed migrations (Payload only does this by itself in production). */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (pushesSchema(process.env.NODE_ENV)) return
  const migrations = migrationsFor[payload.db.name as keyof typeof migrationsFor]
  // Payload types migrations adapter-agnostically (`args: unknown`); ours take their adapter's own args.
  if (migrations?.length) await payload.db.migrate({ migrations: migrations as never })
  // A database migrated to a version with the careers read model gets it built from what is published.
  await buildCareersReadModelIfEmpty(payload)
}
