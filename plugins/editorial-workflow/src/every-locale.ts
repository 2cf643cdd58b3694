import type { FieldHook } from 'payload'

/**
 * A localized value for every locale at once: what a transition writes when
 * it records a correction or a retraction notice, whose texts it has in
 * each language. Payload writes one locale per call and takes the others
 * from the stored document, which a new row does not have yet, so the hook
 * below hands Payload the other locales' texts before it merges them.
 */
export type EveryLocale = { everyLocale: Record<string, null | string | undefined> }

export const everyLocale = (texts: Record<string, null | string | undefined>): EveryLocale => ({
  everyLocale: texts,
})

const isEveryLocale = (value: unknown): value is EveryLocale =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EveryLocale).everyLocale === 'object' &&
  (value as EveryLocale).everyLocale !== null

/**
 * A localized field's beforeChange hook: given an `EveryLocale`, it keeps the
 * request locale's text as the value and puts the others where Payload's
 * locale merge looks for them (`siblingDocWithLocales`, read once every
 * field hook has run). Only transitions write such values: the gate refuses
 * callers' changes to the fields that carry this hook.
 */
export const writeEveryLocale: FieldHook = ({ field, req, siblingDocWithLocales, value }) => {
  const name = (field as { name?: string }).name
  if (!isEveryLocale(value) || !name || !siblingDocWithLocales) return value
  const texts = value.everyLocale
  const existing = siblingDocWithLocales[name]
  siblingDocWithLocales[name] = {
    ...(typeof existing === 'object' && existing !== null ? existing : {}),
    ...texts,
  }
  return texts[req.locale ?? ''] ?? null
}
