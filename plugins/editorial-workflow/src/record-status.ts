import { hasEmbargo, keepsRecord } from './record'
import type { ResolvedOptions } from './types'

/**
 * The public record as staff see it beside the workflow: the correction
 * note the draft will publish, the embargo, and the retraction. Read from
 * the latest draft with every locale (`readAllLocales`); what readers get
 * is in ./record-reads.ts.
 */

/** A text per locale, `null` where the locale has none. */
export type LocaleTexts = Record<string, null | string>

/** The embargo as the editor set it: the instant, and the time zone they meant (`null`: none given). */
export type Embargo = { timezone: null | string; until: string }

export type RecordStatus = {
  /** The correction note the draft carries to its next publication, as written so far. */
  correction: null | { kind: null | string; note: LocaleTexts }
  embargo: Embargo | null
  retracted: null | { at: string; notice: LocaleTexts }
}

const textOf = (value: unknown): null | string =>
  typeof value === 'string' && value.trim() !== '' ? value : null

/** `texts` (a localized field read with every locale) with one entry per locale of the options. */
const perLocale = (options: ResolvedOptions, texts: unknown): LocaleTexts => {
  const all = (typeof texts === 'object' && texts !== null ? texts : {}) as Record<string, unknown>
  return Object.fromEntries(options.locales.map((locale) => [locale, textOf(all[locale])]))
}

/** The document's embargo, if it has one (past or not). */
export const embargoOf = (doc: Record<string, unknown>): Embargo | null => {
  const until = typeof doc.embargoUntil === 'string' ? Date.parse(doc.embargoUntil) : Number.NaN
  if (Number.isNaN(until)) return null
  return {
    timezone: textOf(doc.embargoUntil_tz),
    until: new Date(until).toISOString(),
  }
}

/** The document's embargo if it still holds at `now`. */
export const embargoInForce = (doc: Record<string, unknown>, now = new Date()): Embargo | null => {
  const embargo = embargoOf(doc)
  return embargo && Date.parse(embargo.until) > now.getTime() ? embargo : null
}

/** What the workflow panel shows of the public record of `doc` (nothing for a collection without one). */
export const recordStatus = (
  options: ResolvedOptions,
  collection: string,
  doc: Record<string, any>,
): RecordStatus => {
  const record = keepsRecord(options, collection)
  const note = perLocale(options, doc.correction?.note)
  const kind = textOf(doc.correction?.kind)
  const pending = kind !== null || Object.values(note).some((text) => text !== null)
  const retractedAt = textOf(doc.retracted?.at)
  return {
    correction: record && pending ? { kind, note } : null,
    embargo: hasEmbargo(options, collection) ? embargoOf(doc) : null,
    retracted:
      record && retractedAt
        ? { at: retractedAt, notice: perLocale(options, doc.retracted?.notice) }
        : null,
  }
}
