import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'

import type { Payload } from 'payload'

import type { Article } from '../../src/payload-types'

type RichText = NonNullable<Article['body']>

const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

const paragraph = (children: Record<string, unknown>[]) => ({
  type: 'paragraph',
  direction: 'rtl' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
  children,
})

const root = (children: Record<string, unknown>[]): RichText => ({
  root: {
    type: 'root',
    direction: 'rtl',
    format: '',
    indent: 0,
    version: 1,
    children: children as RichText['root']['children'],
  },
})

/** A Lexical body: one paragraph of plain text, then one with an internal link to `doc` between two runs of text. */
export const bodyLinkingTo = (
  doc: { relationTo: string; value: number | string },
  linkText: string,
): RichText =>
  root([
    paragraph([text('فقرة أولى بلا روابط.')]),
    paragraph([
      text('التقى الوزير '),
      {
        type: 'link',
        direction: 'rtl',
        format: '',
        indent: 0,
        version: 3,
        fields: { doc, linkType: 'internal', newTab: false },
        children: [text(linkText)],
      },
      text(' في القاهرة.'),
    ]),
  ])

/** A Lexical body of plain paragraphs, without any link. */
export const plainBody = (...paragraphs: string[]): RichText =>
  root(paragraphs.map((p) => paragraph([text(p)])))

/** The ids in a join field's result, whatever the depth (ids at depth 0, documents deeper). */
export const joinIds = (join: unknown): (number | string)[] => {
  const docs = (join as { docs?: unknown[] } | null | undefined)?.docs
  if (!Array.isArray(docs)) throw new Error(`not a join result: ${JSON.stringify(join)}`)
  return docs.map((doc) =>
    doc && typeof doc === 'object' ? (doc as { id: number | string }).id : (doc as number | string),
  )
}

/** The field errors of a REST ValidationError response body: [{ path, message }]. */
export const fieldErrors = (body: any): { message: string; path: string }[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map(
    ({ message, path }: { message: string; path: string }) => ({ message, path }),
  )

/**
 * Fixtures are imports: they write published content directly, as seeds do,
 * instead of taking each document through review (the workflow suite does that).
 */
export const AS_IMPORT = { [WORKFLOW_IMPORT]: true }

/**
 * A published article written as an import, dated 2026-01-01, in Arabic and,
 * when `title.en` is given, in English too.
 */
export const importPublishedArticle = async (
  payload: Payload,
  title: { ar: string; en?: string },
): Promise<number | string> => {
  const { id } = await payload.create({
    collection: 'articles',
    context: AS_IMPORT,
    data: {
      _status: 'published',
      publishedAt: '2026-01-01T00:00:00.000Z',
      title: title.ar,
    } as never,
    locale: 'ar',
  })
  if (title.en !== undefined)
    await payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', title: title.en } as never,
      id,
      locale: 'en',
    })
  return id
}

/** A newer draft of a published article, which staff see with draft=true and readers never. */
export const importDraftEdit = async (
  payload: Payload,
  id: number | string,
  title: string,
): Promise<void> => {
  await payload.update({
    collection: 'articles',
    context: AS_IMPORT,
    data: { title } as never,
    draft: true,
    id,
    locale: 'ar',
  })
}

/** An article that was only ever a draft. */
export const importDraftArticle = async (
  payload: Payload,
  title: string,
): Promise<number | string> =>
  (
    await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { title } as never,
      draft: true,
    })
  ).id

/** Writes an article's Arabic text as an import does, published unless `data` says otherwise. */
export const writeArticle = (
  payload: Payload,
  id: number | string,
  data: Record<string, unknown>,
  options: { draft?: boolean } = {},
) =>
  payload.update({
    collection: 'articles',
    context: AS_IMPORT,
    data: { _status: 'published', ...data } as never,
    id,
    locale: 'ar',
    ...options,
  })

/** A published person and a published article that names them, written as an import. */
export const publishedArticleNamingAPerson = async (
  payload: Payload,
): Promise<{ article: number | string; person: number | string }> => {
  const person = (
    await payload.create({
      collection: 'people',
      context: AS_IMPORT,
      data: { _status: 'published', name: 'سلمى حسن' } as never,
    })
  ).id
  const article = (
    await payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: {
        _status: 'published',
        people: [person],
        publishedAt: '2026-01-01T00:00:00.000Z',
        title: 'المقال الأول',
      } as never,
    })
  ).id
  return { article, person }
}

/** A Lexical body: a paragraph, then an image (an upload node of the media collection), as the editor's upload feature stores it. */
export const bodyWithImage = (mediaId: number | string, caption = 'صورة من الزيارة'): RichText =>
  root([
    paragraph([text(caption)]),
    {
      type: 'upload',
      fields: null,
      format: '',
      id: `upload-${mediaId}`,
      relationTo: 'media',
      value: mediaId,
      version: 3,
    },
  ])
