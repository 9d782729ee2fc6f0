import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'

import { manyValuedTables } from './manyValuedTables.ts'

// The package exports the hook's type only as part of the adapter's arguments.
type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** sqliteParentIndexes (see there) for PostgreSQL: an index on `parent_id` for every many-valued table. */
export const postgresParentIndexes: PostgresSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of manyValuedTables(schema.tables)) {
    extendTable({ extraConfig: (columns) => ({ parentIdx: pgIndex(`${name}_parent_idx`).on(columns.parent) }), table: table as never })
  }
  return schema
}
