// For hosts on PostgreSQL (@payloadcms/db-postgres): pass it in the adapter's `afterSchemaInit`.
export { postgresParentIndexes } from './database/postgresParentIndexes.ts'
