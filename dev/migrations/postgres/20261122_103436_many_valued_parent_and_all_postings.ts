import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "kind__status_datePosted_createdAt_idx" ON "job_descriptions" USING btree ("kind","_status","date_posted","created_at");
  CREATE INDEX "kind__status_validThrough_idx" ON "job_descriptions" USING btree ("kind","_status","valid_through");
  CREATE INDEX "job_descriptions_texts_parent_idx" ON "job_descriptions_texts" USING btree ("parent_id");
  CREATE INDEX "compound_index_2_idx" ON "_job_descriptions_v" USING btree ("version_kind","version__status","version_date_posted","version_created_at");
  CREATE INDEX "version_kind_version__status_version_validThrough_idx" ON "_job_descriptions_v" USING btree ("version_kind","version__status","version_valid_through");
  CREATE INDEX "_job_descriptions_v_texts_parent_idx" ON "_job_descriptions_v_texts" USING btree ("parent_id");
  CREATE INDEX "responsibilities_texts_parent_idx" ON "responsibilities_texts" USING btree ("parent_id");
  CREATE INDEX "_responsibilities_v_texts_parent_idx" ON "_responsibilities_v_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "kind__status_datePosted_createdAt_idx";
  DROP INDEX "kind__status_validThrough_idx";
  DROP INDEX "job_descriptions_texts_parent_idx";
  DROP INDEX "compound_index_2_idx";
  DROP INDEX "version_kind_version__status_version_validThrough_idx";
  DROP INDEX "_job_descriptions_v_texts_parent_idx";
  DROP INDEX "responsibilities_texts_parent_idx";
  DROP INDEX "_responsibilities_v_texts_parent_idx";`)
}
