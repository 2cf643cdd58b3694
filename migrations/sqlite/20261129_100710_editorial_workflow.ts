import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`transition\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`user_id\` integer,
  	\`comment\` text,
  	\`assignee_id\` integer,
  	\`publish_at\` text,
  	\`version\` text,
  	\`locale\` text,
  	\`sequence\` numeric NOT NULL,
  	\`sequence_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_idx\` ON \`workflow_events\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_idx\` ON \`workflow_events\` (\`document\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_user_idx\` ON \`workflow_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_assignee_idx\` ON \`workflow_events\` (\`assignee_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_events_sequence_key_idx\` ON \`workflow_events\` (\`sequence_key\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_assignee_idx\` ON \`articles\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_submitted_by_idx\` ON \`articles\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_last_edited_by_idx\` ON \`articles\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_approved_by_idx\` ON \`articles\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_assignee_idx\` ON \`_articles_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_submitted__idx\` ON \`_articles_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_last_edite_idx\` ON \`_articles_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_approved_b_idx\` ON \`_articles_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`events_workflow_state_idx\` ON \`events\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_assignee_idx\` ON \`events\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_submitted_by_idx\` ON \`events\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_last_edited_by_idx\` ON \`events\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_approved_by_idx\` ON \`events\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_workflow_state_idx\` ON \`_events_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_assignee_idx\` ON \`_events_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_events_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_last_edited__idx\` ON \`_events_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_approved_by_idx\` ON \`_events_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`delegations_workflow_state_idx\` ON \`delegations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`delegations_workflow_workflow_assignee_idx\` ON \`delegations\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_workflow_workflow_submitted_by_idx\` ON \`delegations\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_workflow_workflow_last_edited_by_idx\` ON \`delegations\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_workflow_workflow_approved_by_idx\` ON \`delegations\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_workflow_state_idx\` ON \`_delegations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_workflow_version_workflow_assigne_idx\` ON \`_delegations_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_workflow_version_workflow_submitt_idx\` ON \`_delegations_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_workflow_version_workflow_last_ed_idx\` ON \`_delegations_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_workflow_version_workflow_approve_idx\` ON \`_delegations_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`agreements_workflow_state_idx\` ON \`agreements\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`agreements_workflow_workflow_assignee_idx\` ON \`agreements\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_workflow_workflow_submitted_by_idx\` ON \`agreements\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_workflow_workflow_last_edited_by_idx\` ON \`agreements\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_workflow_workflow_approved_by_idx\` ON \`agreements\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_translations\` text;`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_workflow_state_idx\` ON \`_agreements_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_workflow_version_workflow_assignee_idx\` ON \`_agreements_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_workflow_version_workflow_submitte_idx\` ON \`_agreements_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_workflow_version_workflow_last_edi_idx\` ON \`_agreements_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_workflow_version_workflow_approved_idx\` ON \`_agreements_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` integer REFERENCES workflow_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  // Documents published before the workflow existed are in its published state.
  await db.run(sql`UPDATE \`articles\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_articles_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`events\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_events_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`delegations\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_delegations_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`agreements\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_agreements_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "hero_image_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_hero_image_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_hero_image_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'other',
  	\`start_date_date\` text,
  	\`start_date_precision\` text DEFAULT 'day',
  	\`end_date_date\` text,
  	\`end_date_precision\` text DEFAULT 'day',
  	\`location_country_id\` integer,
  	\`host_id\` integer,
  	\`parent_event_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`location_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`host_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "kind", "start_date_date", "start_date_precision", "end_date_date", "end_date_precision", "location_country_id", "host_id", "parent_event_id", "updated_at", "created_at", "_status") SELECT "id", "kind", "start_date_date", "start_date_precision", "end_date_date", "end_date_precision", "location_country_id", "host_id", "parent_event_id", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_location_location_country_idx\` ON \`events\` (\`location_country_id\`);`)
  await db.run(sql`CREATE INDEX \`events_host_idx\` ON \`events\` (\`host_id\`);`)
  await db.run(sql`CREATE INDEX \`events_parent_event_idx\` ON \`events\` (\`parent_event_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'other',
  	\`version_start_date_date\` text,
  	\`version_start_date_precision\` text DEFAULT 'day',
  	\`version_end_date_date\` text,
  	\`version_end_date_precision\` text DEFAULT 'day',
  	\`version_location_country_id\` integer,
  	\`version_host_id\` integer,
  	\`version_parent_event_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_location_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_kind", "version_start_date_date", "version_start_date_precision", "version_end_date_date", "version_end_date_precision", "version_location_country_id", "version_host_id", "version_parent_event_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_start_date_date", "version_start_date_precision", "version_end_date_date", "version_end_date_precision", "version_location_country_id", "version_host_id", "version_parent_event_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_location_version_location_country_idx\` ON \`_events_v\` (\`version_location_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_host_idx\` ON \`_events_v\` (\`version_host_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_parent_event_idx\` ON \`_events_v\` (\`version_parent_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_delegations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`direction\` text,
  	\`level\` text,
  	\`represented_country_id\` integer,
  	\`represented_organization_id\` integer,
  	\`head_person_id\` integer,
  	\`start_date_date\` text,
  	\`start_date_precision\` text DEFAULT 'day',
  	\`end_date_date\` text,
  	\`end_date_precision\` text DEFAULT 'day',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`represented_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`represented_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_delegations\`("id", "direction", "level", "represented_country_id", "represented_organization_id", "head_person_id", "start_date_date", "start_date_precision", "end_date_date", "end_date_precision", "updated_at", "created_at", "_status") SELECT "id", "direction", "level", "represented_country_id", "represented_organization_id", "head_person_id", "start_date_date", "start_date_precision", "end_date_date", "end_date_precision", "updated_at", "created_at", "_status" FROM \`delegations\`;`)
  await db.run(sql`DROP TABLE \`delegations\`;`)
  await db.run(sql`ALTER TABLE \`__new_delegations\` RENAME TO \`delegations\`;`)
  await db.run(sql`CREATE INDEX \`delegations_represented_country_idx\` ON \`delegations\` (\`represented_country_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_represented_organization_idx\` ON \`delegations\` (\`represented_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_head_head_person_idx\` ON \`delegations\` (\`head_person_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_updated_at_idx\` ON \`delegations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`delegations_created_at_idx\` ON \`delegations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`delegations__status_idx\` ON \`delegations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__delegations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_direction\` text,
  	\`version_level\` text,
  	\`version_represented_country_id\` integer,
  	\`version_represented_organization_id\` integer,
  	\`version_head_person_id\` integer,
  	\`version_start_date_date\` text,
  	\`version_start_date_precision\` text DEFAULT 'day',
  	\`version_end_date_date\` text,
  	\`version_end_date_precision\` text DEFAULT 'day',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_represented_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_represented_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_head_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__delegations_v\`("id", "parent_id", "version_direction", "version_level", "version_represented_country_id", "version_represented_organization_id", "version_head_person_id", "version_start_date_date", "version_start_date_precision", "version_end_date_date", "version_end_date_precision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_direction", "version_level", "version_represented_country_id", "version_represented_organization_id", "version_head_person_id", "version_start_date_date", "version_start_date_precision", "version_end_date_date", "version_end_date_precision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_delegations_v\`;`)
  await db.run(sql`DROP TABLE \`_delegations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__delegations_v\` RENAME TO \`_delegations_v\`;`)
  await db.run(sql`CREATE INDEX \`_delegations_v_parent_idx\` ON \`_delegations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_represented_country_idx\` ON \`_delegations_v\` (\`version_represented_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_represented_organization_idx\` ON \`_delegations_v\` (\`version_represented_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_head_version_head_person_idx\` ON \`_delegations_v\` (\`version_head_person_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_updated_at_idx\` ON \`_delegations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_created_at_idx\` ON \`_delegations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version__status_idx\` ON \`_delegations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_created_at_idx\` ON \`_delegations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_updated_at_idx\` ON \`_delegations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_snapshot_idx\` ON \`_delegations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_published_locale_idx\` ON \`_delegations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_latest_idx\` ON \`_delegations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_agreements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`status\` text DEFAULT 'signed',
  	\`reference_number\` text,
  	\`signing_date_date\` text,
  	\`signing_date_precision\` text DEFAULT 'day',
  	\`signing_event_id\` integer,
  	\`effective_date_date\` text,
  	\`effective_date_precision\` text DEFAULT 'day',
  	\`expiry_date_date\` text,
  	\`expiry_date_precision\` text DEFAULT 'day',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`signing_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agreements\`("id", "kind", "status", "reference_number", "signing_date_date", "signing_date_precision", "signing_event_id", "effective_date_date", "effective_date_precision", "expiry_date_date", "expiry_date_precision", "updated_at", "created_at", "_status") SELECT "id", "kind", "status", "reference_number", "signing_date_date", "signing_date_precision", "signing_event_id", "effective_date_date", "effective_date_precision", "expiry_date_date", "expiry_date_precision", "updated_at", "created_at", "_status" FROM \`agreements\`;`)
  await db.run(sql`DROP TABLE \`agreements\`;`)
  await db.run(sql`ALTER TABLE \`__new_agreements\` RENAME TO \`agreements\`;`)
  await db.run(sql`CREATE INDEX \`agreements_signing_event_idx\` ON \`agreements\` (\`signing_event_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_updated_at_idx\` ON \`agreements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements_created_at_idx\` ON \`agreements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements__status_idx\` ON \`agreements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__agreements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_status\` text DEFAULT 'signed',
  	\`version_reference_number\` text,
  	\`version_signing_date_date\` text,
  	\`version_signing_date_precision\` text DEFAULT 'day',
  	\`version_signing_event_id\` integer,
  	\`version_effective_date_date\` text,
  	\`version_effective_date_precision\` text DEFAULT 'day',
  	\`version_expiry_date_date\` text,
  	\`version_expiry_date_precision\` text DEFAULT 'day',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_signing_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__agreements_v\`("id", "parent_id", "version_kind", "version_status", "version_reference_number", "version_signing_date_date", "version_signing_date_precision", "version_signing_event_id", "version_effective_date_date", "version_effective_date_precision", "version_expiry_date_date", "version_expiry_date_precision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_status", "version_reference_number", "version_signing_date_date", "version_signing_date_precision", "version_signing_event_id", "version_effective_date_date", "version_effective_date_precision", "version_expiry_date_date", "version_expiry_date_precision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_agreements_v\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__agreements_v\` RENAME TO \`_agreements_v\`;`)
  await db.run(sql`CREATE INDEX \`_agreements_v_parent_idx\` ON \`_agreements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_signing_event_idx\` ON \`_agreements_v\` (\`version_signing_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_updated_at_idx\` ON \`_agreements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_created_at_idx\` ON \`_agreements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version__status_idx\` ON \`_agreements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_created_at_idx\` ON \`_agreements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_updated_at_idx\` ON \`_agreements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_snapshot_idx\` ON \`_agreements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_published_locale_idx\` ON \`_agreements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_latest_idx\` ON \`_agreements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`events_id\` integer,
  	\`delegations_id\` integer,
  	\`agreements_id\` integer,
  	\`people_id\` integer,
  	\`organizations_id\` integer,
  	\`countries_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delegations_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agreements_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "events_id", "delegations_id", "agreements_id", "people_id", "organizations_id", "countries_id", "topics_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "events_id", "delegations_id", "agreements_id", "people_id", "organizations_id", "countries_id", "topics_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delegations_id_idx\` ON \`payload_locked_documents_rels\` (\`delegations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
