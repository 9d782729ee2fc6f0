/**
 * The tables in which Payload's SQL adapters keep the values of a `hasMany` text or number field
 * (content-check warnings, responsibility tags): `<table>_texts` / `<table>_numbers`.
 */
export const manyValuedTables = (tables: Record<string, unknown>) =>
  Object.entries(tables).filter(([name]) => name.endsWith('_texts') || name.endsWith('_numbers'))
