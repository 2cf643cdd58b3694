import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_events_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__events_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_delegations_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__delegations_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_agreements_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__agreements_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'editorialWorkflowPublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'editorialWorkflowPublish');
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"transition" varchar NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"user_id" integer,
  	"comment" varchar,
  	"assignee_id" integer,
  	"publish_at" timestamp(3) with time zone,
  	"version" varchar,
  	"locale" varchar,
  	"sequence" numeric NOT NULL,
  	"sequence_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_state" "enum_articles_workflow_state" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "articles" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_assignee_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_translations" jsonb;
  ALTER TABLE "events" ADD COLUMN "workflow_state" "enum_events_workflow_state" DEFAULT 'draft';
  ALTER TABLE "events" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "events" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "events" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_state" "enum__events_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_assignee_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_last_edited_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_translations" jsonb;
  ALTER TABLE "delegations" ADD COLUMN "workflow_state" "enum_delegations_workflow_state" DEFAULT 'draft';
  ALTER TABLE "delegations" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "delegations" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "delegations" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "delegations" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "delegations" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "delegations" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "delegations" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "delegations" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_state" "enum__delegations_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_assignee_id" integer;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_last_edited_by_id" integer;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_delegations_v" ADD COLUMN "version_workflow_translations" jsonb;
  ALTER TABLE "agreements" ADD COLUMN "workflow_state" "enum_agreements_workflow_state" DEFAULT 'draft';
  ALTER TABLE "agreements" ADD COLUMN "workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "agreements" ADD COLUMN "workflow_assignee_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "agreements" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "agreements" ADD COLUMN "workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "agreements" ADD COLUMN "workflow_translations" jsonb;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_state" "enum__agreements_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_sequence" numeric DEFAULT 0;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_assignee_id" integer;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_last_edited_by_id" integer;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_agreements_v" ADD COLUMN "version_workflow_translations" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_events_id" integer;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "workflow_events_collection_idx" ON "workflow_events" USING btree ("collection");
  CREATE INDEX "workflow_events_document_idx" ON "workflow_events" USING btree ("document");
  CREATE INDEX "workflow_events_user_idx" ON "workflow_events" USING btree ("user_id");
  CREATE INDEX "workflow_events_assignee_idx" ON "workflow_events" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "workflow_events_sequence_key_idx" ON "workflow_events" USING btree ("sequence_key");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegations" ADD CONSTRAINT "delegations_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_delegations_v" ADD CONSTRAINT "_delegations_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agreements" ADD CONSTRAINT "agreements_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v" ADD CONSTRAINT "_agreements_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v" ADD CONSTRAINT "_agreements_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v" ADD CONSTRAINT "_agreements_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agreements_v" ADD CONSTRAINT "_agreements_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_workflow_workflow_assignee_idx" ON "articles" USING btree ("workflow_assignee_id");
  CREATE INDEX "articles_workflow_workflow_submitted_by_idx" ON "articles" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "articles_workflow_workflow_last_edited_by_idx" ON "articles" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "articles_workflow_workflow_approved_by_idx" ON "articles" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_assignee_idx" ON "_articles_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_submitted__idx" ON "_articles_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_last_edite_idx" ON "_articles_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_approved_b_idx" ON "_articles_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "events_workflow_state_idx" ON "events" USING btree ("workflow_state");
  CREATE INDEX "events_workflow_workflow_assignee_idx" ON "events" USING btree ("workflow_assignee_id");
  CREATE INDEX "events_workflow_workflow_submitted_by_idx" ON "events" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "events_workflow_workflow_last_edited_by_idx" ON "events" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "events_workflow_workflow_approved_by_idx" ON "events" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_events_v_version_version_workflow_state_idx" ON "_events_v" USING btree ("version_workflow_state");
  CREATE INDEX "_events_v_version_workflow_version_workflow_assignee_idx" ON "_events_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_submitted_by_idx" ON "_events_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_last_edited__idx" ON "_events_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_approved_by_idx" ON "_events_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "delegations_workflow_state_idx" ON "delegations" USING btree ("workflow_state");
  CREATE INDEX "delegations_workflow_workflow_assignee_idx" ON "delegations" USING btree ("workflow_assignee_id");
  CREATE INDEX "delegations_workflow_workflow_submitted_by_idx" ON "delegations" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "delegations_workflow_workflow_last_edited_by_idx" ON "delegations" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "delegations_workflow_workflow_approved_by_idx" ON "delegations" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_delegations_v_version_version_workflow_state_idx" ON "_delegations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_delegations_v_version_workflow_version_workflow_assigne_idx" ON "_delegations_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_delegations_v_version_workflow_version_workflow_submitt_idx" ON "_delegations_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_delegations_v_version_workflow_version_workflow_last_ed_idx" ON "_delegations_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_delegations_v_version_workflow_version_workflow_approve_idx" ON "_delegations_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "agreements_workflow_state_idx" ON "agreements" USING btree ("workflow_state");
  CREATE INDEX "agreements_workflow_workflow_assignee_idx" ON "agreements" USING btree ("workflow_assignee_id");
  CREATE INDEX "agreements_workflow_workflow_submitted_by_idx" ON "agreements" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "agreements_workflow_workflow_last_edited_by_idx" ON "agreements" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "agreements_workflow_workflow_approved_by_idx" ON "agreements" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_agreements_v_version_version_workflow_state_idx" ON "_agreements_v" USING btree ("version_workflow_state");
  CREATE INDEX "_agreements_v_version_workflow_version_workflow_assignee_idx" ON "_agreements_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_agreements_v_version_workflow_version_workflow_submitte_idx" ON "_agreements_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_agreements_v_version_workflow_version_workflow_last_edi_idx" ON "_agreements_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_agreements_v_version_workflow_version_workflow_approved_idx" ON "_agreements_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");`)
  // Documents published before the workflow existed are in its published state.
  await db.execute(sql`
   UPDATE "articles" SET "workflow_state" = 'published' WHERE "_status" = 'published';
   UPDATE "_articles_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
   UPDATE "events" SET "workflow_state" = 'published' WHERE "_status" = 'published';
   UPDATE "_events_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
   UPDATE "delegations" SET "workflow_state" = 'published' WHERE "_status" = 'published';
   UPDATE "_delegations_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
   UPDATE "agreements" SET "workflow_state" = 'published' WHERE "_status" = 'published';
   UPDATE "_agreements_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "delegations" DROP CONSTRAINT "delegations_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "delegations" DROP CONSTRAINT "delegations_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "delegations" DROP CONSTRAINT "delegations_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "delegations" DROP CONSTRAINT "delegations_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_delegations_v" DROP CONSTRAINT "_delegations_v_version_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "_delegations_v" DROP CONSTRAINT "_delegations_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_delegations_v" DROP CONSTRAINT "_delegations_v_version_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_delegations_v" DROP CONSTRAINT "_delegations_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "agreements" DROP CONSTRAINT "agreements_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_agreements_v" DROP CONSTRAINT "_agreements_v_version_workflow_assignee_id_users_id_fk";
  
  ALTER TABLE "_agreements_v" DROP CONSTRAINT "_agreements_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_agreements_v" DROP CONSTRAINT "_agreements_v_version_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_agreements_v" DROP CONSTRAINT "_agreements_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_events_fk";
  
  DROP INDEX "articles_workflow_state_idx";
  DROP INDEX "articles_workflow_workflow_assignee_idx";
  DROP INDEX "articles_workflow_workflow_submitted_by_idx";
  DROP INDEX "articles_workflow_workflow_last_edited_by_idx";
  DROP INDEX "articles_workflow_workflow_approved_by_idx";
  DROP INDEX "_articles_v_version_version_workflow_state_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_assignee_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_submitted__idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_last_edite_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_approved_b_idx";
  DROP INDEX "events_workflow_state_idx";
  DROP INDEX "events_workflow_workflow_assignee_idx";
  DROP INDEX "events_workflow_workflow_submitted_by_idx";
  DROP INDEX "events_workflow_workflow_last_edited_by_idx";
  DROP INDEX "events_workflow_workflow_approved_by_idx";
  DROP INDEX "_events_v_version_version_workflow_state_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_assignee_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_submitted_by_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_last_edited__idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_approved_by_idx";
  DROP INDEX "delegations_workflow_state_idx";
  DROP INDEX "delegations_workflow_workflow_assignee_idx";
  DROP INDEX "delegations_workflow_workflow_submitted_by_idx";
  DROP INDEX "delegations_workflow_workflow_last_edited_by_idx";
  DROP INDEX "delegations_workflow_workflow_approved_by_idx";
  DROP INDEX "_delegations_v_version_version_workflow_state_idx";
  DROP INDEX "_delegations_v_version_workflow_version_workflow_assigne_idx";
  DROP INDEX "_delegations_v_version_workflow_version_workflow_submitt_idx";
  DROP INDEX "_delegations_v_version_workflow_version_workflow_last_ed_idx";
  DROP INDEX "_delegations_v_version_workflow_version_workflow_approve_idx";
  DROP INDEX "agreements_workflow_state_idx";
  DROP INDEX "agreements_workflow_workflow_assignee_idx";
  DROP INDEX "agreements_workflow_workflow_submitted_by_idx";
  DROP INDEX "agreements_workflow_workflow_last_edited_by_idx";
  DROP INDEX "agreements_workflow_workflow_approved_by_idx";
  DROP INDEX "_agreements_v_version_version_workflow_state_idx";
  DROP INDEX "_agreements_v_version_workflow_version_workflow_assignee_idx";
  DROP INDEX "_agreements_v_version_workflow_version_workflow_submitte_idx";
  DROP INDEX "_agreements_v_version_workflow_version_workflow_last_edi_idx";
  DROP INDEX "_agreements_v_version_workflow_version_workflow_approved_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_events_id_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_state";
  ALTER TABLE "articles" DROP COLUMN "workflow_sequence";
  ALTER TABLE "articles" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "articles" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "articles" DROP COLUMN "workflow_translations";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_sequence";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_assignee_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_publish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_translations";
  ALTER TABLE "events" DROP COLUMN "workflow_state";
  ALTER TABLE "events" DROP COLUMN "workflow_sequence";
  ALTER TABLE "events" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "events" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "events" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "events" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "events" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "events" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "events" DROP COLUMN "workflow_translations";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_sequence";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_assignee_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_last_edited_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_publish_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_translations";
  ALTER TABLE "delegations" DROP COLUMN "workflow_state";
  ALTER TABLE "delegations" DROP COLUMN "workflow_sequence";
  ALTER TABLE "delegations" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "delegations" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "delegations" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "delegations" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "delegations" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "delegations" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "delegations" DROP COLUMN "workflow_translations";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_sequence";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_assignee_id";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_last_edited_by_id";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_publish_at";
  ALTER TABLE "_delegations_v" DROP COLUMN "version_workflow_translations";
  ALTER TABLE "agreements" DROP COLUMN "workflow_state";
  ALTER TABLE "agreements" DROP COLUMN "workflow_sequence";
  ALTER TABLE "agreements" DROP COLUMN "workflow_assignee_id";
  ALTER TABLE "agreements" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "agreements" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "agreements" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "agreements" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "agreements" DROP COLUMN "workflow_publish_at";
  ALTER TABLE "agreements" DROP COLUMN "workflow_translations";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_sequence";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_assignee_id";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_last_edited_by_id";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_publish_at";
  ALTER TABLE "_agreements_v" DROP COLUMN "version_workflow_translations";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_events_id";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum_events_workflow_state";
  DROP TYPE "public"."enum__events_v_version_workflow_state";
  DROP TYPE "public"."enum_delegations_workflow_state";
  DROP TYPE "public"."enum__delegations_v_version_workflow_state";
  DROP TYPE "public"."enum_agreements_workflow_state";
  DROP TYPE "public"."enum__agreements_v_version_workflow_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
