import type { Field } from 'payload'

/** The upload collection whose documents other documents reference. */
export const MEDIA_SLUG = 'media'

export type MediaId = number | string

type LexicalNode = { children?: LexicalNode[]; relationTo?: string; type?: string; value?: unknown }

const idOf = (value: unknown): MediaId | undefined => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

/** Upload (and relationship) nodes pointing at media anywhere in a Lexical document. */
export const mediaInRichText = (node: LexicalNode | null | undefined): MediaId[] => {
  if (!node || typeof node !== 'object') return []
  const own =
    (node.type === 'upload' || node.type === 'relationship') && node.relationTo === MEDIA_SLUG
      ? idOf(node.value)
      : undefined
  return [
    ...(own === undefined ? [] : [own]),
    ...(Array.isArray(node.children) ? node.children.flatMap(mediaInRichText) : []),
  ]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * A localized field's value read in every locale is `{ ar: …, en: … }`; read
 * (or sent) in one locale it is the value itself. Both are accepted.
 */
const localeValues = (value: unknown, locales: readonly string[]): unknown[] =>
  isRecord(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => locales.includes(key))
    ? Object.values(value)
    : [value]

const referencesMedia = (relationTo: string | string[]) =>
  Array.isArray(relationTo) ? relationTo.includes(MEDIA_SLUG) : relationTo === MEDIA_SLUG

/**
 * Every media id a document holds, wherever its fields keep one: upload and
 * relationship fields to media (polymorphic ones too), upload nodes in rich
 * text, inside groups, arrays, blocks and tabs, in every locale present.
 */
export const mediaInDocument = (
  fields: Field[],
  doc: unknown,
  locales: readonly string[],
): MediaId[] => {
  if (!isRecord(doc)) return []
  return fields.flatMap((field): MediaId[] => {
    if (!('name' in field)) {
      // Rows, collapsibles and unnamed groups keep their fields at this level; tabs may be named.
      if (field.type === 'tabs') {
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? mediaInDocument(tab.fields, doc[tab.name], locales)
            : mediaInDocument(tab.fields, doc, locales),
        )
      }
      return 'fields' in field ? mediaInDocument(field.fields, doc, locales) : []
    }
    const values =
      'localized' in field && field.localized
        ? localeValues(doc[field.name], locales)
        : [doc[field.name]]
    return values.flatMap((value): MediaId[] => {
      if (value === null || value === undefined) return []
      switch (field.type) {
        case 'upload':
        case 'relationship': {
          if (!referencesMedia(field.relationTo)) return []
          const items = Array.isArray(value) ? value : [value]
          return items.flatMap((item) => {
            // Polymorphic: { relationTo, value }.
            if (Array.isArray(field.relationTo)) {
              return isRecord(item) && item.relationTo === MEDIA_SLUG
                ? [idOf(item.value)].filter((id) => id !== undefined)
                : []
            }
            const id = idOf(item)
            return id === undefined ? [] : [id]
          })
        }
        case 'richText':
          return isRecord(value) ? mediaInRichText(value.root as LexicalNode) : []
        case 'group':
          return mediaInDocument(field.fields, value, locales)
        case 'array':
          return Array.isArray(value)
            ? value.flatMap((row) => mediaInDocument(field.fields, row, locales))
            : []
        case 'blocks':
          return Array.isArray(value)
            ? value.flatMap((row) => {
                const block = isRecord(row)
                  ? field.blocks.find((b) => b.slug === row.blockType)
                  : undefined
                return block ? mediaInDocument(block.fields, row, locales) : []
              })
            : []
        default:
          return []
      }
    })
  })
}

/** The same ids once each, in a stable order (numbers as numbers). */
export const uniqueIds = (ids: MediaId[]): MediaId[] => {
  const seen = new Map<string, MediaId>()
  for (const id of ids) if (!seen.has(String(id))) seen.set(String(id), id)
  return [...seen.values()].sort((a, b) =>
    String(a).localeCompare(String(b), 'en', { numeric: true }),
  )
}

/** Whether a collection's fields can hold media at all: an upload or relationship to media, or rich text. */
export const canReferenceMedia = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'upload' || field.type === 'relationship')
      return referencesMedia(field.relationTo)
    if (field.type === 'richText') return true
    if (field.type === 'tabs') return field.tabs.some((tab) => canReferenceMedia(tab.fields))
    if (field.type === 'blocks')
      return field.blocks.some((block) => canReferenceMedia(block.fields))
    return 'fields' in field ? canReferenceMedia(field.fields) : false
  })
