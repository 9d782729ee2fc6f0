import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = { drop: () => Promise<void>; uri: string }

/** A new SQLite file in the temp directory. */
export const sqliteDatabase = (): TestDatabase => {
  const file = path.join(os.tmpdir(), `jd-test-${randomUUID()}.db`)
  return {
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
    },
    uri: `file:${file}`,
  }
}

/** A new, empty database on the PostgreSQL server `serverUrl` points at, dropped afterwards. */
export const postgresDatabase = async (serverUrl: string): Promise<TestDatabase> => {
  const name = `jd_test_${randomUUID().replaceAll('-', '')}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return { drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), uri: url.toString() }
}

/** A fresh database name on the MongoDB server `serverUri` points at, dropped afterwards by the suite. */
export const mongoDatabase = (serverUri: string): TestDatabase => {
  const url = new URL(serverUri)
  url.pathname = `/jd_test_${randomUUID().replaceAll('-', '')}`
  return { drop: async () => {}, uri: url.toString() }
}
