import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The language each workflow document was written in (`workflow.sourceLocale`).
 * Existing rows keep NULL, which the workflow reads as the default locale
 * (Arabic): no backfill.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "events" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "delegations" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "agreements" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "people" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_people_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "organizations" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "countries" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_countries_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "topics" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_workflow_source_locale" varchar;
  ALTER TABLE "releases" ADD COLUMN "workflow_source_locale" varchar;
  ALTER TABLE "_releases_v" ADD COLUMN "version_workflow_source_locale" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "events" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "delegations" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "agreements" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "people" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_people_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "organizations" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "countries" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_countries_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "topics" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_topics_v" DROP COLUMN "version_workflow_source_locale";
  ALTER TABLE "releases" DROP COLUMN "workflow_source_locale";
  ALTER TABLE "_releases_v" DROP COLUMN "version_workflow_source_locale";`)
}
