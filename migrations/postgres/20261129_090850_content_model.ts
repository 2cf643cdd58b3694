import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_kind" AS ENUM('official_visit', 'bilateral_meeting', 'talks', 'signing_ceremony', 'site_visit', 'workshop', 'training_course', 'conference', 'assembly_session', 'other');
  CREATE TYPE "public"."enum_events_start_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_events_end_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('official_visit', 'bilateral_meeting', 'talks', 'signing_ceremony', 'site_visit', 'workshop', 'training_course', 'conference', 'assembly_session', 'other');
  CREATE TYPE "public"."enum__events_v_version_start_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__events_v_version_end_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('ar', 'en');
  CREATE TYPE "public"."enum_delegations_direction" AS ENUM('incoming', 'outgoing');
  CREATE TYPE "public"."enum_delegations_level" AS ENUM('ministerial', 'senior_officials', 'technical', 'diplomatic');
  CREATE TYPE "public"."enum_delegations_start_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_delegations_end_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_delegations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__delegations_v_version_direction" AS ENUM('incoming', 'outgoing');
  CREATE TYPE "public"."enum__delegations_v_version_level" AS ENUM('ministerial', 'senior_officials', 'technical', 'diplomatic');
  CREATE TYPE "public"."enum__delegations_v_version_start_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__delegations_v_version_end_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__delegations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__delegations_v_published_locale" AS ENUM('ar', 'en');
  CREATE TYPE "public"."enum_agreements_phases_start_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_agreements_phases_end_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_agreements_kind" AS ENUM('protocol', 'mou', 'programme', 'treaty', 'other');
  CREATE TYPE "public"."enum_agreements_lifecycle" AS ENUM('under_negotiation', 'signed', 'in_force', 'expired', 'terminated');
  CREATE TYPE "public"."enum_agreements_signing_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_agreements_effective_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_agreements_expiry_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_agreements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agreements_v_version_phases_start_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__agreements_v_version_phases_end_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__agreements_v_version_kind" AS ENUM('protocol', 'mou', 'programme', 'treaty', 'other');
  CREATE TYPE "public"."enum__agreements_v_version_signing_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__agreements_v_version_effective_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__agreements_v_version_expiry_date_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__agreements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agreements_v_published_locale" AS ENUM('ar', 'en');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('ministry', 'department', 'police', 'academy', 'research', 'international', 'regional', 'other');
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"events_id" integer,
  	"delegations_id" integer,
  	"agreements_id" integer,
  	"people_id" integer,
  	"organizations_id" integer,
  	"countries_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"events_id" integer,
  	"delegations_id" integer,
  	"agreements_id" integer,
  	"people_id" integer,
  	"organizations_id" integer,
  	"countries_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_events_kind" DEFAULT 'other',
  	"start_date_date" timestamp(3) with time zone,
  	"start_date_precision" "enum_events_start_date_precision" DEFAULT 'day',
  	"end_date_date" timestamp(3) with time zone,
  	"end_date_precision" "enum_events_end_date_precision" DEFAULT 'day',
  	"location_country_id" integer,
  	"host_id" integer,
  	"parent_event_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"location_venue" varchar,
  	"location_city" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer,
  	"organizations_id" integer,
  	"delegations_id" integer,
  	"agreements_id" integer
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__events_v_version_kind" DEFAULT 'other',
  	"version_start_date_date" timestamp(3) with time zone,
  	"version_start_date_precision" "enum__events_v_version_start_date_precision" DEFAULT 'day',
  	"version_end_date_date" timestamp(3) with time zone,
  	"version_end_date_precision" "enum__events_v_version_end_date_precision" DEFAULT 'day',
  	"version_location_country_id" integer,
  	"version_host_id" integer,
  	"version_parent_event_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"version_location_venue" varchar,
  	"version_location_city" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer,
  	"organizations_id" integer,
  	"delegations_id" integer,
  	"agreements_id" integer
  );
  
  CREATE TABLE "delegations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"direction" "enum_delegations_direction",
  	"level" "enum_delegations_level",
  	"represented_country_id" integer,
  	"represented_organization_id" integer,
  	"head_person_id" integer,
  	"start_date_date" timestamp(3) with time zone,
  	"start_date_precision" "enum_delegations_start_date_precision" DEFAULT 'day',
  	"end_date_date" timestamp(3) with time zone,
  	"end_date_precision" "enum_delegations_end_date_precision" DEFAULT 'day',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_delegations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "delegations_locales" (
  	"name" varchar,
  	"head_title" varchar,
  	"purpose" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "delegations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "_delegations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_direction" "enum__delegations_v_version_direction",
  	"version_level" "enum__delegations_v_version_level",
  	"version_represented_country_id" integer,
  	"version_represented_organization_id" integer,
  	"version_head_person_id" integer,
  	"version_start_date_date" timestamp(3) with time zone,
  	"version_start_date_precision" "enum__delegations_v_version_start_date_precision" DEFAULT 'day',
  	"version_end_date_date" timestamp(3) with time zone,
  	"version_end_date_precision" "enum__delegations_v_version_end_date_precision" DEFAULT 'day',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__delegations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__delegations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_delegations_v_locales" (
  	"version_name" varchar,
  	"version_head_title" varchar,
  	"version_purpose" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_delegations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "agreements_parties" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"country_id" integer,
  	"organization_id" integer,
  	"signatory_id" integer
  );
  
  CREATE TABLE "agreements_parties_locales" (
  	"signatory_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "agreements_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"planned_courses" numeric,
  	"start_date_date" timestamp(3) with time zone,
  	"start_date_precision" "enum_agreements_phases_start_date_precision" DEFAULT 'day',
  	"end_date_date" timestamp(3) with time zone,
  	"end_date_precision" "enum_agreements_phases_end_date_precision" DEFAULT 'day'
  );
  
  CREATE TABLE "agreements_phases_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "agreements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_agreements_kind",
  	"status" "enum_agreements_lifecycle" DEFAULT 'signed',
  	"reference_number" varchar,
  	"signing_date_date" timestamp(3) with time zone,
  	"signing_date_precision" "enum_agreements_signing_date_precision" DEFAULT 'day',
  	"signing_event_id" integer,
  	"effective_date_date" timestamp(3) with time zone,
  	"effective_date_precision" "enum_agreements_effective_date_precision" DEFAULT 'day',
  	"expiry_date_date" timestamp(3) with time zone,
  	"expiry_date_precision" "enum_agreements_expiry_date_precision" DEFAULT 'day',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_agreements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "agreements_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agreements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_agreements_v_version_parties" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"country_id" integer,
  	"organization_id" integer,
  	"signatory_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agreements_v_version_parties_locales" (
  	"signatory_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_agreements_v_version_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"planned_courses" numeric,
  	"start_date_date" timestamp(3) with time zone,
  	"start_date_precision" "enum__agreements_v_version_phases_start_date_precision" DEFAULT 'day',
  	"end_date_date" timestamp(3) with time zone,
  	"end_date_precision" "enum__agreements_v_version_phases_end_date_precision" DEFAULT 'day',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agreements_v_version_phases_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_agreements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__agreements_v_version_kind",
  	"version_status" "enum_agreements_lifecycle" DEFAULT 'signed',
  	"version_reference_number" varchar,
  	"version_signing_date_date" timestamp(3) with time zone,
  	"version_signing_date_precision" "enum__agreements_v_version_signing_date_precision" DEFAULT 'day',
  	"version_signing_event_id" integer,
  	"version_effective_date_date" timestamp(3) with time zone,
  	"version_effective_date_precision" "enum__agreements_v_version_effective_date_precision" DEFAULT 'day',
  	"version_expiry_date_date" timestamp(3) with time zone,
  	"version_expiry_date_precision" "enum__agreements_v_version_expiry_date_precision" DEFAULT 'day',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__agreements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__agreements_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_agreements_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_agreements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "people_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "people_positions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone
  );
  
  CREATE TABLE "people_positions_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"country_id" integer,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "people_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "organizations_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_organizations_kind",
  	"country_id" integer,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar NOT NULL,
  	"acronym" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organizations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "countries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"alpha3" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "countries_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DROP INDEX "articles_slug_idx";
  ALTER TABLE "articles" ADD COLUMN "hero_image_id" integer;
  ALTER TABLE "articles_locales" ADD COLUMN "byline" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_hero_image_id" integer;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_byline" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delegations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agreements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "countries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_location_country_id_countries_id_fk" FOREIGN KEY ("location_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_host_id_organizations_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_parent_event_id_events_id_fk" FOREIGN KEY ("parent_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_location_country_id_countries_id_fk" FOREIGN KEY ("version_location_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_host_id_organizations_id_fk" FOREIGN KEY ("version_host_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_parent_event_id_events_id_fk" FOREIGN KEY ("version_parent_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_represented_country_id_countries_id_fk" FOREIGN KEY ("represented_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_represented_organization_id_organizations_id_fk" FOREIGN KEY ("represented_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_head_person_id_people_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations_locales" ADD CONSTRAINT "delegations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations_rels" ADD CONSTRAINT "delegations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations_rels" ADD CONSTRAINT "delegations_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_parent_id_delegations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."delegations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_represented_country_id_countries_id_fk" FOREIGN KEY ("version_represented_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_represented_organization_id_organizations_id_fk" FOREIGN KEY ("version_represented_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_head_person_id_people_id_fk" FOREIGN KEY ("version_head_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v_locales" ADD CONSTRAINT "_delegations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_delegations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_delegations_v_rels" ADD CONSTRAINT "_delegations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_delegations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_delegations_v_rels" ADD CONSTRAINT "_delegations_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_parties" ADD CONSTRAINT "agreements_parties_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements_parties" ADD CONSTRAINT "agreements_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements_parties" ADD CONSTRAINT "agreements_parties_signatory_id_people_id_fk" FOREIGN KEY ("signatory_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements_parties" ADD CONSTRAINT "agreements_parties_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_parties_locales" ADD CONSTRAINT "agreements_parties_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements_parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_phases" ADD CONSTRAINT "agreements_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_phases_locales" ADD CONSTRAINT "agreements_phases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_signing_event_id_events_id_fk" FOREIGN KEY ("signing_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements_locales" ADD CONSTRAINT "agreements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_rels" ADD CONSTRAINT "agreements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_rels" ADD CONSTRAINT "agreements_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_parties" ADD CONSTRAINT "_agreements_v_version_parties_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_parties" ADD CONSTRAINT "_agreements_v_version_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_parties" ADD CONSTRAINT "_agreements_v_version_parties_signatory_id_people_id_fk" FOREIGN KEY ("signatory_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_parties" ADD CONSTRAINT "_agreements_v_version_parties_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_parties_locales" ADD CONSTRAINT "_agreements_v_version_parties_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v_version_parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_phases" ADD CONSTRAINT "_agreements_v_version_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_version_phases_locales" ADD CONSTRAINT "_agreements_v_version_phases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v_version_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v" ADD CONSTRAINT "_agreements_v_parent_id_agreements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v" ADD CONSTRAINT "_agreements_v_version_signing_event_id_events_id_fk" FOREIGN KEY ("version_signing_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v_locales" ADD CONSTRAINT "_agreements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_rels" ADD CONSTRAINT "_agreements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_rels" ADD CONSTRAINT "_agreements_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_aliases" ADD CONSTRAINT "people_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_positions" ADD CONSTRAINT "people_positions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_positions" ADD CONSTRAINT "people_positions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_positions_locales" ADD CONSTRAINT "people_positions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people_positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_locales" ADD CONSTRAINT "people_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_texts" ADD CONSTRAINT "people_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_aliases" ADD CONSTRAINT "organizations_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_texts" ADD CONSTRAINT "organizations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "countries_locales" ADD CONSTRAINT "countries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_texts_text_idx" ON "articles_texts" USING btree ("text");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_events_id_idx" ON "articles_rels" USING btree ("events_id");
  CREATE INDEX "articles_rels_delegations_id_idx" ON "articles_rels" USING btree ("delegations_id");
  CREATE INDEX "articles_rels_agreements_id_idx" ON "articles_rels" USING btree ("agreements_id");
  CREATE INDEX "articles_rels_people_id_idx" ON "articles_rels" USING btree ("people_id");
  CREATE INDEX "articles_rels_organizations_id_idx" ON "articles_rels" USING btree ("organizations_id");
  CREATE INDEX "articles_rels_countries_id_idx" ON "articles_rels" USING btree ("countries_id");
  CREATE INDEX "articles_rels_articles_id_idx" ON "articles_rels" USING btree ("articles_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_events_id_idx" ON "_articles_v_rels" USING btree ("events_id");
  CREATE INDEX "_articles_v_rels_delegations_id_idx" ON "_articles_v_rels" USING btree ("delegations_id");
  CREATE INDEX "_articles_v_rels_agreements_id_idx" ON "_articles_v_rels" USING btree ("agreements_id");
  CREATE INDEX "_articles_v_rels_people_id_idx" ON "_articles_v_rels" USING btree ("people_id");
  CREATE INDEX "_articles_v_rels_organizations_id_idx" ON "_articles_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_articles_v_rels_countries_id_idx" ON "_articles_v_rels" USING btree ("countries_id");
  CREATE INDEX "_articles_v_rels_articles_id_idx" ON "_articles_v_rels" USING btree ("articles_id");
  CREATE INDEX "events_location_location_country_idx" ON "events" USING btree ("location_country_id");
  CREATE INDEX "events_host_idx" ON "events" USING btree ("host_id");
  CREATE INDEX "events_parent_event_idx" ON "events" USING btree ("parent_event_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_people_id_idx" ON "events_rels" USING btree ("people_id");
  CREATE INDEX "events_rels_organizations_id_idx" ON "events_rels" USING btree ("organizations_id");
  CREATE INDEX "events_rels_delegations_id_idx" ON "events_rels" USING btree ("delegations_id");
  CREATE INDEX "events_rels_agreements_id_idx" ON "events_rels" USING btree ("agreements_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_location_version_location_country_idx" ON "_events_v" USING btree ("version_location_country_id");
  CREATE INDEX "_events_v_version_version_host_idx" ON "_events_v" USING btree ("version_host_id");
  CREATE INDEX "_events_v_version_version_parent_event_idx" ON "_events_v" USING btree ("version_parent_event_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_people_id_idx" ON "_events_v_rels" USING btree ("people_id");
  CREATE INDEX "_events_v_rels_organizations_id_idx" ON "_events_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_events_v_rels_delegations_id_idx" ON "_events_v_rels" USING btree ("delegations_id");
  CREATE INDEX "_events_v_rels_agreements_id_idx" ON "_events_v_rels" USING btree ("agreements_id");
  CREATE INDEX "delegations_represented_country_idx" ON "delegations" USING btree ("represented_country_id");
  CREATE INDEX "delegations_represented_organization_idx" ON "delegations" USING btree ("represented_organization_id");
  CREATE INDEX "delegations_head_head_person_idx" ON "delegations" USING btree ("head_person_id");
  CREATE INDEX "delegations_updated_at_idx" ON "delegations" USING btree ("updated_at");
  CREATE INDEX "delegations_created_at_idx" ON "delegations" USING btree ("created_at");
  CREATE INDEX "delegations__status_idx" ON "delegations" USING btree ("_status");
  CREATE UNIQUE INDEX "delegations_locales_locale_parent_id_unique" ON "delegations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "delegations_locales_parent_idx" ON "delegations_locales" USING btree ("_parent_id");
  CREATE INDEX "delegations_rels_order_idx" ON "delegations_rels" USING btree ("order");
  CREATE INDEX "delegations_rels_parent_idx" ON "delegations_rels" USING btree ("parent_id");
  CREATE INDEX "delegations_rels_path_idx" ON "delegations_rels" USING btree ("path");
  CREATE INDEX "delegations_rels_people_id_idx" ON "delegations_rels" USING btree ("people_id");
  CREATE INDEX "_delegations_v_parent_idx" ON "_delegations_v" USING btree ("parent_id");
  CREATE INDEX "_delegations_v_version_version_represented_country_idx" ON "_delegations_v" USING btree ("version_represented_country_id");
  CREATE INDEX "_delegations_v_version_version_represented_organization_idx" ON "_delegations_v" USING btree ("version_represented_organization_id");
  CREATE INDEX "_delegations_v_version_head_version_head_person_idx" ON "_delegations_v" USING btree ("version_head_person_id");
  CREATE INDEX "_delegations_v_version_version_updated_at_idx" ON "_delegations_v" USING btree ("version_updated_at");
  CREATE INDEX "_delegations_v_version_version_created_at_idx" ON "_delegations_v" USING btree ("version_created_at");
  CREATE INDEX "_delegations_v_version_version__status_idx" ON "_delegations_v" USING btree ("version__status");
  CREATE INDEX "_delegations_v_created_at_idx" ON "_delegations_v" USING btree ("created_at");
  CREATE INDEX "_delegations_v_updated_at_idx" ON "_delegations_v" USING btree ("updated_at");
  CREATE INDEX "_delegations_v_snapshot_idx" ON "_delegations_v" USING btree ("snapshot");
  CREATE INDEX "_delegations_v_published_locale_idx" ON "_delegations_v" USING btree ("published_locale");
  CREATE INDEX "_delegations_v_latest_idx" ON "_delegations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_delegations_v_locales_locale_parent_id_unique" ON "_delegations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_delegations_v_locales_parent_idx" ON "_delegations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_delegations_v_rels_order_idx" ON "_delegations_v_rels" USING btree ("order");
  CREATE INDEX "_delegations_v_rels_parent_idx" ON "_delegations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_delegations_v_rels_path_idx" ON "_delegations_v_rels" USING btree ("path");
  CREATE INDEX "_delegations_v_rels_people_id_idx" ON "_delegations_v_rels" USING btree ("people_id");
  CREATE INDEX "agreements_parties_order_idx" ON "agreements_parties" USING btree ("_order");
  CREATE INDEX "agreements_parties_parent_id_idx" ON "agreements_parties" USING btree ("_parent_id");
  CREATE INDEX "agreements_parties_country_idx" ON "agreements_parties" USING btree ("country_id");
  CREATE INDEX "agreements_parties_organization_idx" ON "agreements_parties" USING btree ("organization_id");
  CREATE INDEX "agreements_parties_signatory_idx" ON "agreements_parties" USING btree ("signatory_id");
  CREATE UNIQUE INDEX "agreements_parties_locales_locale_parent_id_unique" ON "agreements_parties_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "agreements_parties_locales_parent_idx" ON "agreements_parties_locales" USING btree ("_parent_id");
  CREATE INDEX "agreements_phases_order_idx" ON "agreements_phases" USING btree ("_order");
  CREATE INDEX "agreements_phases_parent_id_idx" ON "agreements_phases" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "agreements_phases_locales_locale_parent_id_unique" ON "agreements_phases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "agreements_phases_locales_parent_idx" ON "agreements_phases_locales" USING btree ("_parent_id");
  CREATE INDEX "agreements_signing_event_idx" ON "agreements" USING btree ("signing_event_id");
  CREATE INDEX "agreements_updated_at_idx" ON "agreements" USING btree ("updated_at");
  CREATE INDEX "agreements_created_at_idx" ON "agreements" USING btree ("created_at");
  CREATE INDEX "agreements__status_idx" ON "agreements" USING btree ("_status");
  CREATE UNIQUE INDEX "agreements_locales_locale_parent_id_unique" ON "agreements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "agreements_locales_parent_idx" ON "agreements_locales" USING btree ("_parent_id");
  CREATE INDEX "agreements_rels_order_idx" ON "agreements_rels" USING btree ("order");
  CREATE INDEX "agreements_rels_parent_idx" ON "agreements_rels" USING btree ("parent_id");
  CREATE INDEX "agreements_rels_path_idx" ON "agreements_rels" USING btree ("path");
  CREATE INDEX "agreements_rels_topics_id_idx" ON "agreements_rels" USING btree ("topics_id");
  CREATE INDEX "_agreements_v_version_parties_order_idx" ON "_agreements_v_version_parties" USING btree ("_order");
  CREATE INDEX "_agreements_v_version_parties_parent_id_idx" ON "_agreements_v_version_parties" USING btree ("_parent_id");
  CREATE INDEX "_agreements_v_version_parties_country_idx" ON "_agreements_v_version_parties" USING btree ("country_id");
  CREATE INDEX "_agreements_v_version_parties_organization_idx" ON "_agreements_v_version_parties" USING btree ("organization_id");
  CREATE INDEX "_agreements_v_version_parties_signatory_idx" ON "_agreements_v_version_parties" USING btree ("signatory_id");
  CREATE UNIQUE INDEX "_agreements_v_version_parties_locales_locale_parent_id_uniqu" ON "_agreements_v_version_parties_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_agreements_v_version_parties_locales_parent_idx" ON "_agreements_v_version_parties_locales" USING btree ("_parent_id");
  CREATE INDEX "_agreements_v_version_phases_order_idx" ON "_agreements_v_version_phases" USING btree ("_order");
  CREATE INDEX "_agreements_v_version_phases_parent_id_idx" ON "_agreements_v_version_phases" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_agreements_v_version_phases_locales_locale_parent_id_unique" ON "_agreements_v_version_phases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_agreements_v_version_phases_locales_parent_idx" ON "_agreements_v_version_phases_locales" USING btree ("_parent_id");
  CREATE INDEX "_agreements_v_parent_idx" ON "_agreements_v" USING btree ("parent_id");
  CREATE INDEX "_agreements_v_version_version_signing_event_idx" ON "_agreements_v" USING btree ("version_signing_event_id");
  CREATE INDEX "_agreements_v_version_version_updated_at_idx" ON "_agreements_v" USING btree ("version_updated_at");
  CREATE INDEX "_agreements_v_version_version_created_at_idx" ON "_agreements_v" USING btree ("version_created_at");
  CREATE INDEX "_agreements_v_version_version__status_idx" ON "_agreements_v" USING btree ("version__status");
  CREATE INDEX "_agreements_v_created_at_idx" ON "_agreements_v" USING btree ("created_at");
  CREATE INDEX "_agreements_v_updated_at_idx" ON "_agreements_v" USING btree ("updated_at");
  CREATE INDEX "_agreements_v_snapshot_idx" ON "_agreements_v" USING btree ("snapshot");
  CREATE INDEX "_agreements_v_published_locale_idx" ON "_agreements_v" USING btree ("published_locale");
  CREATE INDEX "_agreements_v_latest_idx" ON "_agreements_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_agreements_v_locales_locale_parent_id_unique" ON "_agreements_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_agreements_v_locales_parent_idx" ON "_agreements_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_agreements_v_rels_order_idx" ON "_agreements_v_rels" USING btree ("order");
  CREATE INDEX "_agreements_v_rels_parent_idx" ON "_agreements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_agreements_v_rels_path_idx" ON "_agreements_v_rels" USING btree ("path");
  CREATE INDEX "_agreements_v_rels_topics_id_idx" ON "_agreements_v_rels" USING btree ("topics_id");
  CREATE INDEX "people_aliases_order_idx" ON "people_aliases" USING btree ("_order");
  CREATE INDEX "people_aliases_parent_id_idx" ON "people_aliases" USING btree ("_parent_id");
  CREATE INDEX "people_positions_order_idx" ON "people_positions" USING btree ("_order");
  CREATE INDEX "people_positions_parent_id_idx" ON "people_positions" USING btree ("_parent_id");
  CREATE INDEX "people_positions_organization_idx" ON "people_positions" USING btree ("organization_id");
  CREATE UNIQUE INDEX "people_positions_locales_locale_parent_id_unique" ON "people_positions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "people_positions_locales_parent_idx" ON "people_positions_locales" USING btree ("_parent_id");
  CREATE INDEX "people_country_idx" ON "people" USING btree ("country_id");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE UNIQUE INDEX "people_locales_locale_parent_id_unique" ON "people_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "people_locales_parent_idx" ON "people_locales" USING btree ("_parent_id");
  CREATE INDEX "people_texts_order_parent" ON "people_texts" USING btree ("order","parent_id");
  CREATE INDEX "people_texts_text_idx" ON "people_texts" USING btree ("text");
  CREATE INDEX "organizations_aliases_order_idx" ON "organizations_aliases" USING btree ("_order");
  CREATE INDEX "organizations_aliases_parent_id_idx" ON "organizations_aliases" USING btree ("_parent_id");
  CREATE INDEX "organizations_country_idx" ON "organizations" USING btree ("country_id");
  CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organizations_locales_parent_idx" ON "organizations_locales" USING btree ("_parent_id");
  CREATE INDEX "organizations_texts_order_parent" ON "organizations_texts" USING btree ("order","parent_id");
  CREATE INDEX "organizations_texts_text_idx" ON "organizations_texts" USING btree ("text");
  CREATE UNIQUE INDEX "countries_code_idx" ON "countries" USING btree ("code");
  CREATE INDEX "countries_updated_at_idx" ON "countries" USING btree ("updated_at");
  CREATE INDEX "countries_created_at_idx" ON "countries" USING btree ("created_at");
  CREATE UNIQUE INDEX "countries_locales_locale_parent_id_unique" ON "countries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "countries_locales_parent_idx" ON "countries_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "topics_key_idx" ON "topics" USING btree ("key");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_locales_parent_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_delegations_id_idx" ON "payload_locked_documents_rels" USING btree ("delegations_id");
  CREATE INDEX "payload_locked_documents_rels_agreements_id_idx" ON "payload_locked_documents_rels" USING btree ("agreements_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_countries_id_idx" ON "payload_locked_documents_rels" USING btree ("countries_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles_locales" USING btree ("slug","_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_delegations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_delegations_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_delegations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_parties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_parties_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_phases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_phases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_version_parties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_version_parties_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_version_phases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_version_phases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_positions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_positions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "countries_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "delegations" CASCADE;
  DROP TABLE "delegations_locales" CASCADE;
  DROP TABLE "delegations_rels" CASCADE;
  DROP TABLE "_delegations_v" CASCADE;
  DROP TABLE "_delegations_v_locales" CASCADE;
  DROP TABLE "_delegations_v_rels" CASCADE;
  DROP TABLE "agreements_parties" CASCADE;
  DROP TABLE "agreements_parties_locales" CASCADE;
  DROP TABLE "agreements_phases" CASCADE;
  DROP TABLE "agreements_phases_locales" CASCADE;
  DROP TABLE "agreements" CASCADE;
  DROP TABLE "agreements_locales" CASCADE;
  DROP TABLE "agreements_rels" CASCADE;
  DROP TABLE "_agreements_v_version_parties" CASCADE;
  DROP TABLE "_agreements_v_version_parties_locales" CASCADE;
  DROP TABLE "_agreements_v_version_phases" CASCADE;
  DROP TABLE "_agreements_v_version_phases_locales" CASCADE;
  DROP TABLE "_agreements_v" CASCADE;
  DROP TABLE "_agreements_v_locales" CASCADE;
  DROP TABLE "_agreements_v_rels" CASCADE;
  DROP TABLE "people_aliases" CASCADE;
  DROP TABLE "people_positions" CASCADE;
  DROP TABLE "people_positions_locales" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "people_locales" CASCADE;
  DROP TABLE "people_texts" CASCADE;
  DROP TABLE "organizations_aliases" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  DROP TABLE "organizations_texts" CASCADE;
  DROP TABLE "countries" CASCADE;
  DROP TABLE "countries_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_hero_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delegations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agreements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_people_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_organizations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_countries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  DROP INDEX "articles_hero_image_idx";
  DROP INDEX "_articles_v_version_version_hero_image_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_delegations_id_idx";
  DROP INDEX "payload_locked_documents_rels_agreements_id_idx";
  DROP INDEX "payload_locked_documents_rels_people_id_idx";
  DROP INDEX "payload_locked_documents_rels_organizations_id_idx";
  DROP INDEX "payload_locked_documents_rels_countries_id_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "articles_slug_idx";
  CREATE INDEX "articles_slug_idx" ON "articles_locales" USING btree ("slug","_locale");
  ALTER TABLE "articles" DROP COLUMN "hero_image_id";
  ALTER TABLE "articles_locales" DROP COLUMN "byline";
  ALTER TABLE "_articles_v" DROP COLUMN "version_hero_image_id";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_byline";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delegations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agreements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "people_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "countries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_start_date_precision";
  DROP TYPE "public"."enum_events_end_date_precision";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_start_date_precision";
  DROP TYPE "public"."enum__events_v_version_end_date_precision";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_delegations_direction";
  DROP TYPE "public"."enum_delegations_level";
  DROP TYPE "public"."enum_delegations_start_date_precision";
  DROP TYPE "public"."enum_delegations_end_date_precision";
  DROP TYPE "public"."enum_delegations_status";
  DROP TYPE "public"."enum__delegations_v_version_direction";
  DROP TYPE "public"."enum__delegations_v_version_level";
  DROP TYPE "public"."enum__delegations_v_version_start_date_precision";
  DROP TYPE "public"."enum__delegations_v_version_end_date_precision";
  DROP TYPE "public"."enum__delegations_v_version_status";
  DROP TYPE "public"."enum__delegations_v_published_locale";
  DROP TYPE "public"."enum_agreements_phases_start_date_precision";
  DROP TYPE "public"."enum_agreements_phases_end_date_precision";
  DROP TYPE "public"."enum_agreements_kind";
  DROP TYPE "public"."enum_agreements_lifecycle";
  DROP TYPE "public"."enum_agreements_signing_date_precision";
  DROP TYPE "public"."enum_agreements_effective_date_precision";
  DROP TYPE "public"."enum_agreements_expiry_date_precision";
  DROP TYPE "public"."enum_agreements_status";
  DROP TYPE "public"."enum__agreements_v_version_phases_start_date_precision";
  DROP TYPE "public"."enum__agreements_v_version_phases_end_date_precision";
  DROP TYPE "public"."enum__agreements_v_version_kind";
  DROP TYPE "public"."enum__agreements_v_version_signing_date_precision";
  DROP TYPE "public"."enum__agreements_v_version_effective_date_precision";
  DROP TYPE "public"."enum__agreements_v_version_expiry_date_precision";
  DROP TYPE "public"."enum__agreements_v_version_status";
  DROP TYPE "public"."enum__agreements_v_published_locale";
  DROP TYPE "public"."enum_organizations_kind";`)
}
