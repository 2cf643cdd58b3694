import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_corrections_order_idx\` ON \`articles_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_corrections_parent_id_idx\` ON \`articles_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_corrections_locales_locale_parent_id_unique\` ON \`articles_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_corrections_locales_parent_idx\` ON \`articles_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_order_idx\` ON \`_articles_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_parent_id_idx\` ON \`_articles_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_version_corrections_locales_locale_parent_id_uni\` ON \`_articles_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_locales_parent_idx\` ON \`_articles_v_version_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_corrections_order_idx\` ON \`events_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_corrections_parent_id_idx\` ON \`events_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_corrections_locales_locale_parent_id_unique\` ON \`events_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_corrections_locales_parent_idx\` ON \`events_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_corrections_order_idx\` ON \`_events_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_corrections_parent_id_idx\` ON \`_events_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_corrections_locales_locale_parent_id_uniqu\` ON \`_events_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_corrections_locales_parent_idx\` ON \`_events_v_version_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`delegations_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`delegations_corrections_order_idx\` ON \`delegations_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`delegations_corrections_parent_id_idx\` ON \`delegations_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`delegations_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`delegations_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`delegations_corrections_locales_locale_parent_id_unique\` ON \`delegations_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_corrections_locales_parent_idx\` ON \`delegations_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_delegations_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_delegations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_corrections_order_idx\` ON \`_delegations_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_corrections_parent_id_idx\` ON \`_delegations_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_delegations_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_delegations_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_delegations_v_version_corrections_locales_locale_parent_id_\` ON \`_delegations_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_corrections_locales_parent_idx\` ON \`_delegations_v_version_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_corrections_order_idx\` ON \`agreements_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agreements_corrections_parent_id_idx\` ON \`agreements_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agreements_corrections_locales_locale_parent_id_unique\` ON \`agreements_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_corrections_locales_parent_idx\` ON \`agreements_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`at\` text,
  	\`version\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_corrections_order_idx\` ON \`_agreements_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_corrections_parent_id_idx\` ON \`_agreements_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_agreements_v_version_corrections_locales_locale_parent_id_u\` ON \`_agreements_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_corrections_locales_parent_idx\` ON \`_agreements_v_version_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_embargo_until_idx\` ON \`articles\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_published_at_idx\` ON \`articles\` (\`last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_retracted_retracted_at_idx\` ON \`articles\` (\`retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_embargo_until_idx\` ON \`_articles_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_published_at_idx\` ON \`_articles_v\` (\`version_last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_retracted_version_retracted_at_idx\` ON \`_articles_v\` (\`version_retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_embargo_until_idx\` ON \`events\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`events_last_published_at_idx\` ON \`events\` (\`last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`events_retracted_retracted_at_idx\` ON \`events\` (\`retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_embargo_until_idx\` ON \`_events_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_last_published_at_idx\` ON \`_events_v\` (\`version_last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_retracted_version_retracted_at_idx\` ON \`_events_v\` (\`version_retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`delegations_embargo_until_idx\` ON \`delegations\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`delegations_last_published_at_idx\` ON \`delegations\` (\`last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`delegations_retracted_retracted_at_idx\` ON \`delegations\` (\`retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`delegations_locales\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`delegations_locales\` ADD \`retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_embargo_until_idx\` ON \`_delegations_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_last_published_at_idx\` ON \`_delegations_v\` (\`version_last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_retracted_version_retracted_at_idx\` ON \`_delegations_v\` (\`version_retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`_delegations_v_locales\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v_locales\` ADD \`version_retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`agreements_embargo_until_idx\` ON \`agreements\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`agreements_last_published_at_idx\` ON \`agreements\` (\`last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements_retracted_retracted_at_idx\` ON \`agreements\` (\`retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`agreements_locales\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`agreements_locales\` ADD \`retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_embargountil_tz\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_last_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_correction_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_retracted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_embargo_until_idx\` ON \`_agreements_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_last_published_at_idx\` ON \`_agreements_v\` (\`version_last_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_retracted_version_retracted_at_idx\` ON \`_agreements_v\` (\`version_retracted_at\`);`)
  await db.run(sql`ALTER TABLE \`_agreements_v_locales\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v_locales\` ADD \`version_retracted_notice\` text;`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`embargountil_tz\` text;`)
  await db.run(sql`CREATE INDEX \`releases_embargo_until_idx\` ON \`releases\` (\`embargo_until\`);`)
  await db.run(sql`ALTER TABLE \`_releases_v\` ADD \`version_embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`_releases_v\` ADD \`version_embargountil_tz\` text;`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_embargo_until_idx\` ON \`_releases_v\` (\`version_embargo_until\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_corrections\`;`)
  await db.run(sql`DROP TABLE \`articles_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`events_corrections\`;`)
  await db.run(sql`DROP TABLE \`events_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`delegations_corrections\`;`)
  await db.run(sql`DROP TABLE \`delegations_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_delegations_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_delegations_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`agreements_corrections\`;`)
  await db.run(sql`DROP TABLE \`agreements_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_corrections_locales\`;`)
  await db.run(sql`DROP INDEX \`articles_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_retracted_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`retracted_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_retracted_version_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_retracted_at\`;`)
  await db.run(sql`DROP INDEX \`events_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`events_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`events_retracted_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`retracted_at\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_retracted_version_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_retracted_at\`;`)
  await db.run(sql`DROP INDEX \`delegations_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`delegations_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`delegations_retracted_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`delegations\` DROP COLUMN \`embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`delegations\` DROP COLUMN \`embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`delegations\` DROP COLUMN \`last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`delegations\` DROP COLUMN \`correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`delegations\` DROP COLUMN \`retracted_at\`;`)
  await db.run(sql`DROP INDEX \`_delegations_v_version_version_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_delegations_v_version_version_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_delegations_v_version_retracted_version_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` DROP COLUMN \`version_embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` DROP COLUMN \`version_embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` DROP COLUMN \`version_last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` DROP COLUMN \`version_correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` DROP COLUMN \`version_retracted_at\`;`)
  await db.run(sql`DROP INDEX \`agreements_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`agreements_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`agreements_retracted_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`agreements\` DROP COLUMN \`embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`agreements\` DROP COLUMN \`embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`agreements\` DROP COLUMN \`last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`agreements\` DROP COLUMN \`correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`agreements\` DROP COLUMN \`retracted_at\`;`)
  await db.run(sql`DROP INDEX \`_agreements_v_version_version_embargo_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_agreements_v_version_version_last_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_agreements_v_version_retracted_version_retracted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` DROP COLUMN \`version_embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` DROP COLUMN \`version_embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` DROP COLUMN \`version_last_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` DROP COLUMN \`version_correction_kind\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` DROP COLUMN \`version_retracted_at\`;`)
  await db.run(sql`DROP INDEX \`releases_embargo_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`embargountil_tz\`;`)
  await db.run(sql`DROP INDEX \`_releases_v_version_version_embargo_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`_releases_v\` DROP COLUMN \`version_embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`_releases_v\` DROP COLUMN \`version_embargountil_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`correction_note\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_correction_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`correction_note\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_correction_note\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`delegations_locales\` DROP COLUMN \`correction_note\`;`)
  await db.run(sql`ALTER TABLE \`delegations_locales\` DROP COLUMN \`retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v_locales\` DROP COLUMN \`version_correction_note\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v_locales\` DROP COLUMN \`version_retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`agreements_locales\` DROP COLUMN \`correction_note\`;`)
  await db.run(sql`ALTER TABLE \`agreements_locales\` DROP COLUMN \`retracted_notice\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v_locales\` DROP COLUMN \`version_correction_note\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v_locales\` DROP COLUMN \`version_retracted_notice\`;`)
}
