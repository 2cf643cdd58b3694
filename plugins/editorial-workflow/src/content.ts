import { RECORD_NOT_CONTENT } from './record-fields'

/**
 * Content comparison. The workflow's own bookkeeping, Payload's status and
 * timestamps, the public record's bookkeeping and the embargo are not content: changing them is not an edit.
 */
export const NOT_CONTENT = new Set([
  ...RECORD_NOT_CONTENT,
  '_status',
  'createdAt',
  'deletedAt',
  'id',
  'translationStatus',
  'updatedAt',
  'workflow',
  'workflowState',
])

/** A canonical form: keys sorted, and "nothing" spelt one way ('' / [] / undefined / null). */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(canonical)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]))
  }
  return value
}

/** Whether a value says nothing: "nothing" in any spelling, or a group or list of nothing but that. */
export const isBlank = (value: unknown): boolean => {
  const form = canonical(value)
  if (form === null) return true
  if (Array.isArray(form)) return form.every(isBlank)
  if (typeof form === 'object') return Object.values(form as object).every(isBlank)
  return false
}

export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** The content fields that `data` changes relative to `original` (only the keys `data` carries). */
export const changedContentKeys = (
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): string[] =>
  Object.keys(data).filter((key) => !NOT_CONTENT.has(key) && !sameValue(data[key], original?.[key]))

/** Whether two whole documents (or versions) hold the same content. */
export const sameContent = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const keys = new Set(
    [...Object.keys(a), ...Object.keys(b)].filter((key) => !NOT_CONTENT.has(key)),
  )
  return [...keys].every((key) => sameValue(a[key], b[key]))
}
