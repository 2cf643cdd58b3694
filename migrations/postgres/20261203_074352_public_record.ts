import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_articles_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_articles_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__articles_v_version_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__articles_v_version_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum__articles_v_version_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_events_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_events_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_events_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__events_v_version_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__events_v_version_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum__events_v_version_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_delegations_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_delegations_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_delegations_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__delegations_v_version_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__delegations_v_version_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum__delegations_v_version_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_agreements_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_agreements_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_agreements_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__agreements_v_version_corrections_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum__agreements_v_version_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum__agreements_v_version_correction_kind" AS ENUM('correction', 'clarification', 'update', 'editors_note');
  CREATE TYPE "public"."enum_releases_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum__releases_v_version_embargountil_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  ALTER TYPE "public"."enum_articles_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__articles_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_events_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__events_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_delegations_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__delegations_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_agreements_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__agreements_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_people_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__people_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_organizations_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__organizations_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_countries_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__countries_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_topics_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__topics_v_version_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum_releases_workflow_state" ADD VALUE 'retracted';
  ALTER TYPE "public"."enum__releases_v_version_workflow_state" ADD VALUE 'retracted';
  CREATE TABLE "articles_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_articles_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar
  );
  
  CREATE TABLE "articles_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__articles_v_version_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_events_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar
  );
  
  CREATE TABLE "events_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_events_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__events_v_version_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "delegations_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_delegations_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar
  );
  
  CREATE TABLE "delegations_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_delegations_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__delegations_v_version_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_delegations_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agreements_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_agreements_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar
  );
  
  CREATE TABLE "agreements_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_agreements_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__agreements_v_version_corrections_kind",
  	"at" timestamp(3) with time zone,
  	"version" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agreements_v_version_corrections_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "embargo_until" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "embargountil_tz" "enum_articles_embargountil_tz";
  ALTER TABLE "articles" ADD COLUMN "last_published_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "correction_kind" "enum_articles_correction_kind";
  ALTER TABLE "articles" ADD COLUMN "retracted_at" timestamp(3) with time zone;
  ALTER TABLE "articles_locales" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "articles_locales" ADD COLUMN "retracted_notice" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_embargo_until" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_embargountil_tz" "enum__articles_v_version_embargountil_tz";
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_published_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_correction_kind" "enum__articles_v_version_correction_kind";
  ALTER TABLE "_articles_v" ADD COLUMN "version_retracted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_retracted_notice" varchar;
  ALTER TABLE "events" ADD COLUMN "embargo_until" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "embargountil_tz" "enum_events_embargountil_tz";
  ALTER TABLE "events" ADD COLUMN "last_published_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "correction_kind" "enum_events_correction_kind";
  ALTER TABLE "events" ADD COLUMN "retracted_at" timestamp(3) with time zone;
  ALTER TABLE "events_locales" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "retracted_notice" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_embargo_until" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_embargountil_tz" "enum__events_v_version_embargountil_tz";
  ALTER TABLE "_events_v" ADD COLUMN "version_last_published_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_correction_kind" "enum__events_v_version_correction_kind";
  ALTER TABLE "_events_v" ADD COLUMN "version_retracted_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_retracted_notice" varchar;
  ALTER TABLE "delegations" ADD COLUMN "embargo_until" timestamp(3) with time zone;
  ALTER TABLE "delegations" ADD COLUMN "embargountil_tz" "enum_delegations_embargountil_tz";
  ALTER TABLE "delegations" ADD COLUMN "last_published_at" timestamp(3) with time zone;
  ALTER TABLE "delegations" ADD COLUMN "correction_kind" "enum_delegations_correction_kind";
  ALTER TABLE "delegations" ADD COLUMN "retracted_at" timestamp(3) with time zone;
  ALTER TABLE "delegations_locales" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "delegations_locales" ADD COLUMN "retracted_notice" varchar;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_embargo_until" timestamp(3) with time zone;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_embargountil_tz" "enum__delegations_v_version_embargountil_tz";
  ALTER TABLE "_delegations_v" ADD COLUMN "version_last_published_at" timestamp(3) with time zone;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_correction_kind" "enum__delegations_v_version_correction_kind";
  ALTER TABLE "_delegations_v" ADD COLUMN "version_retracted_at" timestamp(3) with time zone;
  ALTER TABLE "_delegations_v_locales" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_delegations_v_locales" ADD COLUMN "version_retracted_notice" varchar;
  ALTER TABLE "agreements" ADD COLUMN "embargo_until" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "embargountil_tz" "enum_agreements_embargountil_tz";
  ALTER TABLE "agreements" ADD COLUMN "last_published_at" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "correction_kind" "enum_agreements_correction_kind";
  ALTER TABLE "agreements" ADD COLUMN "retracted_at" timestamp(3) with time zone;
  ALTER TABLE "agreements_locales" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "agreements_locales" ADD COLUMN "retracted_notice" varchar;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_embargo_until" timestamp(3) with time zone;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_embargountil_tz" "enum__agreements_v_version_embargountil_tz";
  ALTER TABLE "_agreements_v" ADD COLUMN "version_last_published_at" timestamp(3) with time zone;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_correction_kind" "enum__agreements_v_version_correction_kind";
  ALTER TABLE "_agreements_v" ADD COLUMN "version_retracted_at" timestamp(3) with time zone;
  ALTER TABLE "_agreements_v_locales" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "_agreements_v_locales" ADD COLUMN "version_retracted_notice" varchar;
  ALTER TABLE "releases" ADD COLUMN "embargo_until" timestamp(3) with time zone;
  ALTER TABLE "releases" ADD COLUMN "embargountil_tz" "enum_releases_embargountil_tz";
  ALTER TABLE "_releases_v" ADD COLUMN "version_embargo_until" timestamp(3) with time zone;
  ALTER TABLE "_releases_v" ADD COLUMN "version_embargountil_tz" "enum__releases_v_version_embargountil_tz";
  ALTER TABLE "articles_corrections" ADD CONSTRAINT "articles_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_corrections_locales" ADD CONSTRAINT "articles_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_corrections" ADD CONSTRAINT "_articles_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_corrections_locales" ADD CONSTRAINT "_articles_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_corrections" ADD CONSTRAINT "events_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_corrections_locales" ADD CONSTRAINT "events_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_corrections" ADD CONSTRAINT "_events_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_corrections_locales" ADD CONSTRAINT "_events_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations_corrections" ADD CONSTRAINT "delegations_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations_corrections_locales" ADD CONSTRAINT "delegations_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."delegations_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_delegations_v_version_corrections" ADD CONSTRAINT "_delegations_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_delegations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_delegations_v_version_corrections_locales" ADD CONSTRAINT "_delegations_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_delegations_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_corrections" ADD CONSTRAINT "agreements_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_corrections_locales" ADD CONSTRAINT "agreements_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_corrections" ADD CONSTRAINT "_agreements_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_corrections_locales" ADD CONSTRAINT "_agreements_v_version_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v_version_corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_corrections_order_idx" ON "articles_corrections" USING btree ("_order");
  CREATE INDEX "articles_corrections_parent_id_idx" ON "articles_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_corrections_locales_locale_parent_id_unique" ON "articles_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_corrections_locales_parent_idx" ON "articles_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_corrections_order_idx" ON "_articles_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_articles_v_version_corrections_parent_id_idx" ON "_articles_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_articles_v_version_corrections_locales_locale_parent_id_uni" ON "_articles_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_version_corrections_locales_parent_idx" ON "_articles_v_version_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "events_corrections_order_idx" ON "events_corrections" USING btree ("_order");
  CREATE INDEX "events_corrections_parent_id_idx" ON "events_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_corrections_locales_locale_parent_id_unique" ON "events_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_corrections_locales_parent_idx" ON "events_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_corrections_order_idx" ON "_events_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_events_v_version_corrections_parent_id_idx" ON "_events_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_corrections_locales_locale_parent_id_uniqu" ON "_events_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_corrections_locales_parent_idx" ON "_events_v_version_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "delegations_corrections_order_idx" ON "delegations_corrections" USING btree ("_order");
  CREATE INDEX "delegations_corrections_parent_id_idx" ON "delegations_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "delegations_corrections_locales_locale_parent_id_unique" ON "delegations_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "delegations_corrections_locales_parent_idx" ON "delegations_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "_delegations_v_version_corrections_order_idx" ON "_delegations_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_delegations_v_version_corrections_parent_id_idx" ON "_delegations_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_delegations_v_version_corrections_locales_locale_parent_id_" ON "_delegations_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_delegations_v_version_corrections_locales_parent_idx" ON "_delegations_v_version_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "agreements_corrections_order_idx" ON "agreements_corrections" USING btree ("_order");
  CREATE INDEX "agreements_corrections_parent_id_idx" ON "agreements_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "agreements_corrections_locales_locale_parent_id_unique" ON "agreements_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "agreements_corrections_locales_parent_idx" ON "agreements_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "_agreements_v_version_corrections_order_idx" ON "_agreements_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_agreements_v_version_corrections_parent_id_idx" ON "_agreements_v_version_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_agreements_v_version_corrections_locales_locale_parent_id_u" ON "_agreements_v_version_corrections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_agreements_v_version_corrections_locales_parent_idx" ON "_agreements_v_version_corrections_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_embargo_until_idx" ON "articles" USING btree ("embargo_until");
  CREATE INDEX "articles_last_published_at_idx" ON "articles" USING btree ("last_published_at");
  CREATE INDEX "articles_retracted_retracted_at_idx" ON "articles" USING btree ("retracted_at");
  CREATE INDEX "_articles_v_version_version_embargo_until_idx" ON "_articles_v" USING btree ("version_embargo_until");
  CREATE INDEX "_articles_v_version_version_last_published_at_idx" ON "_articles_v" USING btree ("version_last_published_at");
  CREATE INDEX "_articles_v_version_retracted_version_retracted_at_idx" ON "_articles_v" USING btree ("version_retracted_at");
  CREATE INDEX "events_embargo_until_idx" ON "events" USING btree ("embargo_until");
  CREATE INDEX "events_last_published_at_idx" ON "events" USING btree ("last_published_at");
  CREATE INDEX "events_retracted_retracted_at_idx" ON "events" USING btree ("retracted_at");
  CREATE INDEX "_events_v_version_version_embargo_until_idx" ON "_events_v" USING btree ("version_embargo_until");
  CREATE INDEX "_events_v_version_version_last_published_at_idx" ON "_events_v" USING btree ("version_last_published_at");
  CREATE INDEX "_events_v_version_retracted_version_retracted_at_idx" ON "_events_v" USING btree ("version_retracted_at");
  CREATE INDEX "delegations_embargo_until_idx" ON "delegations" USING btree ("embargo_until");
  CREATE INDEX "delegations_last_published_at_idx" ON "delegations" USING btree ("last_published_at");
  CREATE INDEX "delegations_retracted_retracted_at_idx" ON "delegations" USING btree ("retracted_at");
  CREATE INDEX "_delegations_v_version_version_embargo_until_idx" ON "_delegations_v" USING btree ("version_embargo_until");
  CREATE INDEX "_delegations_v_version_version_last_published_at_idx" ON "_delegations_v" USING btree ("version_last_published_at");
  CREATE INDEX "_delegations_v_version_retracted_version_retracted_at_idx" ON "_delegations_v" USING btree ("version_retracted_at");
  CREATE INDEX "agreements_embargo_until_idx" ON "agreements" USING btree ("embargo_until");
  CREATE INDEX "agreements_last_published_at_idx" ON "agreements" USING btree ("last_published_at");
  CREATE INDEX "agreements_retracted_retracted_at_idx" ON "agreements" USING btree ("retracted_at");
  CREATE INDEX "_agreements_v_version_version_embargo_until_idx" ON "_agreements_v" USING btree ("version_embargo_until");
  CREATE INDEX "_agreements_v_version_version_last_published_at_idx" ON "_agreements_v" USING btree ("version_last_published_at");
  CREATE INDEX "_agreements_v_version_retracted_version_retracted_at_idx" ON "_agreements_v" USING btree ("version_retracted_at");
  CREATE INDEX "releases_embargo_until_idx" ON "releases" USING btree ("embargo_until");
  CREATE INDEX "_releases_v_version_version_embargo_until_idx" ON "_releases_v" USING btree ("version_embargo_until");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegations_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegations_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_delegations_v_version_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_delegations_v_version_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_corrections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_version_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_version_corrections_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_corrections" CASCADE;
  DROP TABLE "articles_corrections_locales" CASCADE;
  DROP TABLE "_articles_v_version_corrections" CASCADE;
  DROP TABLE "_articles_v_version_corrections_locales" CASCADE;
  DROP TABLE "events_corrections" CASCADE;
  DROP TABLE "events_corrections_locales" CASCADE;
  DROP TABLE "_events_v_version_corrections" CASCADE;
  DROP TABLE "_events_v_version_corrections_locales" CASCADE;
  DROP TABLE "delegations_corrections" CASCADE;
  DROP TABLE "delegations_corrections_locales" CASCADE;
  DROP TABLE "_delegations_v_version_corrections" CASCADE;
  DROP TABLE "_delegations_v_version_corrections_locales" CASCADE;
  DROP TABLE "agreements_corrections" CASCADE;
  DROP TABLE "agreements_corrections_locales" CASCADE;
  DROP TABLE "_agreements_v_version_corrections" CASCADE;
  DROP TABLE "_agreements_v_version_corrections_locales" CASCADE;
  ALTER TABLE "articles" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "articles" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_articles_workflow_state";
  CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "articles" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_articles_workflow_state";
  ALTER TABLE "articles" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_articles_workflow_state" USING "workflow_state"::"public"."enum_articles_workflow_state";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_articles_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__articles_v_version_workflow_state";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__articles_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__articles_v_version_workflow_state";
  ALTER TABLE "events" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "events" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_events_workflow_state";
  CREATE TYPE "public"."enum_events_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "events" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_events_workflow_state";
  ALTER TABLE "events" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_events_workflow_state" USING "workflow_state"::"public"."enum_events_workflow_state";
  ALTER TABLE "_events_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_events_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__events_v_version_workflow_state";
  CREATE TYPE "public"."enum__events_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_events_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__events_v_version_workflow_state";
  ALTER TABLE "_events_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__events_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__events_v_version_workflow_state";
  ALTER TABLE "delegations" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "delegations" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_delegations_workflow_state";
  CREATE TYPE "public"."enum_delegations_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "delegations" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_delegations_workflow_state";
  ALTER TABLE "delegations" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_delegations_workflow_state" USING "workflow_state"::"public"."enum_delegations_workflow_state";
  ALTER TABLE "_delegations_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_delegations_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__delegations_v_version_workflow_state";
  CREATE TYPE "public"."enum__delegations_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_delegations_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__delegations_v_version_workflow_state";
  ALTER TABLE "_delegations_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__delegations_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__delegations_v_version_workflow_state";
  ALTER TABLE "agreements" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "agreements" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_agreements_workflow_state";
  CREATE TYPE "public"."enum_agreements_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "agreements" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_agreements_workflow_state";
  ALTER TABLE "agreements" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_agreements_workflow_state" USING "workflow_state"::"public"."enum_agreements_workflow_state";
  ALTER TABLE "_agreements_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_agreements_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__agreements_v_version_workflow_state";
  CREATE TYPE "public"."enum__agreements_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_agreements_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__agreements_v_version_workflow_state";
  ALTER TABLE "_agreements_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__agreements_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__agreements_v_version_workflow_state";
  ALTER TABLE "people" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "people" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_people_workflow_state";
  CREATE TYPE "public"."enum_people_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "people" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_people_workflow_state";
  ALTER TABLE "people" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_people_workflow_state" USING "workflow_state"::"public"."enum_people_workflow_state";
  ALTER TABLE "_people_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_people_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__people_v_version_workflow_state";
  CREATE TYPE "public"."enum__people_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_people_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__people_v_version_workflow_state";
  ALTER TABLE "_people_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__people_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__people_v_version_workflow_state";
  ALTER TABLE "organizations" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "organizations" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_organizations_workflow_state";
  CREATE TYPE "public"."enum_organizations_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "organizations" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_organizations_workflow_state";
  ALTER TABLE "organizations" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_organizations_workflow_state" USING "workflow_state"::"public"."enum_organizations_workflow_state";
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__organizations_v_version_workflow_state";
  CREATE TYPE "public"."enum__organizations_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__organizations_v_version_workflow_state";
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__organizations_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__organizations_v_version_workflow_state";
  ALTER TABLE "countries" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "countries" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_countries_workflow_state";
  CREATE TYPE "public"."enum_countries_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "countries" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_countries_workflow_state";
  ALTER TABLE "countries" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_countries_workflow_state" USING "workflow_state"::"public"."enum_countries_workflow_state";
  ALTER TABLE "_countries_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_countries_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__countries_v_version_workflow_state";
  CREATE TYPE "public"."enum__countries_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_countries_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__countries_v_version_workflow_state";
  ALTER TABLE "_countries_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__countries_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__countries_v_version_workflow_state";
  ALTER TABLE "topics" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "topics" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_topics_workflow_state";
  CREATE TYPE "public"."enum_topics_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "topics" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_topics_workflow_state";
  ALTER TABLE "topics" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_topics_workflow_state" USING "workflow_state"::"public"."enum_topics_workflow_state";
  ALTER TABLE "_topics_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_topics_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__topics_v_version_workflow_state";
  CREATE TYPE "public"."enum__topics_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_topics_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__topics_v_version_workflow_state";
  ALTER TABLE "_topics_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__topics_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__topics_v_version_workflow_state";
  ALTER TABLE "releases" ALTER COLUMN "workflow_state" SET DATA TYPE text;
  ALTER TABLE "releases" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_releases_workflow_state";
  CREATE TYPE "public"."enum_releases_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "releases" ALTER COLUMN "workflow_state" SET DEFAULT 'draft'::"public"."enum_releases_workflow_state";
  ALTER TABLE "releases" ALTER COLUMN "workflow_state" SET DATA TYPE "public"."enum_releases_workflow_state" USING "workflow_state"::"public"."enum_releases_workflow_state";
  ALTER TABLE "_releases_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE text;
  ALTER TABLE "_releases_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__releases_v_version_workflow_state";
  CREATE TYPE "public"."enum__releases_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  ALTER TABLE "_releases_v" ALTER COLUMN "version_workflow_state" SET DEFAULT 'draft'::"public"."enum__releases_v_version_workflow_state";
  ALTER TABLE "_releases_v" ALTER COLUMN "version_workflow_state" SET DATA TYPE "public"."enum__releases_v_version_workflow_state" USING "version_workflow_state"::"public"."enum__releases_v_version_workflow_state";
  DROP INDEX "articles_embargo_until_idx";
  DROP INDEX "articles_last_published_at_idx";
  DROP INDEX "articles_retracted_retracted_at_idx";
  DROP INDEX "_articles_v_version_version_embargo_until_idx";
  DROP INDEX "_articles_v_version_version_last_published_at_idx";
  DROP INDEX "_articles_v_version_retracted_version_retracted_at_idx";
  DROP INDEX "events_embargo_until_idx";
  DROP INDEX "events_last_published_at_idx";
  DROP INDEX "events_retracted_retracted_at_idx";
  DROP INDEX "_events_v_version_version_embargo_until_idx";
  DROP INDEX "_events_v_version_version_last_published_at_idx";
  DROP INDEX "_events_v_version_retracted_version_retracted_at_idx";
  DROP INDEX "delegations_embargo_until_idx";
  DROP INDEX "delegations_last_published_at_idx";
  DROP INDEX "delegations_retracted_retracted_at_idx";
  DROP INDEX "_delegations_v_version_version_embargo_until_idx";
  DROP INDEX "_delegations_v_version_version_last_published_at_idx";
  DROP INDEX "_delegations_v_version_retracted_version_retracted_at_idx";
  DROP INDEX "agreements_embargo_until_idx";
  DROP INDEX "agreements_last_published_at_idx";
  DROP INDEX "agreements_retracted_retracted_at_idx";
  DROP INDEX "_agreements_v_version_version_embargo_until_idx";
  DROP INDEX "_agreements_v_version_version_last_published_at_idx";
  DROP INDEX "_agreements_v_version_retracted_version_retracted_at_idx";
  DROP INDEX "releases_embargo_until_idx";
  DROP INDEX "_releases_v_version_version_embargo_until_idx";
  ALTER TABLE "articles" DROP COLUMN "embargo_until";
  ALTER TABLE "articles" DROP COLUMN "embargountil_tz";
  ALTER TABLE "articles" DROP COLUMN "last_published_at";
  ALTER TABLE "articles" DROP COLUMN "correction_kind";
  ALTER TABLE "articles" DROP COLUMN "retracted_at";
  ALTER TABLE "articles_locales" DROP COLUMN "correction_note";
  ALTER TABLE "articles_locales" DROP COLUMN "retracted_notice";
  ALTER TABLE "_articles_v" DROP COLUMN "version_embargo_until";
  ALTER TABLE "_articles_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_published_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_correction_kind";
  ALTER TABLE "_articles_v" DROP COLUMN "version_retracted_at";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_correction_note";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_retracted_notice";
  ALTER TABLE "events" DROP COLUMN "embargo_until";
  ALTER TABLE "events" DROP COLUMN "embargountil_tz";
  ALTER TABLE "events" DROP COLUMN "last_published_at";
  ALTER TABLE "events" DROP COLUMN "correction_kind";
  ALTER TABLE "events" DROP COLUMN "retracted_at";
  ALTER TABLE "events_locales" DROP COLUMN "correction_note";
  ALTER TABLE "events_locales" DROP COLUMN "retracted_notice";
  ALTER TABLE "_events_v" DROP COLUMN "version_embargo_until";
  ALTER TABLE "_events_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_published_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_correction_kind";
  ALTER TABLE "_events_v" DROP COLUMN "version_retracted_at";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_correction_note";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_retracted_notice";
  ALTER TABLE "delegations" DROP COLUMN "embargo_until";
  ALTER TABLE "delegations" DROP COLUMN "embargountil_tz";
  ALTER TABLE "delegations" DROP COLUMN "last_published_at";
  ALTER TABLE "delegations" DROP COLUMN "correction_kind";
  ALTER TABLE "delegations" DROP COLUMN "retracted_at";
  ALTER TABLE "delegations_locales" DROP COLUMN "correction_note";
  ALTER TABLE "delegations_locales" DROP COLUMN "retracted_notice";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_embargo_until";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_last_published_at";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_correction_kind";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_retracted_at";
  ALTER TABLE "_delegations_v_locales" DROP COLUMN "version_correction_note";
  ALTER TABLE "_delegations_v_locales" DROP COLUMN "version_retracted_notice";
  ALTER TABLE "agreements" DROP COLUMN "embargo_until";
  ALTER TABLE "agreements" DROP COLUMN "embargountil_tz";
  ALTER TABLE "agreements" DROP COLUMN "last_published_at";
  ALTER TABLE "agreements" DROP COLUMN "correction_kind";
  ALTER TABLE "agreements" DROP COLUMN "retracted_at";
  ALTER TABLE "agreements_locales" DROP COLUMN "correction_note";
  ALTER TABLE "agreements_locales" DROP COLUMN "retracted_notice";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_embargo_until";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_last_published_at";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_correction_kind";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_retracted_at";
  ALTER TABLE "_agreements_v_locales" DROP COLUMN "version_correction_note";
  ALTER TABLE "_agreements_v_locales" DROP COLUMN "version_retracted_notice";
  ALTER TABLE "releases" DROP COLUMN "embargo_until";
  ALTER TABLE "releases" DROP COLUMN "embargountil_tz";
  ALTER TABLE "_releases_v" DROP COLUMN "version_embargo_until";
  ALTER TABLE "_releases_v" DROP COLUMN "version_embargountil_tz";
  DROP TYPE "public"."enum_articles_corrections_kind";
  DROP TYPE "public"."enum_articles_embargountil_tz";
  DROP TYPE "public"."enum_articles_correction_kind";
  DROP TYPE "public"."enum__articles_v_version_corrections_kind";
  DROP TYPE "public"."enum__articles_v_version_embargountil_tz";
  DROP TYPE "public"."enum__articles_v_version_correction_kind";
  DROP TYPE "public"."enum_events_corrections_kind";
  DROP TYPE "public"."enum_events_embargountil_tz";
  DROP TYPE "public"."enum_events_correction_kind";
  DROP TYPE "public"."enum__events_v_version_corrections_kind";
  DROP TYPE "public"."enum__events_v_version_embargountil_tz";
  DROP TYPE "public"."enum__events_v_version_correction_kind";
  DROP TYPE "public"."enum_delegations_corrections_kind";
  DROP TYPE "public"."enum_delegations_embargountil_tz";
  DROP TYPE "public"."enum_delegations_correction_kind";
  DROP TYPE "public"."enum__delegations_v_version_corrections_kind";
  DROP TYPE "public"."enum__delegations_v_version_embargountil_tz";
  DROP TYPE "public"."enum__delegations_v_version_correction_kind";
  DROP TYPE "public"."enum_agreements_corrections_kind";
  DROP TYPE "public"."enum_agreements_embargountil_tz";
  DROP TYPE "public"."enum_agreements_correction_kind";
  DROP TYPE "public"."enum__agreements_v_version_corrections_kind";
  DROP TYPE "public"."enum__agreements_v_version_embargountil_tz";
  DROP TYPE "public"."enum__agreements_v_version_correction_kind";
  DROP TYPE "public"."enum_releases_embargountil_tz";
  DROP TYPE "public"."enum__releases_v_version_embargountil_tz";`)
}
