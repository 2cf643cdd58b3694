type LexicalNode = { children?: LexicalNode[]; text?: unknown; type?: string }

/** Nodes after which a reader sees a line break. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'quote',
  'listitem',
  'list',
  'tablecell',
  'tablerow',
  'table',
  'upload',
  'relationship',
  'horizontalrule',
])

/**
 * The words of a Lexical document as plain text: text nodes in order, with a
 * line break between paragraphs, headings, list items and other blocks. What
 * search indexes and quotes in its snippets; anything that is not Lexical gives ''.
 */
export const lexicalToPlainText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  const parts: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    else if (node.type === 'linebreak') parts.push('\n')
    for (const child of node.children ?? []) walk(child)
    if (node.type && BLOCKS.has(node.type)) parts.push('\n')
  }
  walk(root)
  return parts
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim()
}
