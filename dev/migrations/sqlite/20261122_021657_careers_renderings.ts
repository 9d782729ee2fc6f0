import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`direct_apply\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`summary_plain\` text;`)
  await db.run(sql`CREATE INDEX \`job_descriptions_summary_plain_idx\` ON \`job_descriptions\` (\`summary_plain\`);`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_direct_apply\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_summary_plain\` text;`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_summary_plain_idx\` ON \`_job_descriptions_v\` (\`version_summary_plain\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`job_descriptions_summary_plain_idx\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`direct_apply\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`summary_plain\`;`)
  await db.run(sql`DROP INDEX \`_job_descriptions_v_version_version_summary_plain_idx\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_direct_apply\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_summary_plain\`;`)
}
