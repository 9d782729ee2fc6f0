import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "job_descriptions_locations" ADD COLUMN "label" varchar;
  ALTER TABLE "_job_descriptions_v_version_locations" ADD COLUMN "label" varchar;`)
  // Places saved before: their label as src/careers/locationLabel.ts makes it ("City, CC", or "CC").
  for (const table of ['job_descriptions_locations', '_job_descriptions_v_version_locations']) {
    await db.execute(
      sql.raw(`UPDATE "${table}" SET "label" = CASE WHEN coalesce("city", '') = '' THEN "country" ELSE "city" || ', ' || "country" END WHERE coalesce("country", '') <> '';`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "job_descriptions_locations" DROP COLUMN "label";
  ALTER TABLE "_job_descriptions_v_version_locations" DROP COLUMN "label";`)
}
