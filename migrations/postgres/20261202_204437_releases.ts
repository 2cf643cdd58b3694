import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_releases_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_releases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__releases_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__releases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__releases_v_published_locale" AS ENUM('ar', 'en');
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_state" "enum_releases_workflow_state" DEFAULT 'draft',
  	"workflow_sequence" numeric DEFAULT 0,
  	"workflow_assignee_id" integer,
  	"workflow_submitted_by_id" integer,
  	"workflow_last_edited_by_id" integer,
  	"workflow_contributors" jsonb,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_version" varchar,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_releases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "releases_locales" (
  	"title" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"events_id" integer,
  	"delegations_id" integer,
  	"agreements_id" integer,
  	"people_id" integer,
  	"organizations_id" integer,
  	"countries_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_releases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_state" "enum__releases_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_sequence" numeric DEFAULT 0,
  	"version_workflow_assignee_id" integer,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_contributors" jsonb,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__releases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__releases_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_releases_v_locales" (
  	"version_title" varchar,
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_releases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"events_id" integer,
  	"delegations_id" integer,
  	"agreements_id" integer,
  	"people_id" integer,
  	"organizations_id" integer,
  	"countries_id" integer,
  	"topics_id" integer
  );
  
  ALTER TABLE "workflow_events" ADD COLUMN "details" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "releases_id" integer;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases_locales" ADD CONSTRAINT "releases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_parent_id_releases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v_locales" ADD CONSTRAINT "_releases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_delegations_fk" FOREIGN KEY ("delegations_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_agreements_fk" FOREIGN KEY ("agreements_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_workflow_state_idx" ON "releases" USING btree ("workflow_state");
  CREATE INDEX "releases_workflow_workflow_assignee_idx" ON "releases" USING btree ("workflow_assignee_id");
  CREATE INDEX "releases_workflow_workflow_submitted_by_idx" ON "releases" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "releases_workflow_workflow_last_edited_by_idx" ON "releases" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "releases_workflow_workflow_approved_by_idx" ON "releases" USING btree ("workflow_approved_by_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "releases__status_idx" ON "releases" USING btree ("_status");
  CREATE UNIQUE INDEX "releases_locales_locale_parent_id_unique" ON "releases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "releases_locales_parent_idx" ON "releases_locales" USING btree ("_parent_id");
  CREATE INDEX "releases_rels_order_idx" ON "releases_rels" USING btree ("order");
  CREATE INDEX "releases_rels_parent_idx" ON "releases_rels" USING btree ("parent_id");
  CREATE INDEX "releases_rels_path_idx" ON "releases_rels" USING btree ("path");
  CREATE INDEX "releases_rels_articles_id_idx" ON "releases_rels" USING btree ("articles_id");
  CREATE INDEX "releases_rels_events_id_idx" ON "releases_rels" USING btree ("events_id");
  CREATE INDEX "releases_rels_delegations_id_idx" ON "releases_rels" USING btree ("delegations_id");
  CREATE INDEX "releases_rels_agreements_id_idx" ON "releases_rels" USING btree ("agreements_id");
  CREATE INDEX "releases_rels_people_id_idx" ON "releases_rels" USING btree ("people_id");
  CREATE INDEX "releases_rels_organizations_id_idx" ON "releases_rels" USING btree ("organizations_id");
  CREATE INDEX "releases_rels_countries_id_idx" ON "releases_rels" USING btree ("countries_id");
  CREATE INDEX "releases_rels_topics_id_idx" ON "releases_rels" USING btree ("topics_id");
  CREATE INDEX "_releases_v_parent_idx" ON "_releases_v" USING btree ("parent_id");
  CREATE INDEX "_releases_v_version_version_workflow_state_idx" ON "_releases_v" USING btree ("version_workflow_state");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_assignee_idx" ON "_releases_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_submitted__idx" ON "_releases_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_last_edite_idx" ON "_releases_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_approved_b_idx" ON "_releases_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_releases_v_version_version_updated_at_idx" ON "_releases_v" USING btree ("version_updated_at");
  CREATE INDEX "_releases_v_version_version_created_at_idx" ON "_releases_v" USING btree ("version_created_at");
  CREATE INDEX "_releases_v_version_version__status_idx" ON "_releases_v" USING btree ("version__status");
  CREATE INDEX "_releases_v_created_at_idx" ON "_releases_v" USING btree ("created_at");
  CREATE INDEX "_releases_v_updated_at_idx" ON "_releases_v" USING btree ("updated_at");
  CREATE INDEX "_releases_v_snapshot_idx" ON "_releases_v" USING btree ("snapshot");
  CREATE INDEX "_releases_v_published_locale_idx" ON "_releases_v" USING btree ("published_locale");
  CREATE INDEX "_releases_v_latest_idx" ON "_releases_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_releases_v_locales_locale_parent_id_unique" ON "_releases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_releases_v_locales_parent_idx" ON "_releases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_releases_v_rels_order_idx" ON "_releases_v_rels" USING btree ("order");
  CREATE INDEX "_releases_v_rels_parent_idx" ON "_releases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_releases_v_rels_path_idx" ON "_releases_v_rels" USING btree ("path");
  CREATE INDEX "_releases_v_rels_articles_id_idx" ON "_releases_v_rels" USING btree ("articles_id");
  CREATE INDEX "_releases_v_rels_events_id_idx" ON "_releases_v_rels" USING btree ("events_id");
  CREATE INDEX "_releases_v_rels_delegations_id_idx" ON "_releases_v_rels" USING btree ("delegations_id");
  CREATE INDEX "_releases_v_rels_agreements_id_idx" ON "_releases_v_rels" USING btree ("agreements_id");
  CREATE INDEX "_releases_v_rels_people_id_idx" ON "_releases_v_rels" USING btree ("people_id");
  CREATE INDEX "_releases_v_rels_organizations_id_idx" ON "_releases_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_releases_v_rels_countries_id_idx" ON "_releases_v_rels" USING btree ("countries_id");
  CREATE INDEX "_releases_v_rels_topics_id_idx" ON "_releases_v_rels" USING btree ("topics_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_releases_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_releases_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_releases_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "releases_locales" CASCADE;
  DROP TABLE "releases_rels" CASCADE;
  DROP TABLE "_releases_v" CASCADE;
  DROP TABLE "_releases_v_locales" CASCADE;
  DROP TABLE "_releases_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_releases_fk";
  
  DROP INDEX "payload_locked_documents_rels_releases_id_idx";
  ALTER TABLE "workflow_events" DROP COLUMN "details";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "releases_id";
  DROP TYPE "public"."enum_releases_workflow_state";
  DROP TYPE "public"."enum_releases_status";
  DROP TYPE "public"."enum__releases_v_version_workflow_state";
  DROP TYPE "public"."enum__releases_v_version_status";
  DROP TYPE "public"."enum__releases_v_published_locale";`)
}
