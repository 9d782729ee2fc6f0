import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "department_kind__status_datePosted_idx";
  DROP INDEX "compound_index_idx";
  CREATE INDEX "department_kind__status_datePosted_createdAt_idx" ON "job_descriptions" USING btree ("department","kind","_status","date_posted","created_at");
  CREATE INDEX "department_kind__status_validThrough_idx" ON "job_descriptions" USING btree ("department","kind","_status","valid_through");
  CREATE INDEX "compound_index_1_idx" ON "_job_descriptions_v" USING btree ("version_department","version_kind","version__status","version_valid_through");
  CREATE INDEX "compound_index_idx" ON "_job_descriptions_v" USING btree ("version_department","version_kind","version__status","version_date_posted","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "department_kind__status_datePosted_createdAt_idx";
  DROP INDEX "department_kind__status_validThrough_idx";
  DROP INDEX "compound_index_1_idx";
  DROP INDEX "compound_index_idx";
  CREATE INDEX "department_kind__status_datePosted_idx" ON "job_descriptions" USING btree ("department","kind","_status","date_posted");
  CREATE INDEX "compound_index_idx" ON "_job_descriptions_v" USING btree ("version_department","version_kind","version__status","version_date_posted");`)
}
