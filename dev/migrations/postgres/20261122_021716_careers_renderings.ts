import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "job_descriptions" ADD COLUMN "direct_apply" boolean DEFAULT false;
  ALTER TABLE "job_descriptions" ADD COLUMN "summary_plain" varchar;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_direct_apply" boolean DEFAULT false;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_summary_plain" varchar;
  CREATE INDEX "job_descriptions_summary_plain_idx" ON "job_descriptions" USING btree ("summary_plain");
  CREATE INDEX "_job_descriptions_v_version_version_summary_plain_idx" ON "_job_descriptions_v" USING btree ("version_summary_plain");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "job_descriptions_summary_plain_idx";
  DROP INDEX "_job_descriptions_v_version_version_summary_plain_idx";
  ALTER TABLE "job_descriptions" DROP COLUMN "direct_apply";
  ALTER TABLE "job_descriptions" DROP COLUMN "summary_plain";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_direct_apply";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_summary_plain";`)
}
