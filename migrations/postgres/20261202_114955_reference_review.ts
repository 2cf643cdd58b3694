import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_people_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_people_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__people_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_published_locale" AS ENUM('ar', 'en');
  CREATE TYPE "public"."enum_organizations_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_organizations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__organizations_v_version_kind" AS ENUM('ministry', 'department', 'police', 'academy', 'research', 'international', 'regional', 'other');
  CREATE TYPE "public"."enum__organizations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_published_locale" AS ENUM('ar', 'en');
  CREATE TYPE "public"."enum_countries_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_countries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__countries_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__countries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__countries_v_published_locale" AS ENUM('ar', 'en');
  CREATE TYPE "public"."enum_topics_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('ar', 'en');
  CREATE TABLE "_people_v_version_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_people_v_version_positions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_people_v_version_positions_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_state" "enum__people_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_sequence" numeric DEFAULT 0,
  	"version_workflow_assignee_id" integer,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_translations" jsonb,
  	"version_country_id" integer,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__people_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__people_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_people_v_locales" (
  	"version_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_people_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_people_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_organizations_v_version_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_state" "enum__organizations_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_sequence" numeric DEFAULT 0,
  	"version_workflow_assignee_id" integer,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_translations" jsonb,
  	"version_kind" "enum__organizations_v_version_kind",
  	"version_country_id" integer,
  	"version_parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organizations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organizations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_organizations_v_locales" (
  	"version_name" varchar,
  	"version_acronym" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_countries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_state" "enum__countries_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_sequence" numeric DEFAULT 0,
  	"version_workflow_assignee_id" integer,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_translations" jsonb,
  	"version_code" varchar,
  	"version_alpha3" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__countries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__countries_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_countries_v_locales" (
  	"version_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_state" "enum__topics_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_sequence" numeric DEFAULT 0,
  	"version_workflow_assignee_id" integer,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_translations" jsonb,
  	"version_key" varchar,
  	"version_parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__topics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "people_aliases" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "people_positions_locales" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "people_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "organizations_aliases" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "organizations_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "countries" ALTER COLUMN "code" DROP NOT NULL;
  ALTER TABLE "countries_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "topics" ALTER COLUMN "key" DROP NOT NULL;
  ALTER TABLE "topics_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "people" ADD COLUMN "workflow_state" "enum_people_workflow_state" DEFAULT 'draft';
  ALTER TABLE "people" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "people" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "people" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "people" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "people" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "people" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "people" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "people" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "people" ADD COLUMN "_status" "enum_people_status" DEFAULT 'draft';
  ALTER TABLE "organizations" ADD COLUMN "workflow_state" "enum_organizations_workflow_state" DEFAULT 'draft';
  ALTER TABLE "organizations" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "organizations" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "organizations" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "organizations" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "organizations" ADD COLUMN "_status" "enum_organizations_status" DEFAULT 'draft';
  ALTER TABLE "countries" ADD COLUMN "workflow_state" "enum_countries_workflow_state" DEFAULT 'draft';
  ALTER TABLE "countries" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "countries" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "countries" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "countries" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "countries" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "countries" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "countries" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "countries" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "countries" ADD COLUMN "_status" "enum_countries_status" DEFAULT 'draft';
  ALTER TABLE "topics" ADD COLUMN "workflow_state" "enum_topics_workflow_state" DEFAULT 'draft';
  ALTER TABLE "topics" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "topics" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "topics" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "topics" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "topics" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "topics" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "topics" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "topics" ADD COLUMN "_status" "enum_topics_status" DEFAULT 'draft';
  ALTER TABLE "_people_v_version_aliases" ADD CONSTRAINT "_people_v_version_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_positions" ADD CONSTRAINT "_people_v_version_positions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_version_positions" ADD CONSTRAINT "_people_v_version_positions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_positions_locales" ADD CONSTRAINT "_people_v_version_positions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v_version_positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_country_id_countries_id_fk" FOREIGN KEY ("version_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_locales" ADD CONSTRAINT "_people_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_texts" ADD CONSTRAINT "_people_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_rels" ADD CONSTRAINT "_people_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_rels" ADD CONSTRAINT "_people_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_aliases" ADD CONSTRAINT "_organizations_v_version_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_country_id_countries_id_fk" FOREIGN KEY ("version_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_parent_id_organizations_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_locales" ADD CONSTRAINT "_organizations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_texts" ADD CONSTRAINT "_organizations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_countries_v" ADD CONSTRAINT "_countries_v_parent_id_countries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_countries_v" ADD CONSTRAINT "_countries_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_countries_v" ADD CONSTRAINT "_countries_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_countries_v" ADD CONSTRAINT "_countries_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_countries_v" ADD CONSTRAINT "_countries_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_countries_v_locales" ADD CONSTRAINT "_countries_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_countries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_parent_id_topics_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_people_v_version_aliases_order_idx" ON "_people_v_version_aliases" USING btree ("_order");
  CREATE INDEX "_people_v_version_aliases_parent_id_idx" ON "_people_v_version_aliases" USING btree ("_parent_id");
  CREATE INDEX "_people_v_version_positions_order_idx" ON "_people_v_version_positions" USING btree ("_order");
  CREATE INDEX "_people_v_version_positions_parent_id_idx" ON "_people_v_version_positions" USING btree ("_parent_id");
  CREATE INDEX "_people_v_version_positions_organization_idx" ON "_people_v_version_positions" USING btree ("organization_id");
  CREATE UNIQUE INDEX "_people_v_version_positions_locales_locale_parent_id_unique" ON "_people_v_version_positions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_people_v_version_positions_locales_parent_idx" ON "_people_v_version_positions_locales" USING btree ("_parent_id");
  CREATE INDEX "_people_v_parent_idx" ON "_people_v" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_version_workflow_state_idx" ON "_people_v" USING btree ("version_workflow_state");
  CREATE INDEX "_people_v_version_workflow_version_workflow_assignee_idx" ON "_people_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_people_v_version_workflow_version_workflow_submitted_by_idx" ON "_people_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_people_v_version_workflow_version_workflow_last_edited__idx" ON "_people_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_people_v_version_workflow_version_workflow_approved_by_idx" ON "_people_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_people_v_version_version_country_idx" ON "_people_v" USING btree ("version_country_id");
  CREATE INDEX "_people_v_version_version_photo_idx" ON "_people_v" USING btree ("version_photo_id");
  CREATE INDEX "_people_v_version_version_updated_at_idx" ON "_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_people_v_version_version_created_at_idx" ON "_people_v" USING btree ("version_created_at");
  CREATE INDEX "_people_v_version_version__status_idx" ON "_people_v" USING btree ("version__status");
  CREATE INDEX "_people_v_created_at_idx" ON "_people_v" USING btree ("created_at");
  CREATE INDEX "_people_v_updated_at_idx" ON "_people_v" USING btree ("updated_at");
  CREATE INDEX "_people_v_snapshot_idx" ON "_people_v" USING btree ("snapshot");
  CREATE INDEX "_people_v_published_locale_idx" ON "_people_v" USING btree ("published_locale");
  CREATE INDEX "_people_v_latest_idx" ON "_people_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_people_v_locales_locale_parent_id_unique" ON "_people_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_people_v_locales_parent_idx" ON "_people_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_people_v_texts_order_parent" ON "_people_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_people_v_rels_order_idx" ON "_people_v_rels" USING btree ("order");
  CREATE INDEX "_people_v_rels_parent_idx" ON "_people_v_rels" USING btree ("parent_id");
  CREATE INDEX "_people_v_rels_path_idx" ON "_people_v_rels" USING btree ("path");
  CREATE INDEX "_people_v_rels_media_id_idx" ON "_people_v_rels" USING btree ("media_id");
  CREATE INDEX "_organizations_v_version_aliases_order_idx" ON "_organizations_v_version_aliases" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_aliases_parent_id_idx" ON "_organizations_v_version_aliases" USING btree ("_parent_id");
  CREATE INDEX "_organizations_v_parent_idx" ON "_organizations_v" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_version_version_workflow_state_idx" ON "_organizations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_organizations_v_version_workflow_version_workflow_assig_idx" ON "_organizations_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_organizations_v_version_workflow_version_workflow_submi_idx" ON "_organizations_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_organizations_v_version_workflow_version_workflow_last__idx" ON "_organizations_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_organizations_v_version_workflow_version_workflow_appro_idx" ON "_organizations_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_organizations_v_version_version_country_idx" ON "_organizations_v" USING btree ("version_country_id");
  CREATE INDEX "_organizations_v_version_version_parent_idx" ON "_organizations_v" USING btree ("version_parent_id");
  CREATE INDEX "_organizations_v_version_version_updated_at_idx" ON "_organizations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organizations_v_version_version_created_at_idx" ON "_organizations_v" USING btree ("version_created_at");
  CREATE INDEX "_organizations_v_version_version__status_idx" ON "_organizations_v" USING btree ("version__status");
  CREATE INDEX "_organizations_v_created_at_idx" ON "_organizations_v" USING btree ("created_at");
  CREATE INDEX "_organizations_v_updated_at_idx" ON "_organizations_v" USING btree ("updated_at");
  CREATE INDEX "_organizations_v_snapshot_idx" ON "_organizations_v" USING btree ("snapshot");
  CREATE INDEX "_organizations_v_published_locale_idx" ON "_organizations_v" USING btree ("published_locale");
  CREATE INDEX "_organizations_v_latest_idx" ON "_organizations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_organizations_v_locales_locale_parent_id_unique" ON "_organizations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_locales_parent_idx" ON "_organizations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_organizations_v_texts_order_parent" ON "_organizations_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_countries_v_parent_idx" ON "_countries_v" USING btree ("parent_id");
  CREATE INDEX "_countries_v_version_version_workflow_state_idx" ON "_countries_v" USING btree ("version_workflow_state");
  CREATE INDEX "_countries_v_version_workflow_version_workflow_assignee_idx" ON "_countries_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_countries_v_version_workflow_version_workflow_submitted_idx" ON "_countries_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_countries_v_version_workflow_version_workflow_last_edit_idx" ON "_countries_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_countries_v_version_workflow_version_workflow_approved__idx" ON "_countries_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_countries_v_version_version_code_idx" ON "_countries_v" USING btree ("version_code");
  CREATE INDEX "_countries_v_version_version_updated_at_idx" ON "_countries_v" USING btree ("version_updated_at");
  CREATE INDEX "_countries_v_version_version_created_at_idx" ON "_countries_v" USING btree ("version_created_at");
  CREATE INDEX "_countries_v_version_version__status_idx" ON "_countries_v" USING btree ("version__status");
  CREATE INDEX "_countries_v_created_at_idx" ON "_countries_v" USING btree ("created_at");
  CREATE INDEX "_countries_v_updated_at_idx" ON "_countries_v" USING btree ("updated_at");
  CREATE INDEX "_countries_v_snapshot_idx" ON "_countries_v" USING btree ("snapshot");
  CREATE INDEX "_countries_v_published_locale_idx" ON "_countries_v" USING btree ("published_locale");
  CREATE INDEX "_countries_v_latest_idx" ON "_countries_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_countries_v_locales_locale_parent_id_unique" ON "_countries_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_countries_v_locales_parent_idx" ON "_countries_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_workflow_state_idx" ON "_topics_v" USING btree ("version_workflow_state");
  CREATE INDEX "_topics_v_version_workflow_version_workflow_assignee_idx" ON "_topics_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_topics_v_version_workflow_version_workflow_submitted_by_idx" ON "_topics_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_topics_v_version_workflow_version_workflow_last_edited__idx" ON "_topics_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_topics_v_version_workflow_version_workflow_approved_by_idx" ON "_topics_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_topics_v_version_version_key_idx" ON "_topics_v" USING btree ("version_key");
  CREATE INDEX "_topics_v_version_version_parent_idx" ON "_topics_v" USING btree ("version_parent_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_locales_parent_idx" ON "_topics_v_locales" USING btree ("_parent_id");
  ALTER TABLE "people" ADD CONSTRAINT "people_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "countries" ADD CONSTRAINT "countries_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "countries" ADD CONSTRAINT "countries_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "countries" ADD CONSTRAINT "countries_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "countries" ADD CONSTRAINT "countries_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "people_workflow_state_idx" ON "people" USING btree ("workflow_state");
  CREATE INDEX "people_workflow_workflow_assignee_idx" ON "people" USING btree ("workflow_assignee_id");
  CREATE INDEX "people_workflow_workflow_submitted_by_idx" ON "people" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "people_workflow_workflow_last_edited_by_idx" ON "people" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "people_workflow_workflow_approved_by_idx" ON "people" USING btree ("workflow_approved_by_id");
  CREATE INDEX "people__status_idx" ON "people" USING btree ("_status");
  CREATE INDEX "organizations_workflow_state_idx" ON "organizations" USING btree ("workflow_state");
  CREATE INDEX "organizations_workflow_workflow_assignee_idx" ON "organizations" USING btree ("workflow_assignee_id");
  CREATE INDEX "organizations_workflow_workflow_submitted_by_idx" ON "organizations" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "organizations_workflow_workflow_last_edited_by_idx" ON "organizations" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "organizations_workflow_workflow_approved_by_idx" ON "organizations" USING btree ("workflow_approved_by_id");
  CREATE INDEX "organizations__status_idx" ON "organizations" USING btree ("_status");
  CREATE INDEX "countries_workflow_state_idx" ON "countries" USING btree ("workflow_state");
  CREATE INDEX "countries_workflow_workflow_assignee_idx" ON "countries" USING btree ("workflow_assignee_id");
  CREATE INDEX "countries_workflow_workflow_submitted_by_idx" ON "countries" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "countries_workflow_workflow_last_edited_by_idx" ON "countries" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "countries_workflow_workflow_approved_by_idx" ON "countries" USING btree ("workflow_approved_by_id");
  CREATE INDEX "countries__status_idx" ON "countries" USING btree ("_status");
  CREATE INDEX "topics_workflow_state_idx" ON "topics" USING btree ("workflow_state");
  CREATE INDEX "topics_workflow_workflow_assignee_idx" ON "topics" USING btree ("workflow_assignee_id");
  CREATE INDEX "topics_workflow_workflow_submitted_by_idx" ON "topics" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "topics_workflow_workflow_last_edited_by_idx" ON "topics" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "topics_workflow_workflow_approved_by_idx" ON "topics" USING btree ("workflow_approved_by_id");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");`)
  // Hand-written: reference data published before it had drafts stays published, in the workflow's published state.
  await db.execute(sql`
  UPDATE "people" SET "_status" = 'published', "workflow_state" = 'published';
  UPDATE "organizations" SET "_status" = 'published', "workflow_state" = 'published';
  UPDATE "countries" SET "_status" = 'published', "workflow_state" = 'published';
  UPDATE "topics" SET "_status" = 'published', "workflow_state" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_people_v_version_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_positions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_version_positions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v_version_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_countries_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_countries_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_people_v_version_aliases" CASCADE;
  DROP TABLE "_people_v_version_positions" CASCADE;
  DROP TABLE "_people_v_version_positions_locales" CASCADE;
  DROP TABLE "_people_v" CASCADE;
  DROP TABLE "_people_v_locales" CASCADE;
  DROP TABLE "_people_v_texts" CASCADE;
  DROP TABLE "_people_v_rels" CASCADE;
  DROP TABLE "_organizations_v_version_aliases" CASCADE;
  DROP TABLE "_organizations_v" CASCADE;
  DROP TABLE "_organizations_v_locales" CASCADE;
  DROP TABLE "_organizations_v_texts" CASCADE;
  DROP TABLE "_countries_v" CASCADE;
  DROP TABLE "_countries_v_locales" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  ALTER TABLE "people" DROP CONSTRAINT "people_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "people" DROP CONSTRAINT "people_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "people" DROP CONSTRAINT "people_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "people" DROP CONSTRAINT "people_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "countries" DROP CONSTRAINT "countries_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "countries" DROP CONSTRAINT "countries_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "countries" DROP CONSTRAINT "countries_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "countries" DROP CONSTRAINT "countries_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "topics" DROP CONSTRAINT "topics_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "topics" DROP CONSTRAINT "topics_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "topics" DROP CONSTRAINT "topics_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "topics" DROP CONSTRAINT "topics_workflow_approved_by_id_users_id_fk";
  
  DROP INDEX "people_workflow_state_idx";
  DROP INDEX "people_workflow_workflow_assignee_idx";
  DROP INDEX "people_workflow_workflow_submitted_by_idx";
  DROP INDEX "people_workflow_workflow_last_edited_by_idx";
  DROP INDEX "people_workflow_workflow_approved_by_idx";
  DROP INDEX "people__status_idx";
  DROP INDEX "organizations_workflow_state_idx";
  DROP INDEX "organizations_workflow_workflow_assignee_idx";
  DROP INDEX "organizations_workflow_workflow_submitted_by_idx";
  DROP INDEX "organizations_workflow_workflow_last_edited_by_idx";
  DROP INDEX "organizations_workflow_workflow_approved_by_idx";
  DROP INDEX "organizations__status_idx";
  DROP INDEX "countries_workflow_state_idx";
  DROP INDEX "countries_workflow_workflow_assignee_idx";
  DROP INDEX "countries_workflow_workflow_submitted_by_idx";
  DROP INDEX "countries_workflow_workflow_last_edited_by_idx";
  DROP INDEX "countries_workflow_workflow_approved_by_idx";
  DROP INDEX "countries__status_idx";
  DROP INDEX "topics_workflow_state_idx";
  DROP INDEX "topics_workflow_workflow_assignee_idx";
  DROP INDEX "topics_workflow_workflow_submitted_by_idx";
  DROP INDEX "topics_workflow_workflow_last_edited_by_idx";
  DROP INDEX "topics_workflow_workflow_approved_by_idx";
  DROP INDEX "topics__status_idx";
  ALTER TABLE "people_aliases" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "people_positions_locales" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "people_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "organizations_aliases" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "organizations_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "countries" ALTER COLUMN "code" SET NOT NULL;
  ALTER TABLE "countries_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "topics" ALTER COLUMN "key" SET NOT NULL;
  ALTER TABLE "topics_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "people" DROP COLUMN "workflow_state";
  ALTER TABLE "people" DROP COLUMN "workflow_sequence";
  ALTER TABLE "people" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "people" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "people" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "people" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "people" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "people" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "people" DROP COLUMN "workflow_translations";
  ALTER TABLE "people" DROP COLUMN "_status";
  ALTER TABLE "organizations" DROP COLUMN "workflow_state";
  ALTER TABLE "organizations" DROP COLUMN "workflow_sequence";
  ALTER TABLE "organizations" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "organizations" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "organizations" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "organizations" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "organizations" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "organizations" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "organizations" DROP COLUMN "workflow_translations";
  ALTER TABLE "organizations" DROP COLUMN "_status";
  ALTER TABLE "countries" DROP COLUMN "workflow_state";
  ALTER TABLE "countries" DROP COLUMN "workflow_sequence";
  ALTER TABLE "countries" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "countries" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "countries" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "countries" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "countries" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "countries" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "countries" DROP COLUMN "workflow_translations";
  ALTER TABLE "countries" DROP COLUMN "_status";
  ALTER TABLE "topics" DROP COLUMN "workflow_state";
  ALTER TABLE "topics" DROP COLUMN "workflow_sequence";
  ALTER TABLE "topics" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "topics" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "topics" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "topics" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "topics" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "topics" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "topics" DROP COLUMN "workflow_translations";
  ALTER TABLE "topics" DROP COLUMN "_status";
  DROP TYPE "public"."enum_people_workflow_state";
  DROP TYPE "public"."enum_people_status";
  DROP TYPE "public"."enum__people_v_version_workflow_state";
  DROP TYPE "public"."enum__people_v_version_status";
  DROP TYPE "public"."enum__people_v_published_locale";
  DROP TYPE "public"."enum_organizations_workflow_state";
  DROP TYPE "public"."enum_organizations_status";
  DROP TYPE "public"."enum__organizations_v_version_workflow_state";
  DROP TYPE "public"."enum__organizations_v_version_kind";
  DROP TYPE "public"."enum__organizations_v_version_status";
  DROP TYPE "public"."enum__organizations_v_published_locale";
  DROP TYPE "public"."enum_countries_workflow_state";
  DROP TYPE "public"."enum_countries_status";
  DROP TYPE "public"."enum__countries_v_version_workflow_state";
  DROP TYPE "public"."enum__countries_v_version_status";
  DROP TYPE "public"."enum__countries_v_published_locale";
  DROP TYPE "public"."enum_topics_workflow_state";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_workflow_state";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum__topics_v_published_locale";`)
}
