import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`job_descriptions_locations\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v_version_locations\` ADD \`label\` text;`)
  // Places saved before: their label as src/careers/locationLabel.ts makes it ("City, CC", or "CC").
  for (const table of ['job_descriptions_locations', '_job_descriptions_v_version_locations']) {
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`label\` = CASE WHEN coalesce(\`city\`, '') = '' THEN \`country\` ELSE \`city\` || ', ' || \`country\` END WHERE \`country\` IS NOT NULL AND \`country\` <> '';`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`job_descriptions_locations\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v_version_locations\` DROP COLUMN \`label\`;`)
}
