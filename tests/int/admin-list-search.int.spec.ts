import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

/**
 * The admin's list search and relationship pickers ask for `like` on a
 * collection's title; for staff they find what readers' search finds, the way
 * Arabic is really written.
 */
describeIntegration('normalized title search in the admin’s lists and pickers', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  const context = { [WORKFLOW_IMPORT]: true }

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(() => ctx?.stop())

  /** The ids a list search for `text` on `field` returns, as the admin asks for it. */
  const listed = async (
    collection: string,
    field: string,
    text: string,
    as: 'anonymous' | 'editor' = 'editor',
  ): Promise<unknown[]> => {
    const query = `where[or][0][${field}][like]=${encodeURIComponent(text)}&draft=true&locale=ar&depth=0&limit=100`
    const token = as === 'editor' ? staff.tokens.editor : undefined
    const response = await api.request('GET', `/${collection}?${query}`, { token })
    expect(response.status).toBe(200)
    return ((await response.json()) as Json).docs.map((doc: Json) => doc.id)
  }

  it('finds a draft article by words spelt without hamza, in the list and the API alike', async () => {
    const article = await ctx.payload.create({
      collection: 'articles',
      context,
      data: { body: plainBody('نص'), summary: 'ملخص', title: 'تعزيز التعاون في المجالات الأمنية' },
      draft: true,
      locale: 'ar',
    })
    expect(await listed('articles', 'title', 'الامنية')).toContain(article.id)
    // Payload's own substring match still works, and unrelated words add nothing.
    expect(await listed('articles', 'title', 'المجالات الأ')).toContain(article.id)
    expect(await listed('articles', 'title', 'الزراعة')).not.toContain(article.id)
  })

  it('finds a country by its name typed with a bare alef, and a person by an Arabic alias', async () => {
    const spain = await ctx.payload.create({
      collection: 'countries',
      context,
      data: { code: 'ES', name: 'إسبانيا' },
      locale: 'ar',
    })
    expect(await listed('countries', 'name', 'اسبانيا')).toContain(spain.id)
    const wang = await ctx.payload.create({
      collection: 'people',
      context,
      data: { aliases: [{ name: 'وانج شيا هونج' }], name: 'وانغ شياو هونغ' },
      locale: 'ar',
    })
    expect(await listed('people', 'name', 'وانج')).toContain(wang.id)
  })

  it('over spelling variants of a title (hamza seats, alef forms, final yeh, ta marbuta, diacritics, tatweel): the variant finds it', async () => {
    const variant = (text: string, choices: boolean[]) =>
      [...text]
        .map((letter, index) => {
          if (!choices[index % choices.length]) return letter
          if ('أإآ'.includes(letter)) return 'ا'
          if (letter === 'ي') return 'ى'
          if (letter === 'ة') return 'ه'
          if (letter === 'ؤ') return 'ئ'
          return `${letter}\u064E`
        })
        .join('')
        .replace(/ل/, 'لـ')
    const topic = await ctx.payload.create({
      collection: 'topics',
      context,
      data: { name: 'الشؤون الأمنية الإقليمية' },
      draft: true,
      locale: 'ar',
    })
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 8, minLength: 1 }), async (choices) => {
        expect(await listed('topics', 'name', variant('الشؤون الأمنية', choices))).toContain(
          topic.id,
        )
      }),
      { numRuns: 12 },
    )
  })

  it('leaves readers’ queries as they are', async () => {
    const published = await ctx.payload.create({
      collection: 'countries',
      context,
      data: { _status: 'published', code: 'AT', name: 'أستراليا' },
      locale: 'ar',
    })
    expect(await listed('countries', 'name', 'أستراليا', 'anonymous')).toContain(published.id)
    expect(await listed('countries', 'name', 'استراليا', 'anonymous')).not.toContain(published.id)
    expect(await listed('countries', 'name', 'استراليا')).toContain(published.id)
  })
})
