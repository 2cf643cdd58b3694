import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

/** What the calendar shows: a publication planned, one done, an embargo lifting, an event taking place. */
export const CALENDAR_KINDS = ['scheduled', 'published', 'embargoed', 'event'] as const

export type CalendarKind = (typeof CALENDAR_KINDS)[number]

export type CalendarItem = {
  /** The instant the item is on the calendar at (ISO). */
  at: string
  collection: string
  id: number | string
  kind: CalendarKind
  /** The document's workflow state. */
  state: null | string
  title: string
}

export type CalendarRange = {
  collections: string[]
  from: Date
  kinds: CalendarKind[]
  locale: string
  /** Workflow states to keep; all when null. */
  states: null | string[]
  to: Date
}

/** The most items of one kind and collection the calendar lists for one range; more are reported as `truncated`. */
export const MAX_ITEMS_PER_SOURCE = 500

/**
 * Where each kind is read: the date field, whether on the latest draft
 * (where the workflow keeps a planned publication and an embargo) or on the
 * published row, and what else must hold.
 */
const SOURCES: Record<
  CalendarKind,
  { draft: boolean; field: string; only?: (slug: string) => boolean; where?: Where }
> = {
  embargoed: { draft: true, field: 'embargoUntil' },
  event: { draft: true, field: 'startDate.date', only: (slug) => slug === 'events' },
  published: {
    draft: false,
    field: 'lastPublishedAt',
    where: { _status: { equals: 'published' } },
  },
  scheduled: {
    draft: true,
    field: 'workflow.publishAt',
    where: { workflowState: { equals: 'scheduled' } },
  },
}

/** `select` for a dotted path: `workflow.publishAt` → `{ workflow: { publishAt: true } }`. */
const selectPath = (path: string): SelectType =>
  path
    .split('.')
    .reverse()
    .reduce<SelectType | true>((inner, key) => ({ [key]: inner }) as SelectType, true) as SelectType

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], doc)

/**
 * The items in `range` of the kinds and collections asked for, read as the
 * caller (`overrideAccess: false`), in date order, titled in `range.locale`.
 */
export const calendarItems = async (
  req: PayloadRequest,
  range: CalendarRange,
): Promise<{ items: CalendarItem[]; truncated: boolean }> => {
  const reads = range.kinds.flatMap((kind) =>
    range.collections
      .filter((collection) => SOURCES[kind].only?.(collection) ?? true)
      .map((collection) => ({ collection, kind, source: SOURCES[kind] })),
  )
  let truncated = false
  const found = await Promise.all(
    reads.map(async ({ collection, kind, source }) => {
      const config = req.payload.collections[collection as CollectionSlug].config
      const titleField = config.admin?.useAsTitle ?? 'id'
      const { docs } = await req.payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        draft: source.draft,
        limit: MAX_ITEMS_PER_SOURCE + 1,
        locale: range.locale as never,
        overrideAccess: false,
        pagination: false,
        req,
        select: { ...selectPath(source.field), [titleField]: true, workflowState: true },
        sort: source.field,
        where: {
          and: [
            { [source.field]: { greater_than_equal: range.from.toISOString() } },
            { [source.field]: { less_than: range.to.toISOString() } },
            ...(range.states ? [{ workflowState: { in: range.states } }] : []),
            ...(source.where ? [source.where] : []),
          ],
        },
      })
      if (docs.length > MAX_ITEMS_PER_SOURCE) truncated = true
      return docs.slice(0, MAX_ITEMS_PER_SOURCE).map((doc): CalendarItem => {
        const record = doc as unknown as Record<string, unknown>
        const title = record[titleField]
        return {
          at: new Date(String(valueAt(record, source.field))).toISOString(),
          collection,
          id: doc.id,
          kind,
          state: typeof record.workflowState === 'string' ? record.workflowState : null,
          title: typeof title === 'string' && title !== '' ? title : String(doc.id),
        }
      })
    }),
  )
  const items = found.flat().sort((a, b) => a.at.localeCompare(b.at))
  return { items, truncated }
}
