import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_sequence\` numeric DEFAULT 0,
  	\`workflow_assignee_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_contributors\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_version\` text,
  	\`workflow_publish_at\` text,
  	\`workflow_translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_workflow_state_idx\` ON \`releases\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_assignee_idx\` ON \`releases\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_submitted_by_idx\` ON \`releases\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_last_edited_by_idx\` ON \`releases\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_approved_by_idx\` ON \`releases\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`releases__status_idx\` ON \`releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`releases_locales\` (
  	\`title\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`releases_locales_locale_parent_id_unique\` ON \`releases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_locales_parent_idx\` ON \`releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delegations_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agreements_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_rels_order_idx\` ON \`releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_parent_idx\` ON \`releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_path_idx\` ON \`releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_articles_id_idx\` ON \`releases_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_events_id_idx\` ON \`releases_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_delegations_id_idx\` ON \`releases_rels\` (\`delegations_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_agreements_id_idx\` ON \`releases_rels\` (\`agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_people_id_idx\` ON \`releases_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_organizations_id_idx\` ON \`releases_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_countries_id_idx\` ON \`releases_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_topics_id_idx\` ON \`releases_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_sequence\` numeric DEFAULT 0,
  	\`version_workflow_assignee_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_contributors\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_releases_v_parent_idx\` ON \`_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_workflow_state_idx\` ON \`_releases_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_assignee_idx\` ON \`_releases_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_submitted__idx\` ON \`_releases_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_last_edite_idx\` ON \`_releases_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_approved_b_idx\` ON \`_releases_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_updated_at_idx\` ON \`_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_created_at_idx\` ON \`_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version__status_idx\` ON \`_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_created_at_idx\` ON \`_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_updated_at_idx\` ON \`_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_snapshot_idx\` ON \`_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_published_locale_idx\` ON \`_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_latest_idx\` ON \`_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_releases_v_locales\` (
  	\`version_title\` text,
  	\`version_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_releases_v_locales_locale_parent_id_unique\` ON \`_releases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_locales_parent_idx\` ON \`_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_releases_v_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delegations_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agreements_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_order_idx\` ON \`_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_parent_idx\` ON \`_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_path_idx\` ON \`_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_articles_id_idx\` ON \`_releases_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_events_id_idx\` ON \`_releases_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_delegations_id_idx\` ON \`_releases_v_rels\` (\`delegations_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_agreements_id_idx\` ON \`_releases_v_rels\` (\`agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_people_id_idx\` ON \`_releases_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_organizations_id_idx\` ON \`_releases_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_countries_id_idx\` ON \`_releases_v_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_topics_id_idx\` ON \`_releases_v_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`details\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`releases_id\` integer REFERENCES releases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`DROP TABLE \`releases_locales\`;`)
  await db.run(sql`DROP TABLE \`releases_rels\`;`)
  await db.run(sql`DROP TABLE \`_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_releases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_releases_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`workflow_events_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "events_id", "delegations_id", "agreements_id", "people_id", "organizations_id", "countries_id", "topics_id", "media_id", "users_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "events_id", "delegations_id", "agreements_id", "people_id", "organizations_id", "countries_id", "topics_id", "media_id", "users_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`details\`;`)
}
