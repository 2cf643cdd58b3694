import type { LabelFunction, SanitizedCollectionConfig, StaticLabel } from 'payload'

export type LinkedGroup = { label: string; names: string[] }

const titleOf = (doc: Record<string, any>): string => String(doc.title ?? doc.name ?? doc.id)

/**
 * A field's label in the language of the text previewed (`locale`), however
 * the config gives it: a text, a text per language, or a function of the
 * language (src/i18n/labels-in-admin-language.ts).
 */
export const labelIn = (
  label: false | LabelFunction | StaticLabel | undefined,
  locale: string,
  fallback: string,
): string => {
  if (typeof label === 'function')
    return String(
      label({ i18n: { language: locale } as never, t: ((key: string) => key) as never }),
    )
  if (label && typeof label === 'object') return label[locale] ?? label.ar ?? fallback
  return label || fallback
}

/**
 * The entities a document links to through its top-level relationship
 * fields (read at depth ≥ 1), grouped by field with the field's label in
 * `locale`: what a reader of the preview sees beside the text.
 */
export const linkedEntities = (
  collection: SanitizedCollectionConfig,
  doc: Record<string, any>,
  locale: string,
): LinkedGroup[] =>
  collection.flattenedFields.flatMap((field) => {
    if (
      field.type !== 'relationship' ||
      field.hidden ||
      field.name === 'mentions' ||
      field.name.startsWith('workflow')
    )
      return []
    const values = ([] as unknown[]).concat(doc[field.name] ?? [])
    const names = values
      .map((value) =>
        value && typeof value === 'object' && 'value' in value
          ? (value as { value: unknown }).value
          : value,
      )
      .filter((value): value is Record<string, any> => Boolean(value) && typeof value === 'object')
      .map(titleOf)
    return names.length > 0 ? [{ label: labelIn(field.label, locale, field.name), names }] : []
  })
