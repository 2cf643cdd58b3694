import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer,
  	\`action\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`transition\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`actor_id\` integer,
  	\`comment\` text,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_notifications_recipient_idx\` ON \`workflow_notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_notifications_actor_idx\` ON \`workflow_notifications\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_notifications_read_at_idx\` ON \`workflow_notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_notifications_updated_at_idx\` ON \`workflow_notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_notifications_created_at_idx\` ON \`workflow_notifications\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_notifications\`;`)
}
