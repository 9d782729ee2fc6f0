import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`kind__status_datePosted_createdAt_idx\` ON \`job_descriptions\` (\`kind\`,\`_status\`,\`date_posted\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kind__status_validThrough_idx\` ON \`job_descriptions\` (\`kind\`,\`_status\`,\`valid_through\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_texts_parent_idx\` ON \`job_descriptions_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_job_descriptions_v\` (\`version_kind\`,\`version__status\`,\`version_date_posted\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_kind_version__status_version_validThrough_idx\` ON \`_job_descriptions_v\` (\`version_kind\`,\`version__status\`,\`version_valid_through\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_texts_parent_idx\` ON \`_job_descriptions_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`responsibilities_texts_parent_idx\` ON \`responsibilities_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_texts_parent_idx\` ON \`_responsibilities_v_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`kind__status_datePosted_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`kind__status_validThrough_idx\`;`)
  await db.run(sql`DROP INDEX \`job_descriptions_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version_kind_version__status_version_validThrough_idx\`;`)
  await db.run(sql`DROP INDEX \`_job_descriptions_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`responsibilities_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_responsibilities_v_texts_parent_idx\`;`)
}
