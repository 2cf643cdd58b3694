import type {
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  SelectType,
} from 'payload'

import { appendPublicChange, type ChangeKind, type PublicChangeEntry } from './changes-collection'
import { filledIn } from './parity'
import { isRelease } from './releases'
import { asSlug, type ResolvedOptions, type TransitionDefinition } from './types'

/**
 * What writes the feed of public changes: every transition that changes what
 * readers see (publishing, unpublishing, retracting) and every deletion of a
 * document they could see, in the same transaction. Releases are never
 * public: their items' transitions write the entries.
 */

type Row = Record<string, any>
type Target = { collection: string; id: number | string }

/** The key of the feed's advisory lock on PostgreSQL ("ewpc": editorial workflow, public changes). */
export const FEED_LOCK_KEY = 0x65777063

type SessionDatabase = {
  name: string
  sessions?: Record<string, { db: { execute: (statement: string) => Promise<unknown> } }>
}

/**
 * On PostgreSQL an entry's id is taken when it is inserted but seen when its
 * transaction commits, so a reader could see id 11 before a slower
 * transaction commits id 10, and skip 10 forever. Every transaction that
 * writes an entry takes this transaction-scoped lock before it writes
 * anything, so the next one waits until it commits: ids are seen in the
 * order they were taken. Taken first, not just before the insert, so that
 * all these writers take their locks in the same order (this lock, then the
 * rows they write) and never deadlock. SQLite runs one write transaction at
 * a time anyway; MongoDB has no such lock here (see the README).
 */
const takeFeedLock = async (req: PayloadRequest): Promise<void> => {
  const db = req.payload.db as unknown as SessionDatabase
  if (db.name !== 'postgres' || !req.transactionID) return
  const session = db.sessions?.[String(await req.transactionID)]
  await session?.db.execute(`select pg_advisory_xact_lock(${FEED_LOCK_KEY})`)
}

/** The fields of a collection an entry is made from: its state, slug, retraction and parity fields. */
const selectFor = (req: PayloadRequest, options: ResolvedOptions, collection: string) => {
  const names = new Set([
    '_status',
    'retracted',
    'slug',
    ...(options.parityFields[collection] ?? []),
  ])
  const fields = req.payload.collections[asSlug(collection)]?.config.flattenedFields ?? []
  return Object.fromEntries(
    fields.filter((field) => names.has(field.name)).map((field) => [field.name, true]),
  ) as SelectType
}

/** The live row, what readers see of the document, every locale's values at once. */
const liveRow = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { collection, id }: Target,
): Promise<null | Row> =>
  (await req.payload.db.findOne({
    collection: asSlug(collection),
    locale: 'all',
    req,
    select: selectFor(req, options, collection),
    where: { id: { equals: id } },
  })) as null | Row

const text = (value: unknown): null | string =>
  typeof value === 'string' && value.trim() !== '' ? value : null

/** The row's `slug` in each locale (the same in each when it is not localized); null without such a field. */
const slugsOf = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  row: null | Row,
): PublicChangeEntry['slugs'] => {
  const field = req.payload.collections[asSlug(collection)]?.config.flattenedFields.find(
    (candidate) => candidate.name === 'slug',
  )
  if (!field) return null
  const localized = 'localized' in field && Boolean(field.localized)
  return Object.fromEntries(
    options.locales.map((locale) => [locale, text(localized ? row?.slug?.[locale] : row?.slug)]),
  )
}

/** The locales in which the row's parity fields are filled in: where readers see it. */
const localesOf = (options: ResolvedOptions, collection: string, row: null | Row): string[] =>
  row
    ? options.locales.filter((locale) =>
        filledIn(row, options.parityFields[collection] ?? [], locale),
      )
    : []

const entryFor = (
  req: PayloadRequest,
  options: ResolvedOptions,
  target: Target,
  row: null | Row,
  kind: ChangeKind,
): PublicChangeEntry => ({
  at: new Date().toISOString(),
  collection: target.collection,
  document: String(target.id),
  kind,
  locales: localesOf(options, target.collection, row),
  slugs: slugsOf(req, options, target.collection, row),
  version: null,
})

const REMOVALS: Partial<Record<string, ChangeKind>> = {
  retract: 'retracted',
  unpublish: 'unpublished',
}

/**
 * Called by a transition before it writes anything: when it changes what
 * readers see, takes the feed's lock and reads the live row as readers see
 * it now; `record`, called once it has written the document, appends the
 * entry. A publication is `published` when readers could not see the
 * document before (never published, unpublished or retracted), else
 * `corrected` when it carries a correction note, else `updated`; its
 * locales are the one it published, or those now filled in. A removal
 * names the locales and slugs readers knew it by.
 */
export const watchPublicChange = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  target: Target,
  transition: TransitionDefinition,
) => {
  const effect = transition.effect ?? 'none'
  if (isRelease(options, target.collection)) return undefined
  if (effect !== 'publish' && !REMOVALS[effect]) return undefined
  await takeFeedLock(req)
  const before = await liveRow(req, options, target)
  return {
    record: async ({
      at,
      corrected,
      locale,
      version,
    }: {
      at: string
      corrected: boolean
      /** The one locale published, if only one was. */
      locale?: null | string
      version: null | string
    }) => {
      if (effect !== 'publish') {
        const kind = REMOVALS[effect]!
        return appendPublicChange(req, { ...entryFor(req, options, target, before, kind), at })
      }
      const after = await liveRow(req, options, target)
      const kind =
        before?._status !== 'published' ? 'published' : corrected ? 'corrected' : 'updated'
      const entry = entryFor(req, options, target, after, kind)
      return appendPublicChange(req, {
        ...entry,
        at,
        locales: locale ? [locale] : entry.locales,
        version,
      })
    },
  }
}

/** Readers see a published document, and a retracted one's tombstone. */
const isVisible = (row: null | Row): row is Row =>
  row?._status === 'published' || Boolean(row?.retracted?.at)

const DELETING = 'editorialWorkflow.deletingPublicly'

/** The live rows of the documents being deleted that readers could see, by `collection:id`. */
const deletions = (req: PayloadRequest): Map<string, Row> => {
  req.context ??= {}
  return ((req.context[DELETING] as Map<string, Row> | undefined) ??= new Map())
}

/**
 * Before a document of a workflow collection is deleted: takes the feed's
 * lock (a deletion may write an entry, and takes it first as transitions
 * do), then keeps the live row if readers could see it.
 */
export const watchDeletion =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    await takeFeedLock(req)
    const target = { collection: collection.slug, id }
    const before = await liveRow(req, options, target)
    if (isVisible(before)) deletions(req).set(`${target.collection}:${id}`, before)
  }

/** Once it is deleted: `deleted`, with the locales and slugs readers knew it by. */
export const recordDeletion =
  (options: ResolvedOptions): CollectionAfterDeleteHook =>
  async ({ collection, id, req }) => {
    const key = `${collection.slug}:${id}`
    const before = deletions(req).get(key)
    if (!before) return
    deletions(req).delete(key)
    await appendPublicChange(
      req,
      entryFor(req, options, { collection: collection.slug, id }, before, 'deleted'),
    )
  }
