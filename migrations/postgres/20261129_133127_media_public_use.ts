import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "people_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  ALTER TABLE "articles_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "events_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_events_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "media" ADD COLUMN "public_use" boolean DEFAULT false;
  ALTER TABLE "people_rels" ADD CONSTRAINT "people_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_rels" ADD CONSTRAINT "people_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "people_rels_order_idx" ON "people_rels" USING btree ("order");
  CREATE INDEX "people_rels_parent_idx" ON "people_rels" USING btree ("parent_id");
  CREATE INDEX "people_rels_path_idx" ON "people_rels" USING btree ("path");
  CREATE INDEX "people_rels_media_id_idx" ON "people_rels" USING btree ("media_id");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "events_rels_media_id_idx" ON "events_rels" USING btree ("media_id");
  CREATE INDEX "_events_v_rels_media_id_idx" ON "_events_v_rels" USING btree ("media_id");
  CREATE INDEX "media_public_use_idx" ON "media" USING btree ("public_use");`)

  await backfillMediaUse(db)
}

/**
 * Data (hand-written, exported for tests/int/media-public-use.int.spec.ts): what each
 * document's row uses (its published version, where there are drafts), as
 * src/media/public-use.ts computes it on save: upload fields and upload nodes of rich text in
 * every language; then which media a document the public may read uses (published articles
 * and events, every person). Plain SQL, so that it runs whatever later migrations change.
 */
export async function backfillMediaUse(db: MigrateUpArgs['db']): Promise<void> {
  const usedBy = (table: string, refs: string) =>
    sql.raw(`INSERT INTO "${table}_rels" ("order", "parent_id", "path", "media_id")
      SELECT ROW_NUMBER() OVER (PARTITION BY parent ORDER BY media), parent, 'mediaUsed', media
      FROM (SELECT DISTINCT parent, media FROM (${refs}) refs WHERE media IN (SELECT id FROM media)) used`)
  const uploadNodes = (table: string, column: string) => `
    SELECT l._parent_id AS parent,
      (CASE jsonb_typeof(n.node -> 'value') WHEN 'object' THEN n.node -> 'value' ->> 'id' ELSE n.node ->> 'value' END)::integer AS media
    FROM "${table}_locales" l,
      jsonb_path_query(l."${column}", 'strict $.** ? (@.type == "upload" && @.relationTo == "media")') AS n(node)
    WHERE l."${column}" IS NOT NULL`
  await db.execute(usedBy('articles', `SELECT id AS parent, hero_image_id AS media FROM articles WHERE hero_image_id IS NOT NULL UNION ${uploadNodes('articles', 'body')}`))
  await db.execute(usedBy('events', uploadNodes('events', 'description')))
  await db.execute(usedBy('people', `SELECT id AS parent, photo_id AS media FROM people WHERE photo_id IS NOT NULL`))
  await db.execute(sql`UPDATE "media" SET "public_use" = (
    EXISTS (SELECT 1 FROM articles_rels r JOIN articles a ON a.id = r.parent_id WHERE r.path = 'mediaUsed' AND r.media_id = media.id AND a._status = 'published')
    OR EXISTS (SELECT 1 FROM events_rels r JOIN events e ON e.id = r.parent_id WHERE r.path = 'mediaUsed' AND r.media_id = media.id AND e._status = 'published')
    OR EXISTS (SELECT 1 FROM people_rels r WHERE r.path = 'mediaUsed' AND r.media_id = media.id)
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "people_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "people_rels" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_media_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_media_fk";
  
  ALTER TABLE "events_rels" DROP CONSTRAINT "events_rels_media_fk";
  
  ALTER TABLE "_events_v_rels" DROP CONSTRAINT "_events_v_rels_media_fk";
  
  DROP INDEX "articles_rels_media_id_idx";
  DROP INDEX "_articles_v_rels_media_id_idx";
  DROP INDEX "events_rels_media_id_idx";
  DROP INDEX "_events_v_rels_media_id_idx";
  DROP INDEX "media_public_use_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "media_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "events_rels" DROP COLUMN "media_id";
  ALTER TABLE "_events_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "media" DROP COLUMN "public_use";`)
}
