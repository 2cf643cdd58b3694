import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "workflow_notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer,
  	"action" jsonb NOT NULL,
  	"title" jsonb NOT NULL,
  	"transition" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"actor_id" integer,
  	"comment" varchar,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "workflow_notifications" ADD CONSTRAINT "workflow_notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_notifications" ADD CONSTRAINT "workflow_notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "workflow_notifications_recipient_idx" ON "workflow_notifications" USING btree ("recipient_id");
  CREATE INDEX "workflow_notifications_actor_idx" ON "workflow_notifications" USING btree ("actor_id");
  CREATE INDEX "workflow_notifications_read_at_idx" ON "workflow_notifications" USING btree ("read_at");
  CREATE INDEX "workflow_notifications_updated_at_idx" ON "workflow_notifications" USING btree ("updated_at");
  CREATE INDEX "workflow_notifications_created_at_idx" ON "workflow_notifications" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "workflow_notifications" CASCADE;`)
}
