import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "events" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "delegations" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "agreements" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "people" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_people_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "organizations" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "countries" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_countries_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "topics" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_topics_v" ADD COLUMN "version_workflow_contributors" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "events" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "delegations" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "agreements" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "people" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_people_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "organizations" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "countries" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_countries_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "topics" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_topics_v" DROP COLUMN "version_workflow_contributors";`)
}
