import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`department_kind__status_datePosted_idx\`;`)
  await db.run(sql`CREATE INDEX \`department_kind__status_datePosted_createdAt_idx\` ON \`job_descriptions\` (\`department\`,\`kind\`,\`_status\`,\`date_posted\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`department_kind__status_validThrough_idx\` ON \`job_descriptions\` (\`department\`,\`kind\`,\`_status\`,\`valid_through\`);`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_job_descriptions_v\` (\`version_department\`,\`version_kind\`,\`version__status\`,\`version_valid_through\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_job_descriptions_v\` (\`version_department\`,\`version_kind\`,\`version__status\`,\`version_date_posted\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`department_kind__status_datePosted_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`department_kind__status_validThrough_idx\`;`)
  await db.run(sql`CREATE INDEX \`department_kind__status_datePosted_idx\` ON \`job_descriptions\` (\`department\`,\`kind\`,\`_status\`,\`date_posted\`);`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_job_descriptions_v\` (\`version_department\`,\`version_kind\`,\`version__status\`,\`version_date_posted\`);`)
}
