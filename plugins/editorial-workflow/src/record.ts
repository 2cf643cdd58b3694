import type { PayloadRequest } from 'payload'

import { WorkflowError } from './errors'
import { everyLocale } from './every-locale'
import { CORRECTION_KINDS, type CorrectionKind } from './record-fields'
import { asSlug, RELEASES_SLUG, type ResolvedOptions, type TransitionDefinition } from './types'

/**
 * The public record on the transition side: the correction a publication
 * carries, the retraction's notice, and the embargo no publication breaks.
 * What readers then see is in ./record-reads.ts.
 */

/** Whether the collection keeps a public record (corrections, retraction). */
export const keepsRecord = (options: ResolvedOptions, collection: string): boolean =>
  options.record.collections.includes(collection)

/** The record's first-publication date field, if the collection has it. */
export const firstPublishedFieldOf = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
): null | string => {
  const field = options.record.firstPublishedField
  const fields = req.payload.collections[asSlug(collection)]?.config.flattenedFields ?? []
  return field && fields.some((candidate) => candidate.name === field) ? field : null
}

/** Whether the collection has an embargo: those with a record, and releases. */
export const hasEmbargo = (options: ResolvedOptions, collection: string): boolean =>
  keepsRecord(options, collection) ||
  (options.releases && options.record.collections.length > 0 && collection === RELEASES_SLUG)

type Texts = Record<string, null | string | undefined>

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The locales of `options` in which `texts` says something. */
const filledLocales = (options: ResolvedOptions, texts: Texts | null | undefined): string[] =>
  options.locales.filter((locale) => text(texts?.[locale]) !== '')

/** A retraction's notice, trimmed (`inputRefusal` has checked that every locale has one). */
export const noticeTexts = (options: ResolvedOptions, notice: unknown): Record<string, string> => {
  const texts = (typeof notice === 'object' && notice !== null ? notice : {}) as Texts
  return Object.fromEntries(options.locales.map((locale) => [locale, text(texts[locale])]))
}

export type PendingCorrection = { kind: CorrectionKind; note: Record<string, null | string> }

/**
 * The correction note the draft being published carries, if any, checked:
 * a note needs a kind and a kind a note; a `correction` says it in every
 * locale (parity); and only a document that has been public can be
 * corrected. Refused with 400 `correctionIncomplete` / 409 `correctionUnpublished`.
 */
export const correctionToPublish = (
  req: PayloadRequest,
  options: ResolvedOptions,
  doc: Record<string, any>,
): null | PendingCorrection => {
  const kind = doc.correction?.kind as CorrectionKind | null | undefined
  const note = (doc.correction?.note ?? {}) as Texts
  const filled = filledLocales(options, note)
  if (!kind && filled.length === 0) return null
  const parity = kind === 'correction' && filled.length !== options.locales.length
  if (!kind || !CORRECTION_KINDS.includes(kind) || filled.length === 0 || parity)
    throw new WorkflowError(req, 400, 'correctionIncomplete')
  if (!doc.lastPublishedAt) throw new WorkflowError(req, 409, 'correctionUnpublished')
  return {
    kind,
    note: Object.fromEntries(options.locales.map((locale) => [locale, text(note[locale]) || null])),
  }
}

/** Every locale's text emptied, as a field's `EveryLocale` value. */
const noText = (options: ResolvedOptions) =>
  everyLocale(Object.fromEntries(options.locales.map((locale) => [locale, null])))

/**
 * What the transition writes besides the state on a collection that keeps a
 * record: a publication stamps its time (and, the first time, the collection's
 * first-publication date unless an editor set one), appends the draft's
 * correction to the corrections and clears it, and ends a retraction; a
 * retraction records its time and notice.
 */
export const recordChanges = ({
  correction,
  doc,
  firstPublishedField,
  notice,
  now,
  options,
  transition,
  version,
}: {
  correction: null | PendingCorrection
  doc: Record<string, any>
  /** The first-publication date field, where the collection has one. */
  firstPublishedField: null | string
  notice: null | Record<string, string>
  now: string
  options: ResolvedOptions
  transition: TransitionDefinition
  version: null | string
}): Record<string, unknown> => {
  if (transition.effect === 'retract')
    return { retracted: { at: now, notice: everyLocale(notice ?? {}) } }
  if (transition.effect !== 'publish') return {}
  const published = Array.isArray(doc.corrections) ? doc.corrections : []
  return {
    lastPublishedAt: now,
    ...(firstPublishedField && !doc[firstPublishedField] && { [firstPublishedField]: now }),
    ...(doc.retracted?.at && { retracted: { at: null, notice: noText(options) } }),
    ...(correction && {
      correction: { kind: null, note: noText(options) },
      corrections: [
        // Every row with all its locales: Payload would otherwise keep only the request's.
        ...published.map((row: Record<string, any>) => ({ ...row, note: everyLocale(row.note) })),
        { at: now, kind: correction.kind, note: everyLocale(correction.note), version },
      ],
    }),
  }
}

/** When the transition would make the document public: now, or the time it is scheduled for. */
const publicationTime = (
  transition: TransitionDefinition,
  input: { publishAt?: null | string },
  checkOnly: boolean,
  now: Date,
): number =>
  input.publishAt && (transition.effect === 'schedule' || checkOnly)
    ? Date.parse(input.publishAt)
    : now.getTime()

/**
 * Nothing makes an embargoed document public before its time: publishing
 * now, or scheduling (a release: checking its items) for an earlier time,
 * is refused with 409 `embargoed`, naming the time.
 */
export const assertEmbargoAllows = (
  req: PayloadRequest,
  doc: Record<string, any>,
  transition: TransitionDefinition,
  input: { publishAt?: null | string },
  checkOnly = false,
  now = new Date(),
) => {
  if (transition.effect !== 'publish' && transition.effect !== 'schedule') return
  const until = doc.embargoUntil ? Date.parse(doc.embargoUntil) : Number.NaN
  if (Number.isNaN(until) || publicationTime(transition, input, checkOnly, now) >= until) return
  const timezone = typeof doc.embargoUntil_tz === 'string' ? doc.embargoUntil_tz : 'UTC'
  throw new WorkflowError(req, 409, 'embargoed', embargoTime(req, until, timezone), {
    embargoUntil: new Date(until).toISOString(),
    timezone,
  })
}

/** The embargo's time as the editor set it: in their time zone, named, in the caller's language. */
const embargoTime = (req: PayloadRequest, until: number, timezone: string): string => {
  const language = req.i18n?.language === 'en' ? 'en-GB' : 'ar-EG'
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(language, {
      dateStyle: 'long',
      timeStyle: 'long',
      timeZone,
    }).format(new Date(until))
  try {
    return format(timezone)
  } catch {
    return format('UTC')
  }
}
