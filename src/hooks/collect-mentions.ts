import type { CollectionBeforeChangeHook } from 'payload'

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
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/** Internal links and relationship blocks anywhere in a Lexical document. */
export const mentionsIn = (node: LexicalNode | null | undefined, collections: readonly string[]): Mention[] => {
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
 * Inline links in the body count as relations: `mentions` is recomputed from
 * the body on every save, so a person's page can list the articles whose text
 * links to them (a join on `mentions`).
 */
export const collectMentions =
  (bodyField: string, collections: readonly string[]): CollectionBeforeChangeHook =>
  ({ data }) => {
    const body = data[bodyField] as { root?: LexicalNode } | undefined
    if (body === undefined) return data
    const unique = new Map(mentionsIn(body?.root, collections).map((m) => [`${m.relationTo}:${m.value}`, m]))
    return { ...data, mentions: [...unique.values()] }
  }
