import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

// The package exports the hook's type only as part of the adapter's arguments.
type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const manyValuedTables = (tables: Record<string, unknown>) =>
  Object.entries(tables).filter(([name]) => name.endsWith('_texts') || name.endsWith('_numbers'))

/**
 * Payload's SQL adapters keep the values of a `hasMany` text or number field (content-check warnings,
 * responsibility tags) in a `<table>_texts` / `<table>_numbers` table indexed on (`order`, `parent_id`)
 * only, while every read of a document asks for its values by `parent_id`: SQLite then walks the whole
 * index, every posting's values, on every read of one posting. At 10,000 postings that was a quarter of a
 * posting's read. These hooks give each such table an index on `parent_id`, as Payload's own `_rels` tables
 * have (`test/listIndex.test.ts` checks the plan). MongoDB keeps those values inside the document.
 */
export const sqliteParentIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of manyValuedTables(schema.tables)) {
    extendTable({ extraConfig: (columns) => ({ parentIdx: sqliteIndex(`${name}_parent_idx`).on(columns.parent) }), table: table as never })
  }
  return schema
}

/** The same for PostgreSQL. */
export const postgresParentIndexes: PostgresSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of manyValuedTables(schema.tables)) {
    extendTable({ extraConfig: (columns) => ({ parentIdx: pgIndex(`${name}_parent_idx`).on(columns.parent) }), table: table as never })
  }
  return schema
}
