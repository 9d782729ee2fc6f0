/**
 * `npm run migrate:create -- <name>`: after a schema change, writes the migration for each SQL adapter
 * (dev/migrations/sqlite and dev/migrations/postgres). Payload diffs the config against the last
 * migration's snapshot (no file when nothing changed); the PostgreSQL run needs a server to connect to
 * (POSTGRES_URL, default local).
 */
import os from 'node:os'
import path from 'node:path'

import { run } from './build.ts'

const name = process.argv[2] ?? 'schema'
const postgresUrl = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const targets = {
  sqlite: `file:${path.join(os.tmpdir(), `jd-migrations-${process.pid}.db`)}`,
  postgres: postgresUrl,
}

for (const [adapter, uri] of Object.entries(targets)) {
  console.log(`Creating the ${adapter} migration "${name}"...`)
  await run('payload', ['migrate:create', name, '--skip-empty'], { ...process.env, DATABASE_URI: uri })
}
