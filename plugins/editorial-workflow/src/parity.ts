import type { Field } from 'payload'

import type { ResolvedOptions, TranslationState, TranslationStatus, WorkflowData } from './types'

/** True when a field value has something a reader would see (text, or a rich-text tree with text). */
export const isFilled = (value: unknown): boolean => {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.some(isFilled)
  if (typeof value === 'object') {
    const node = value as { root?: unknown; text?: unknown; children?: unknown }
    if ('root' in node) return isFilled(node.root)
    if (typeof node.text === 'string') return node.text.trim().length > 0
    if (Array.isArray(node.children)) return node.children.some(isFilled)
    // A rich-text node with neither text nor children (a line break, say) shows nothing.
    if ('type' in node) return false
    return Object.keys(node).length > 0
  }
  return true
}

/** The collection's required localized top-level fields: what "complete" means when the app says nothing. */
export const requiredLocalizedFields = (fields: Field[]): string[] =>
  fields.flatMap((field) =>
    'name' in field &&
    'localized' in field &&
    field.localized &&
    'required' in field &&
    field.required
      ? [field.name]
      : [],
  )

/** Whether a document read in one locale has every parity field filled. */
export const localeComplete = (doc: Record<string, unknown>, fields: string[]): boolean =>
  fields.every((name) => isFilled(doc[name]))

/** Value of a localized field in one locale, from a document read with `locale: 'all'`. */
export const inLocale = (value: unknown, locale: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[locale]
    : undefined

/** Whether every parity field of a document read with `locale: 'all'` is filled in `locale`. */
export const filledIn = (doc: Record<string, unknown>, fields: string[], locale: string): boolean =>
  fields.every((name) => isFilled(inLocale(doc[name], locale)))

/**
 * The locales that stop a publication: not complete and not waived. `doc` is
 * read with `locale: 'all'`; an outdated translation counts as incomplete.
 */
export const incompleteLocales = (
  doc: Record<string, unknown>,
  fields: string[],
  locales: string[],
  translations: null | TranslationState | undefined,
): string[] =>
  locales.filter((locale) => {
    const status = translations?.[locale]?.status
    if (status === 'waived') return false
    if (status === 'outdated') return true
    return !filledIn(doc, fields, locale)
  })

/**
 * The translation state after a content edit in `locale`: that locale is
 * complete or missing by its fields. Editing the `source` locale when it had
 * its text (complete, or outdated as an earlier rule could leave it) changes
 * the original, so every other complete locale becomes outdated until a
 * translator confirms it. Editing a translation touches only its own status:
 * one catching up on an outdated text is complete again, and the source and
 * the other translations never become outdated through it.
 */
export const afterEditIn = (
  state: null | TranslationState | undefined,
  locale: string,
  complete: boolean,
  locales: string[],
  source: string | undefined,
): TranslationState => {
  const previous = state?.[locale]?.status
  const next: TranslationState = Object.fromEntries(
    locales.map((code) => [code, state?.[code] ?? { status: 'missing' as TranslationStatus }]),
  )
  next[locale] = { status: complete ? 'complete' : 'missing' }
  if (locale === source && (previous === 'complete' || previous === 'outdated')) {
    for (const other of locales) {
      if (other !== locale && next[other].status === 'complete')
        next[other] = { status: 'outdated' }
    }
  }
  return next
}

/** The locale a document was written in; one recorded before the plugin kept it is in the default locale. */
export const sourceLocaleOf = (
  workflow: null | { sourceLocale?: null | string } | undefined,
  defaultLocale: string | undefined,
): string | undefined => workflow?.sourceLocale ?? defaultLocale

/** The languages of a document a translator has to bring up to date (not the source, nor a waived one). */
export const translationsDue = (
  state: null | TranslationState | undefined,
  locales: string[],
  source: string | undefined,
): { locale: string; status: 'missing' | 'outdated' }[] =>
  locales.flatMap((locale) => {
    // A language nobody recorded has no text yet.
    const status = state?.[locale]?.status ?? 'missing'
    return locale !== source && (status === 'missing' || status === 'outdated')
      ? [{ locale, status }]
      : []
  })

/** A document's translations at a glance, for lists and the translators' queue. */
export const TRANSLATION_SUMMARIES = ['complete', 'missing', 'outdated'] as const
export type TranslationSummary = (typeof TRANSLATION_SUMMARIES)[number]

/** `outdated` when a translation lags behind the source, else `missing` when one has no text, else `complete`. */
export const translationSummary = (
  state: null | TranslationState | undefined,
  locales: string[],
  source: string | undefined,
): TranslationSummary => {
  const due = translationsDue(state, locales, source)
  if (due.some((item) => item.status === 'outdated')) return 'outdated'
  return due.length > 0 ? 'missing' : 'complete'
}

/** A document's `translationStatus`, from its bookkeeping: a collection with no text to translate has nothing missing. */
export const translationStatusOf = (
  options: Pick<ResolvedOptions, 'defaultLocale' | 'locales' | 'parityFields'>,
  collection: string,
  workflow: null | undefined | WorkflowData,
): TranslationSummary =>
  (options.parityFields[collection] ?? []).length === 0
    ? 'complete'
    : translationSummary(
        workflow?.translations,
        options.locales,
        sourceLocaleOf(workflow, options.defaultLocale),
      )
