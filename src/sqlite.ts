// For hosts on SQLite (@payloadcms/db-sqlite): what the project's own app wraps its adapter in.
// See docs/plugin.md, "On SQLite". Needs the optional peers @payloadcms/db-sqlite and libsql.
export { sqliteParentIndexes } from './database/sqliteParentIndexes.ts'
export { cacheSqliteStatements } from './database/sqliteStatementCache.ts'
export { withSqliteWriteLock } from './database/sqliteWriteLock.ts'
