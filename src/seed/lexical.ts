import type { Article } from '../payload-types'

type RichText = NonNullable<Article['body']>

/** A Lexical document made of plain paragraphs, written in the given direction. */
export const paragraphsToLexical = (paragraphs: string[], direction: 'ltr' | 'rtl'): RichText => ({
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
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      })),
    },
  })
