import { slugFields } from '../fields/slug-fields'

/**
 * The fields whose exact values look documents up as ids do: a report's slug
 * in each language and the slugs it had before. A read by one of them depends
 * on the documents that have or had that value, not on the whole collection,
 * so a publication of another report keeps it cached.
 */
export const KEY_FIELDS: readonly string[] = slugFields.flatMap((field) =>
  'name' in field ? [field.name] : [],
)
