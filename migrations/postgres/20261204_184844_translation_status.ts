import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillTranslationStatus } from '../../src/db/translation-status-backfill'

/**
 * `translationStatus`: each workflow document's translations at a glance
 * (complete, missing, outdated), indexed for list filters and the
 * translators' queue; existing rows get theirs from their bookkeeping.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__articles_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_events_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__events_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_delegations_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__delegations_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_agreements_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__agreements_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_people_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__people_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_organizations_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__organizations_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_countries_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__countries_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_topics_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__topics_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_releases_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__releases_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  ALTER TABLE "articles" ADD COLUMN "translation_status" "enum_articles_translation_status";
  ALTER TABLE "_articles_v" ADD COLUMN "version_translation_status" "enum__articles_v_version_translation_status";
  ALTER TABLE "events" ADD COLUMN "translation_status" "enum_events_translation_status";
  ALTER TABLE "_events_v" ADD COLUMN "version_translation_status" "enum__events_v_version_translation_status";
  ALTER TABLE "delegations" ADD COLUMN "translation_status" "enum_delegations_translation_status";
  ALTER TABLE "_delegations_v" ADD COLUMN "version_translation_status" "enum__delegations_v_version_translation_status";
  ALTER TABLE "agreements" ADD COLUMN "translation_status" "enum_agreements_translation_status";
  ALTER TABLE "_agreements_v" ADD COLUMN "version_translation_status" "enum__agreements_v_version_translation_status";
  ALTER TABLE "people" ADD COLUMN "translation_status" "enum_people_translation_status";
  ALTER TABLE "_people_v" ADD COLUMN "version_translation_status" "enum__people_v_version_translation_status";
  ALTER TABLE "organizations" ADD COLUMN "translation_status" "enum_organizations_translation_status";
  ALTER TABLE "_organizations_v" ADD COLUMN "version_translation_status" "enum__organizations_v_version_translation_status";
  ALTER TABLE "countries" ADD COLUMN "translation_status" "enum_countries_translation_status";
  ALTER TABLE "_countries_v" ADD COLUMN "version_translation_status" "enum__countries_v_version_translation_status";
  ALTER TABLE "topics" ADD COLUMN "translation_status" "enum_topics_translation_status";
  ALTER TABLE "_topics_v" ADD COLUMN "version_translation_status" "enum__topics_v_version_translation_status";
  ALTER TABLE "releases" ADD COLUMN "translation_status" "enum_releases_translation_status";
  ALTER TABLE "_releases_v" ADD COLUMN "version_translation_status" "enum__releases_v_version_translation_status";
  CREATE INDEX "articles_translation_status_idx" ON "articles" USING btree ("translation_status");
  CREATE INDEX "_articles_v_version_version_translation_status_idx" ON "_articles_v" USING btree ("version_translation_status");
  CREATE INDEX "events_translation_status_idx" ON "events" USING btree ("translation_status");
  CREATE INDEX "_events_v_version_version_translation_status_idx" ON "_events_v" USING btree ("version_translation_status");
  CREATE INDEX "delegations_translation_status_idx" ON "delegations" USING btree ("translation_status");
  CREATE INDEX "_delegations_v_version_version_translation_status_idx" ON "_delegations_v" USING btree ("version_translation_status");
  CREATE INDEX "agreements_translation_status_idx" ON "agreements" USING btree ("translation_status");
  CREATE INDEX "_agreements_v_version_version_translation_status_idx" ON "_agreements_v" USING btree ("version_translation_status");
  CREATE INDEX "people_translation_status_idx" ON "people" USING btree ("translation_status");
  CREATE INDEX "_people_v_version_version_translation_status_idx" ON "_people_v" USING btree ("version_translation_status");
  CREATE INDEX "organizations_translation_status_idx" ON "organizations" USING btree ("translation_status");
  CREATE INDEX "_organizations_v_version_version_translation_status_idx" ON "_organizations_v" USING btree ("version_translation_status");
  CREATE INDEX "countries_translation_status_idx" ON "countries" USING btree ("translation_status");
  CREATE INDEX "_countries_v_version_version_translation_status_idx" ON "_countries_v" USING btree ("version_translation_status");
  CREATE INDEX "topics_translation_status_idx" ON "topics" USING btree ("translation_status");
  CREATE INDEX "_topics_v_version_version_translation_status_idx" ON "_topics_v" USING btree ("version_translation_status");
  CREATE INDEX "releases_translation_status_idx" ON "releases" USING btree ("translation_status");
  CREATE INDEX "_releases_v_version_version_translation_status_idx" ON "_releases_v" USING btree ("version_translation_status");`)
  await backfillTranslationStatus(payload, 'execute', req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_translation_status_idx";
  DROP INDEX "_articles_v_version_version_translation_status_idx";
  DROP INDEX "events_translation_status_idx";
  DROP INDEX "_events_v_version_version_translation_status_idx";
  DROP INDEX "delegations_translation_status_idx";
  DROP INDEX "_delegations_v_version_version_translation_status_idx";
  DROP INDEX "agreements_translation_status_idx";
  DROP INDEX "_agreements_v_version_version_translation_status_idx";
  DROP INDEX "people_translation_status_idx";
  DROP INDEX "_people_v_version_version_translation_status_idx";
  DROP INDEX "organizations_translation_status_idx";
  DROP INDEX "_organizations_v_version_version_translation_status_idx";
  DROP INDEX "countries_translation_status_idx";
  DROP INDEX "_countries_v_version_version_translation_status_idx";
  DROP INDEX "topics_translation_status_idx";
  DROP INDEX "_topics_v_version_version_translation_status_idx";
  DROP INDEX "releases_translation_status_idx";
  DROP INDEX "_releases_v_version_version_translation_status_idx";
  ALTER TABLE "articles" DROP COLUMN "translation_status";
  ALTER TABLE "_articles_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "events" DROP COLUMN "translation_status";
  ALTER TABLE "_events_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "delegations" DROP COLUMN "translation_status";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "agreements" DROP COLUMN "translation_status";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "people" DROP COLUMN "translation_status";
  ALTER TABLE "_people_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "organizations" DROP COLUMN "translation_status";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "countries" DROP COLUMN "translation_status";
  ALTER TABLE "_countries_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "topics" DROP COLUMN "translation_status";
  ALTER TABLE "_topics_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "releases" DROP COLUMN "translation_status";
  ALTER TABLE "_releases_v" DROP COLUMN "version_translation_status";
  DROP TYPE "public"."enum_articles_translation_status";
  DROP TYPE "public"."enum__articles_v_version_translation_status";
  DROP TYPE "public"."enum_events_translation_status";
  DROP TYPE "public"."enum__events_v_version_translation_status";
  DROP TYPE "public"."enum_delegations_translation_status";
  DROP TYPE "public"."enum__delegations_v_version_translation_status";
  DROP TYPE "public"."enum_agreements_translation_status";
  DROP TYPE "public"."enum__agreements_v_version_translation_status";
  DROP TYPE "public"."enum_people_translation_status";
  DROP TYPE "public"."enum__people_v_version_translation_status";
  DROP TYPE "public"."enum_organizations_translation_status";
  DROP TYPE "public"."enum__organizations_v_version_translation_status";
  DROP TYPE "public"."enum_countries_translation_status";
  DROP TYPE "public"."enum__countries_v_version_translation_status";
  DROP TYPE "public"."enum_topics_translation_status";
  DROP TYPE "public"."enum__topics_v_version_translation_status";
  DROP TYPE "public"."enum_releases_translation_status";
  DROP TYPE "public"."enum__releases_v_version_translation_status";`)
}
