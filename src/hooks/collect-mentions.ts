import type { CollectionBeforeChangeHook } from 'payload'

import { readInAllLocales } from './read-in-all-locales'

type Mention = { relationTo: string; value: number | string }

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { doc?: { relationTo?: string; value?: unknown }; linkType?: string }
  relationTo?: string
  type?: string
  value?: unknown
}

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

/** Internal links and relationship blocks anywhere in a Lexical document. */
export const mentionsIn = (
  node: LexicalNode | null | undefined,
  collections: readonly string[],
): Mention[] => {
  if (!node) return []
  const own: Mention[] = []
  const target =
    node.type === 'link' && node.fields?.linkType === 'internal'
      ? node.fields.doc
      : node.type === 'relationship'
        ? { relationTo: node.relationTo, value: node.value }
        : undefined
  const value = idOf(target?.value)
  if (target?.relationTo && collections.includes(target.relationTo) && value !== undefined) {
    own.push({ relationTo: target.relationTo, value })
  }
  return [...own, ...(node.children ?? []).flatMap((child) => mentionsIn(child, collections))]
}

/**
 * Inline links in the body count as relations: `mentions` is recomputed on
 * every save that changes the body, from the body in every language (the other
 * language's is read from the stored document), so a person's page lists the
 * articles whose text, in either language, links to them (a join on `mentions`).
 */
export const collectMentions =
  (bodyField: string, collections: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const body = data[bodyField] as { root?: LexicalNode } | null | undefined
    if (body === undefined) return data
    const bodies = [body]
    if (originalDoc?.id !== undefined) {
      const stored = await readInAllLocales<Record<string, unknown>>(
        req,
        collection.slug,
        originalDoc.id,
      )
      const byLocale = (stored[bodyField] ?? {}) as Record<string, { root?: LexicalNode } | null>
      for (const [locale, other] of Object.entries(byLocale))
        if (locale !== req.locale) bodies.push(other)
    }
    const found = bodies.flatMap((b) => mentionsIn(b?.root, collections))
    const unique = new Map(found.map((m) => [`${m.relationTo}:${m.value}`, m]))
    return { ...data, mentions: [...unique.values()] }
  }
