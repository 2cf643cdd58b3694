import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Lifts a column's NOT NULL where it stands, without copying the table: SQLite's documented procedure for
 * constraint changes that leave the stored rows as they are (https://sqlite.org/lang_altertable.html, section 7).
 */
const dropNotNull = async (db: MigrateUpArgs['db'], table: string, column: string): Promise<void> => {
  const [row] = (await db.all(sql`PRAGMA schema_version`)) as (Record<string, number> | number[])[]
  const version = Number(Object.values(row!)[0])
  await db.run(sql`PRAGMA writable_schema=ON`)
  await db.run(
    sql`UPDATE sqlite_schema SET sql = replace(sql, ${`\`${column}\` text NOT NULL`}, ${`\`${column}\` text`}) WHERE type = 'table' AND name = ${table}`,
  )
  await db.run(sql.raw(`PRAGMA schema_version=${version + 1}`))
  await db.run(sql`PRAGMA writable_schema=OFF`)
  const [definition] = (await db.all(sql`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ${table}`)) as (Record<string, string> | string[])[]
  if (String(Object.values(definition!)[0]).includes(`\`${column}\` text NOT NULL`)) throw new Error(`${table}.${column} is still NOT NULL`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_people_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_aliases_order_idx\` ON \`_people_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_aliases_parent_id_idx\` ON \`_people_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_positions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_positions_order_idx\` ON \`_people_v_version_positions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_positions_parent_id_idx\` ON \`_people_v_version_positions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_positions_organization_idx\` ON \`_people_v_version_positions\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_positions_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v_version_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_people_v_version_positions_locales_locale_parent_id_unique\` ON \`_people_v_version_positions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_positions_locales_parent_idx\` ON \`_people_v_version_positions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_sequence\` numeric DEFAULT 0,
  	\`version_workflow_assignee_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_translations\` text,
  	\`version_country_id\` integer,
  	\`version_photo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_workflow_state_idx\` ON \`_people_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_workflow_version_workflow_assignee_idx\` ON \`_people_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_people_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_workflow_version_workflow_last_edited__idx\` ON \`_people_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_workflow_version_workflow_approved_by_idx\` ON \`_people_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_country_idx\` ON \`_people_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_photo_idx\` ON \`_people_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_locales\` (
  	\`version_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_people_v_locales_locale_parent_id_unique\` ON \`_people_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_locales_parent_idx\` ON \`_people_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_texts_order_parent\` ON \`_people_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_rels_order_idx\` ON \`_people_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_parent_idx\` ON \`_people_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_path_idx\` ON \`_people_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_media_id_idx\` ON \`_people_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_aliases_order_idx\` ON \`_organizations_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_aliases_parent_id_idx\` ON \`_organizations_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_sequence\` numeric DEFAULT 0,
  	\`version_workflow_assignee_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_translations\` text,
  	\`version_kind\` text,
  	\`version_country_id\` integer,
  	\`version_parent_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_workflow_state_idx\` ON \`_organizations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_workflow_version_workflow_assig_idx\` ON \`_organizations_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_workflow_version_workflow_submi_idx\` ON \`_organizations_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_workflow_version_workflow_last__idx\` ON \`_organizations_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_workflow_version_workflow_appro_idx\` ON \`_organizations_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_country_idx\` ON \`_organizations_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_parent_idx\` ON \`_organizations_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_locales\` (
  	\`version_name\` text,
  	\`version_acronym\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_organizations_v_locales_locale_parent_id_unique\` ON \`_organizations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_locales_parent_idx\` ON \`_organizations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_texts_order_parent\` ON \`_organizations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_countries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_sequence\` numeric DEFAULT 0,
  	\`version_workflow_assignee_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_translations\` text,
  	\`version_code\` text,
  	\`version_alpha3\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_countries_v_parent_idx\` ON \`_countries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_workflow_state_idx\` ON \`_countries_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_workflow_version_workflow_assignee_idx\` ON \`_countries_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_workflow_version_workflow_submitted_idx\` ON \`_countries_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_workflow_version_workflow_last_edit_idx\` ON \`_countries_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_workflow_version_workflow_approved__idx\` ON \`_countries_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_code_idx\` ON \`_countries_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_updated_at_idx\` ON \`_countries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_created_at_idx\` ON \`_countries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version__status_idx\` ON \`_countries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_created_at_idx\` ON \`_countries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_updated_at_idx\` ON \`_countries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_snapshot_idx\` ON \`_countries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_published_locale_idx\` ON \`_countries_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_latest_idx\` ON \`_countries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_countries_v_locales\` (
  	\`version_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_countries_v_locales_locale_parent_id_unique\` ON \`_countries_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_locales_parent_idx\` ON \`_countries_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_sequence\` numeric DEFAULT 0,
  	\`version_workflow_assignee_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_translations\` text,
  	\`version_key\` text,
  	\`version_parent_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_workflow_state_idx\` ON \`_topics_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_workflow_version_workflow_assignee_idx\` ON \`_topics_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_topics_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_workflow_version_workflow_last_edited__idx\` ON \`_topics_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_workflow_version_workflow_approved_by_idx\` ON \`_topics_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_key_idx\` ON \`_topics_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_parent_idx\` ON \`_topics_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_snapshot_idx\` ON \`_topics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_published_locale_idx\` ON \`_topics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_topics_v_locales_locale_parent_id_unique\` ON \`_topics_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_locales_parent_idx\` ON \`_topics_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_people_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people_aliases\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`people_aliases\`;`)
  await db.run(sql`DROP TABLE \`people_aliases\`;`)
  await db.run(sql`ALTER TABLE \`__new_people_aliases\` RENAME TO \`people_aliases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`people_aliases_order_idx\` ON \`people_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_aliases_parent_id_idx\` ON \`people_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_people_positions_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people_positions_locales\`("title", "id", "_locale", "_parent_id") SELECT "title", "id", "_locale", "_parent_id" FROM \`people_positions_locales\`;`)
  await db.run(sql`DROP TABLE \`people_positions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_people_positions_locales\` RENAME TO \`people_positions_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_positions_locales_locale_parent_id_unique\` ON \`people_positions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_positions_locales_parent_idx\` ON \`people_positions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_people_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_people_locales\` RENAME TO \`people_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_idx\` ON \`people_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organizations_aliases\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`organizations_aliases\`;`)
  await db.run(sql`DROP TABLE \`organizations_aliases\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations_aliases\` RENAME TO \`organizations_aliases\`;`)
  await db.run(sql`CREATE INDEX \`organizations_aliases_order_idx\` ON \`organizations_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_aliases_parent_id_idx\` ON \`organizations_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations_locales\` (
  	\`name\` text,
  	\`acronym\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organizations_locales\`("name", "acronym", "id", "_locale", "_parent_id") SELECT "name", "acronym", "id", "_locale", "_parent_id" FROM \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations_locales\` RENAME TO \`organizations_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  // Hand-written in place of drizzle-kit's copy of the table: inside the migration's transaction SQLite keeps
  // foreign keys on, so dropping the old table would delete its translations and unlink every document that
  // refers to it. The NOT NULL that drafts lift goes from the schema alone; the new columns are added as for people.
  await dropNotNull(db, 'countries', 'code')
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_translations\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`countries_workflow_state_idx\` ON \`countries\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`countries_workflow_workflow_assignee_idx\` ON \`countries\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_workflow_workflow_submitted_by_idx\` ON \`countries\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_workflow_workflow_last_edited_by_idx\` ON \`countries\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_workflow_workflow_approved_by_idx\` ON \`countries\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`countries__status_idx\` ON \`countries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_countries_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`countries_locales\`;`)
  await db.run(sql`DROP TABLE \`countries_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries_locales\` RENAME TO \`countries_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_locales_locale_parent_id_unique\` ON \`countries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_locales_parent_idx\` ON \`countries_locales\` (\`_parent_id\`);`)
  // Hand-written in place of drizzle-kit's copy of the table: inside the migration's transaction SQLite keeps
  // foreign keys on, so dropping the old table would delete its translations and unlink every document that
  // refers to it. The NOT NULL that drafts lift goes from the schema alone; the new columns are added as for people.
  await dropNotNull(db, 'topics', 'key')
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_translations\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`topics_workflow_state_idx\` ON \`topics\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`topics_workflow_workflow_assignee_idx\` ON \`topics\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_workflow_workflow_submitted_by_idx\` ON \`topics\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_workflow_workflow_last_edited_by_idx\` ON \`topics\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_workflow_workflow_approved_by_idx\` ON \`topics\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics_locales\`("name", "description", "id", "_locale", "_parent_id") SELECT "name", "description", "id", "_locale", "_parent_id" FROM \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics_locales\` RENAME TO \`topics_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_translations\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`people_workflow_state_idx\` ON \`people\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`people_workflow_workflow_assignee_idx\` ON \`people\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`people_workflow_workflow_submitted_by_idx\` ON \`people\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`people_workflow_workflow_last_edited_by_idx\` ON \`people\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`people_workflow_workflow_approved_by_idx\` ON \`people\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_translations\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_state_idx\` ON \`organizations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_workflow_assignee_idx\` ON \`organizations\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_workflow_submitted_by_idx\` ON \`organizations\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_workflow_last_edited_by_idx\` ON \`organizations\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_workflow_approved_by_idx\` ON \`organizations\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  // Hand-written: reference data published before it had drafts stays published, in the workflow's published state.
  await db.run(sql`UPDATE \`people\` SET \`_status\` = 'published', \`workflow_state\` = 'published';`)
  await db.run(sql`UPDATE \`organizations\` SET \`_status\` = 'published', \`workflow_state\` = 'published';`)
  await db.run(sql`UPDATE \`countries\` SET \`_status\` = 'published', \`workflow_state\` = 'published';`)
  await db.run(sql`UPDATE \`topics\` SET \`_status\` = 'published', \`workflow_state\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_people_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_positions\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_positions_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_people_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_countries_v\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`country_id\` integer,
  	\`photo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people\`("id", "country_id", "photo_id", "updated_at", "created_at") SELECT "id", "country_id", "photo_id", "updated_at", "created_at" FROM \`people\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`ALTER TABLE \`__new_people\` RENAME TO \`people\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`people_country_idx\` ON \`people\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`people_photo_idx\` ON \`people\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`country_id\` integer,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organizations\`("id", "kind", "country_id", "parent_id", "updated_at", "created_at") SELECT "id", "kind", "country_id", "parent_id", "updated_at", "created_at" FROM \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations\` RENAME TO \`organizations\`;`)
  await db.run(sql`CREATE INDEX \`organizations_country_idx\` ON \`organizations\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_parent_idx\` ON \`organizations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_countries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`alpha3\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries\`("id", "code", "alpha3", "updated_at", "created_at") SELECT "id", "code", "alpha3", "updated_at", "created_at" FROM \`countries\`;`)
  await db.run(sql`DROP TABLE \`countries\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries\` RENAME TO \`countries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_code_idx\` ON \`countries\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`countries_updated_at_idx\` ON \`countries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`countries_created_at_idx\` ON \`countries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics\`("id", "key", "parent_id", "updated_at", "created_at") SELECT "id", "key", "parent_id", "updated_at", "created_at" FROM \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_key_idx\` ON \`topics\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_people_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people_aliases\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`people_aliases\`;`)
  await db.run(sql`DROP TABLE \`people_aliases\`;`)
  await db.run(sql`ALTER TABLE \`__new_people_aliases\` RENAME TO \`people_aliases\`;`)
  await db.run(sql`CREATE INDEX \`people_aliases_order_idx\` ON \`people_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_aliases_parent_id_idx\` ON \`people_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_people_positions_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people_positions_locales\`("title", "id", "_locale", "_parent_id") SELECT "title", "id", "_locale", "_parent_id" FROM \`people_positions_locales\`;`)
  await db.run(sql`DROP TABLE \`people_positions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_people_positions_locales\` RENAME TO \`people_positions_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_positions_locales_locale_parent_id_unique\` ON \`people_positions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_positions_locales_parent_idx\` ON \`people_positions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_people_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_people_locales\` RENAME TO \`people_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_idx\` ON \`people_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organizations_aliases\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`organizations_aliases\`;`)
  await db.run(sql`DROP TABLE \`organizations_aliases\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations_aliases\` RENAME TO \`organizations_aliases\`;`)
  await db.run(sql`CREATE INDEX \`organizations_aliases_order_idx\` ON \`organizations_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_aliases_parent_id_idx\` ON \`organizations_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations_locales\` (
  	\`name\` text NOT NULL,
  	\`acronym\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organizations_locales\`("name", "acronym", "id", "_locale", "_parent_id") SELECT "name", "acronym", "id", "_locale", "_parent_id" FROM \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations_locales\` RENAME TO \`organizations_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_countries_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`countries_locales\`;`)
  await db.run(sql`DROP TABLE \`countries_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries_locales\` RENAME TO \`countries_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_locales_locale_parent_id_unique\` ON \`countries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_locales_parent_idx\` ON \`countries_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics_locales\`("name", "description", "id", "_locale", "_parent_id") SELECT "name", "description", "id", "_locale", "_parent_id" FROM \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics_locales\` RENAME TO \`topics_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
}
