import type { FlattenedField, PayloadRequest } from 'payload'

import { stateLabel } from './label'
import { asSlug, type ResolvedOptions } from './types'

/** A document of a workflow collection, by collection and id. */
export type DocumentRef = { collection: string; id: string }

/** A linked document readers cannot see yet, as the API and the admin name it. */
export type UnpublishedLink = DocumentRef & { state: string; stateLabel: string; title: string }

export const refKey = ({ collection, id }: DocumentRef): string => `${collection}:${id}`

const idOf = (value: unknown): null | string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return null
}

/** One relationship or upload value (an id, a populated document, or `{ relationTo, value }`). */
const refsInRelation = (relationTo: string | string[], value: unknown): DocumentRef[] => {
  if (Array.isArray(value)) return value.flatMap((entry) => refsInRelation(relationTo, entry))
  if (value && typeof value === 'object' && 'relationTo' in value) {
    const { relationTo: collection, value: target } = value as {
      relationTo: string
      value: unknown
    }
    const id = idOf(target)
    return id === null ? [] : [{ collection, id }]
  }
  const id = idOf(value)
  return id === null || Array.isArray(relationTo) ? [] : [{ collection: relationTo, id }]
}

/**
 * Documents a Lexical tree links to: relationship nodes (`relationTo`, `value`)
 * and internal links (`fields.doc`), wherever they sit in the tree.
 */
const refsInRichText = (node: unknown): DocumentRef[] => {
  if (Array.isArray(node)) return node.flatMap(refsInRichText)
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const own: DocumentRef[] = []
  if (record.type === 'relationship' && typeof record.relationTo === 'string')
    own.push(...refsInRelation(record.relationTo, record.value))
  const doc = (record.fields as { doc?: unknown } | undefined)?.doc
  if (doc && typeof doc === 'object' && 'relationTo' in doc)
    own.push(...refsInRelation((doc as { relationTo: string }).relationTo, doc))
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'fields')
      .flatMap(([, child]) => (child && typeof child === 'object' ? refsInRichText(child) : [])),
  ]
}

/** A localized value read with `locale: 'all'` is `{ ar, en }`: each language's value, else the value itself. */
const perLocale = (field: FlattenedField, value: unknown, locales: string[]): unknown[] => {
  if (!('localized' in field) || !field.localized) return [value]
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [value]
  const byLocale = value as Record<string, unknown>
  return locales.some((locale) => locale in byLocale)
    ? locales.map((locale) => byLocale[locale])
    : [value]
}

/**
 * Every document the data links to through its fields, in every language:
 * relationships and uploads (in groups, arrays, blocks and named tabs too)
 * and links inside rich text. Joins are the other documents' links, not these.
 */
export const linksIn = (
  fields: FlattenedField[],
  data: Record<string, unknown> | null | undefined,
  locales: string[],
): DocumentRef[] =>
  fields.flatMap((field) => {
    if (!data || !('name' in field)) return []
    return perLocale(field, data[field.name], locales).flatMap((value): DocumentRef[] => {
      if (value === null || value === undefined) return []
      switch (field.type) {
        case 'relationship':
        case 'upload':
          return refsInRelation(field.relationTo as string | string[], value)
        case 'richText':
          return refsInRichText(value)
        case 'group':
        case 'tab':
          return linksIn(field.flattenedFields, value as Record<string, unknown>, locales)
        case 'array':
          return Array.isArray(value)
            ? value.flatMap((row) => linksIn(field.flattenedFields, row, locales))
            : []
        case 'blocks':
          return Array.isArray(value)
            ? value.flatMap((row: Record<string, unknown>) => {
                const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
                return block ? linksIn(block.flattenedFields, row, locales) : []
              })
            : []
        default:
          return []
      }
    })
  })

/** The workflow documents `doc` (of `collection`, read in every locale) links to, each once, itself left out. */
export const workflowLinksOf = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  doc: Record<string, unknown>,
): DocumentRef[] => {
  const config = req.payload.collections[asSlug(collection)]?.config
  if (!config) return []
  const self = refKey({ collection, id: String(doc.id) })
  const unique = new Map<string, DocumentRef>()
  for (const ref of linksIn(config.flattenedFields, doc, options.locales)) {
    if (options.collections.includes(ref.collection) && refKey(ref) !== self)
      unique.set(refKey(ref), ref)
  }
  return [...unique.values()]
}

/**
 * The language titles are given in: the `locale` the caller asked for, else
 * the caller's interface language (the admin's), else the default locale.
 */
const callerLocale = (req: PayloadRequest, options: ResolvedOptions) => {
  const asked = req.query?.locale
  if (typeof asked === 'string' && options.locales.includes(asked)) return asked
  const language = req.i18n?.language
  return language && options.locales.includes(language) ? language : options.defaultLocale
}

/** A text field read in every locale (`{ ar, en }`): the locale's text, else the default locale's. */
const textIn = (value: unknown, locale: string | undefined, fallback: string | undefined) => {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return undefined
  const byLocale = value as Record<string, unknown>
  for (const candidate of [locale, fallback])
    if (candidate && typeof byLocale[candidate] === 'string' && byLocale[candidate])
      return byLocale[candidate] as string
  return undefined
}

/** The ids, among `ids` of `collection`, whose live row is published: what readers can see. */
const publishedIds = async (req: PayloadRequest, collection: string, ids: string[]) => {
  const { docs } = await req.payload.db.find({
    collection: asSlug(collection),
    limit: 0,
    pagination: false,
    req,
    select: { id: true },
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/**
 * Of `refs`, those readers cannot see yet (all of them with
 * `includePublished`), with their title in the caller's language (the latest
 * draft's) and their editorial state. Documents that no longer exist are
 * left out: there is nothing to publish.
 */
export const unpublishedAmong = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  refs: DocumentRef[],
  { includePublished = false } = {},
): Promise<UnpublishedLink[]> => {
  const byCollection = new Map<string, string[]>()
  for (const ref of refs)
    byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref.id])
  const locale = callerLocale(req, options)
  const found: UnpublishedLink[] = []
  for (const [collection, ids] of byCollection) {
    const live = includePublished ? new Set<string>() : await publishedIds(req, collection, ids)
    const hidden = ids.filter((id) => !live.has(id))
    if (hidden.length === 0) continue
    const titleField = req.payload.collections[asSlug(collection)]?.config.admin?.useAsTitle ?? 'id'
    const { docs } = await req.payload.db.queryDrafts({
      collection: asSlug(collection),
      limit: 0,
      locale: 'all',
      pagination: false,
      req,
      where: { parent: { in: hidden } },
    })
    for (const doc of docs as Record<string, unknown>[]) {
      const state = String(doc.workflowState ?? options.initialState)
      const title = textIn(doc[titleField], locale, options.defaultLocale)
      found.push({
        collection,
        id: String(doc.id),
        state,
        stateLabel: stateLabel(req, options, state),
        title: title?.trim() ? title : String(doc.id),
      })
    }
  }
  return found
}
