import type { Article } from '../payload-types'

type RichText = NonNullable<Article['body']>

/** An internal link target: a collection and a document id. */
export type LinkTarget = { relationTo: string; value: number | string }

/** `[[label|collection:key]]` in seed text marks an internal link; `resolve` turns the key into an id. */
const LINK_MARKUP = /\[\[([^|\]]+)\|([a-z-]+):([^\]]+)\]\]/g

const textNode = (text: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const linkNode = (label: string, doc: LinkTarget, direction: 'ltr' | 'rtl') => ({
  type: 'link',
  children: [textNode(label)],
  direction,
  fields: { doc, linkType: 'internal', newTab: false },
  format: '',
  indent: 0,
  version: 3,
})

const inlineNodes = (
  text: string,
  direction: 'ltr' | 'rtl',
  resolve: (collection: string, key: string) => LinkTarget,
) => {
  const nodes: object[] = []
  let last = 0
  for (const match of text.matchAll(LINK_MARKUP)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index)))
    nodes.push(linkNode(match[1]!, resolve(match[2]!, match[3]!), direction))
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}

const noLinks = (): LinkTarget => {
  throw new Error('this text has link markup but no resolver')
}

/** A Lexical document made of paragraphs, written in the given direction, with internal links where marked. */
export const paragraphsToLexical = (
  paragraphs: string[],
  direction: 'ltr' | 'rtl',
  resolve: (collection: string, key: string) => LinkTarget = noLinks,
): RichText => ({
  root: {
    type: 'root',
    direction,
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      version: 1,
      children: inlineNodes(text, direction, resolve),
    })),
  },
})
