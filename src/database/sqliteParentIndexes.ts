import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

import { manyValuedTables } from './manyValuedTables.ts'

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
