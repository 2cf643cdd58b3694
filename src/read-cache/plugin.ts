import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  PayloadRequest,
  Plugin,
  SanitizedCollectionConfig,
  TypeWithID,
} from 'payload'

import { linkedDocuments } from './dependencies'
import { shareDocumentsHook } from './document-cache'
import { type LoggedChange, logPublicChange } from './generation'
import { KEY_FIELDS } from './key-fields'
import { trackReadsHook } from './track-reads'

/**
 * Where a request notes the draft saves under way, per `collection:id`
 * (`collection:*` for a bulk update): on `req.context`, which Payload shares
 * with the copies of `req` some operations hand to their hooks.
 */
const DRAFT_SAVES = 'jusur.draftSaves'

const draftSaves = (req: PayloadRequest): Set<string> => {
  req.context ??= {}
  req.context[DRAFT_SAVES] ??= new Set<string>()
  return req.context[DRAFT_SAVES] as Set<string>
}

/**
 * Notes whether an update (or version restore) is a draft save, as Payload
 * decides it: with drafts on, `draft: true` and not publishing. A draft save
 * writes a version only, never the row readers are served.
 */
const noteDraftSave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const { data, draft, id, publishAllLocales, unpublishAllLocales } = args as {
    data?: { _status?: unknown }
    draft?: boolean
    id?: number | string
    publishAllLocales?: boolean
    unpublishAllLocales?: boolean | string
  }
  const saves = draftSaves(req)
  // A bulk update's mark lasts until the next operation on the collection.
  saves.delete(`${collection.slug}:*`)
  const key = `${collection.slug}:${id ?? '*'}`
  const draftSave =
    hasDrafts(collection) &&
    Boolean(draft) &&
    data?._status !== 'published' &&
    !publishAllLocales &&
    !unpublishAllLocales
  if (draftSave) saves.add(key)
  else saves.delete(key)
  return args
}

const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/** Where a request keeps, per `collection:id`, what a public update's document linked to and was found by before it. */
const STORED_BEFORE = 'jusur.storedBefore'

type Linked = ReturnType<typeof linkedDocuments>

/** What readers' answers hold of a stored document: the documents it links to, the key values it is found by. */
type Stored = { keys: string[]; links: Linked }

const storedBefore = (req: PayloadRequest): Map<string, Stored> => {
  req.context ??= {}
  req.context[STORED_BEFORE] ??= new Map<string, Stored>()
  return req.context[STORED_BEFORE] as Map<string, Stored>
}

/** The strings a stored value holds: one, a list, or one or a list per locale. */
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return value ? [value] : []
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/**
 * What the stored row of a document (what readers are served: a draft save
 * never writes it) links to, and the values of its key fields in every
 * locale (./key-fields.ts), read inside the request's transaction. Read from
 * the database rather than taken from the hooks' documents, which other
 * hooks may have trimmed.
 */
const stored = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
): Promise<Stored> => {
  const where = { id: { equals: id } }
  // Its own fields only: its joins are other documents' links. (`false` holds for every
  // collection; Payload's types accept it only for one named, as in src/backup/export.ts.)
  const row = await req.payload.db.findOne({
    collection: collection.slug,
    joins: false as never,
    req,
    where,
  })
  const keyFields = KEY_FIELDS.filter((name) =>
    collection.fields.some((field) => 'name' in field && field.name === name),
  )
  const keys =
    keyFields.length === 0
      ? []
      : await req.payload.db
          .findOne<Record<string, unknown> & TypeWithID>({
            collection: collection.slug,
            joins: false as never,
            locale: 'all',
            req,
            select: Object.fromEntries(keyFields.map((name) => [name, true])),
            where,
          })
          .then((all) => [...new Set(keyFields.flatMap((name) => stringsIn(all?.[name])))])
  return { keys, links: linkedDocuments(collection.fields, row) }
}

/**
 * Before a write readers will see, what the document they were served links
 * to (the joins of those documents change with it) and the slugs it was found
 * by (reads by those change too).
 */
const noteLinkedBefore: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  const saves = draftSaves(req)
  if (saves.has(`${collection.slug}:${id}`) || saves.has(`${collection.slug}:*`)) return data
  storedBefore(req).set(`${collection.slug}:${id}`, await stored(req, collection, id))
  return data
}

/**
 * What can change a public answer is logged (./generation.ts): a write to the
 * row readers are served (a publication, an unpublication or retraction, a
 * published import, any change to a collection without drafts), as a change
 * of that document and of every document it links to, before and after (their
 * joins list it: ./track-reads.ts), and of every slug it had or has (reads by
 * slug: ./key-fields.ts), and a deletion, as a change of anything
 * (the document's id vanishes from the relations of documents that named it,
 * which no answer records). A draft save, an autosave, a workflow step that
 * keeps the content in draft, or a new draft document cannot (readers never
 * see drafts), so a newsroom at work does not empty the cache. Listed last
 * among the plugins, so that the log comes after everything else the change
 * writes (search rows, workflow bookkeeping, media flags).
 */
const logChange =
  (logged: ReadonlySet<string>): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    const saves = draftSaves(req)
    const id = doc.id as number | string
    const key = `${collection.slug}:${id}`
    // The mark is taken as it is read: a save nested in this one's hooks cannot pass for it.
    const unseen =
      operation === 'create'
        ? hasDrafts(collection) && doc?._status !== 'published'
        : saves.delete(key) || saves.has(`${collection.slug}:*`)
    const before = storedBefore(req).get(key) ?? { keys: [], links: [] }
    storedBefore(req).delete(key)
    if (unseen) return doc
    const after = await stored(req, collection, id)
    const changed = new Map<string, LoggedChange>()
    for (const one of [{ collection: collection.slug, id }, ...before.links, ...after.links])
      if (logged.has(one.collection)) changed.set(`${one.collection}:${one.id}`, one)
    for (const value of [...before.keys, ...after.keys])
      changed.set(`${collection.slug}#${value}`, { collection: collection.slug, key: value })
    for (const one of changed.values()) await logPublicChange(req, one)
    return doc
  }

const afterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await logPublicChange(req, 'anything')
}

/**
 * The read cache's part of the Payload config: the change log above, and
 * the shared documents (./document-cache.ts) of the collections whose
 * documents public answers can show, and only of those, since only their
 * changes are logged; every collection notes what a cached read of it
 * depends on (./track-reads.ts).
 */
export const readCachePlugin =
  (publicSlugs: readonly string[]): Plugin =>
  (config: Config): Config => {
    const logged = new Set(publicSlugs)
    const shareDocuments = shareDocumentsHook(logged)
    const trackReads = trackReadsHook(logged)
    const withReadCache = (collection: CollectionConfig): CollectionConfig => {
      const logsChanges = logged.has(collection.slug)
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [
            ...(collection.hooks?.afterChange ?? []),
            ...(logsChanges ? [logChange(logged)] : []),
          ],
          afterDelete: [
            ...(collection.hooks?.afterDelete ?? []),
            ...(logsChanges ? [afterDelete] : []),
          ],
          beforeChange: [
            ...(collection.hooks?.beforeChange ?? []),
            ...(logsChanges ? [noteLinkedBefore] : []),
          ],
          beforeOperation: [
            ...(collection.hooks?.beforeOperation ?? []),
            ...(logsChanges ? [noteDraftSave] : []),
            trackReads,
            shareDocuments,
          ],
        },
      }
    }
    return { ...config, collections: config.collections?.map(withReadCache) }
  }
