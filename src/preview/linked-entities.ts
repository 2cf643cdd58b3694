import type { SanitizedCollectionConfig } from 'payload'

export type LinkedGroup = { label: Record<string, string> | string; names: string[] }

const titleOf = (doc: Record<string, any>): string => String(doc.title ?? doc.name ?? doc.id)

/**
 * The entities a document links to through its top-level relationship
 * fields (read at depth ≥ 1), grouped by field with the field's label:
 * what a reader of the preview sees beside the text.
 */
export const linkedEntities = (
  collection: SanitizedCollectionConfig,
  doc: Record<string, any>,
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
    return names.length > 0 ? [{ label: field.label as LinkedGroup['label'], names }] : []
  })
