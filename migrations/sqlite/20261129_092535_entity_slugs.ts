import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_texts_order_parent\` ON \`events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_texts_text_idx\` ON \`events_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_texts_order_parent\` ON \`_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`delegations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`delegations_texts_order_parent\` ON \`delegations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_texts_text_idx\` ON \`delegations_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_delegations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_delegations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_delegations_v_texts_order_parent\` ON \`_delegations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_texts_order_parent\` ON \`agreements_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_texts_text_idx\` ON \`agreements_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_texts_order_parent\` ON \`_agreements_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`slug\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_slug\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`delegations_locales\` ADD \`slug\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`delegations_slug_idx\` ON \`delegations_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_delegations_v_locales\` ADD \`version_slug\` text;`)
  await db.run(sql`CREATE INDEX \`_delegations_v_version_version_slug_idx\` ON \`_delegations_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`agreements_locales\` ADD \`slug\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`agreements_slug_idx\` ON \`agreements_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_agreements_v_locales\` ADD \`version_slug\` text;`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_slug_idx\` ON \`_agreements_v_locales\` (\`version_slug\`,\`_locale\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_texts\`;`)
  await db.run(sql`DROP TABLE \`_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`delegations_texts\`;`)
  await db.run(sql`DROP TABLE \`_delegations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`agreements_texts\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_texts\`;`)
  await db.run(sql`DROP INDEX \`events_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`slug\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`DROP INDEX \`delegations_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`delegations_locales\` DROP COLUMN \`slug\`;`)
  await db.run(sql`DROP INDEX \`_delegations_v_version_version_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v_locales\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`DROP INDEX \`agreements_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`agreements_locales\` DROP COLUMN \`slug\`;`)
  await db.run(sql`DROP INDEX \`_agreements_v_version_version_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v_locales\` DROP COLUMN \`version_slug\`;`)
}
