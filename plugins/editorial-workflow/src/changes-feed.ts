import type { Endpoint, PayloadRequest } from 'payload'

import { asFeed, PUBLIC_CHANGES_SLUG, type PublicChangeEntry } from './changes-collection'
import { WorkflowError } from './errors'
import { asSlug, type ResolvedOptions } from './types'

/** Entries per answer when the caller names no limit, and the most it may ask for (error:feedLimit says 500). */
export const FEED_LIMIT = { default: 100, max: 500 }

/** One change as the feed serves it. */
export type PublicChange = Omit<PublicChangeEntry, 'document'> & { id: string }

export type PublicChangesPage = { changes: PublicChange[]; next: string }

export type FeedQuery = { limit?: unknown; locale?: unknown; since?: unknown }

type Position = null | number | string

/** A stored entry as the feed serves it (and as the app's webhooks send it). */
export const publicChangeOf = (entry: PublicChangeEntry): PublicChange => ({
  at: entry.at,
  collection: entry.collection,
  id: entry.document,
  kind: entry.kind,
  locales: entry.locales ?? [],
  slugs: entry.slugs ?? null,
  version: entry.version ?? null,
})

/** A cursor's text: a version tag, then the id of the last entry read (nothing: the beginning). */
const CURSOR_TAG = 'c1:'

/** The opaque cursor after the entry `id` (null: before the first). */
export const cursorAfter = (id: Position): string =>
  Buffer.from(`${CURSOR_TAG}${id ?? ''}`).toString('base64url')

/** Where a cursor points: after which entry id (null: the beginning); 400 `feedCursor` for anything but a cursor of ours. */
const positionOf = (req: PayloadRequest, cursor: unknown): Position => {
  if (cursor === undefined || cursor === null || cursor === '') return null
  const refuse = () => new WorkflowError(req, 400, 'feedCursor')
  if (typeof cursor !== 'string' || !/^[\w-]{1,64}$/.test(cursor)) throw refuse()
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!decoded.startsWith(CURSOR_TAG)) throw refuse()
  const id = decoded.slice(CURSOR_TAG.length)
  if (id === '') return null
  // Serial ids on SQL databases; ObjectIds on MongoDB.
  if (req.payload.db.defaultIDType === 'number') {
    if (!/^[1-9]\d{0,14}$/.test(id)) throw refuse()
    return Number(id)
  }
  if (!/^[\da-f]{24}$/.test(id)) throw refuse()
  return id
}

const limitOf = (req: PayloadRequest, limit: unknown): number => {
  if (limit === undefined || limit === null || limit === '') return FEED_LIMIT.default
  const value =
    typeof limit === 'number' ? limit : /^\d{1,4}$/.test(String(limit)) ? Number(limit) : NaN
  if (!Number.isInteger(value) || value < 1 || value > FEED_LIMIT.max)
    throw new WorkflowError(req, 400, 'feedLimit')
  return value
}

/** The one locale whose readers' changes the caller wants; undefined for all of them. */
const localeOf = (
  req: PayloadRequest,
  options: ResolvedOptions,
  locale: unknown,
): string | undefined => {
  if (locale === undefined || locale === null || ['', '*', 'all'].includes(locale as string))
    return undefined
  if (typeof locale !== 'string' || !options.locales.includes(locale))
    throw new WorkflowError(
      req,
      400,
      'feedLocale',
      options.locales.join(req.i18n?.language === 'ar' ? '، ' : ', '),
    )
  return locale
}

/**
 * The changes after `since`, oldest first: one query by primary key, the
 * next `limit` entries. With `locale`, only those that concern its readers
 * are returned, but `next` still moves past every entry read, so each call
 * costs at most `limit` rows and a page may be short or empty before the end.
 * `next` is the cursor after the last entry read; with none left, the
 * position given (the beginning without `since`), so the caller can keep
 * polling with it: it has caught up when `next` no longer moves.
 */
export const readPublicChanges = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  query: FeedQuery,
): Promise<PublicChangesPage> => {
  const after = positionOf(req, query.since)
  const limit = limitOf(req, query.limit)
  const locale = localeOf(req, options, query.locale)
  const { docs } = await asFeed(req, () =>
    req.payload.find({
      collection: asSlug(PUBLIC_CHANGES_SLUG),
      depth: 0,
      limit,
      overrideAccess: false,
      pagination: false,
      req,
      sort: 'id',
      where: after === null ? undefined : { id: { greater_than: after } },
    }),
  )
  const entries = docs as unknown as (PublicChangeEntry & { id: number | string })[]
  return {
    changes: entries
      .filter((entry) => !locale || entry.locales?.includes(locale))
      .map(publicChangeOf),
    next: cursorAfter(entries.at(-1)?.id ?? after),
  }
}

/** `GET /api/changes?since=&limit=&locale=`: the feed of public changes, for anyone. */
export const changesEndpoint = (options: ResolvedOptions): Endpoint => ({
  handler: async (req) =>
    Response.json(
      await readPublicChanges(req, options, {
        limit: req.searchParams.get('limit'),
        locale: req.searchParams.get('locale'),
        since: req.searchParams.get('since'),
      }),
    ),
  method: 'get',
  path: '/changes',
})
