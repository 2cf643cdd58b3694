import { describe, expect, it } from '@jest/globals'

import { paragraphsToLexical } from '../../src/seed/lexical'
import { lexicalToPlainText } from '../../src/lib/plain-text'
import { rowsFor, termsOf } from '../../src/search/rows'
import { inLocale } from '../../src/search/search-source'

describe('lexicalToPlainText', () => {
  it('joins text nodes, links included, with a line per paragraph', () => {
    const body = paragraphsToLexical(
      ['التقى [[الوزير|people:7]] نظيره.', 'فقرة ثانية.'],
      'rtl',
      (relationTo, key) => ({ relationTo, value: key }),
    )
    expect(lexicalToPlainText(body)).toBe('التقى الوزير نظيره.\nفقرة ثانية.')
  })

  it('gives nothing for what is not Lexical', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText('text')).toBe('')
  })
})

describe('index rows', () => {
  it('store stems for matching and the original text for display', () => {
    expect(termsOf('الأكاديمية المصرية', 'Visits')).toBe('اكاديم مصر visit')
  })

  it('fall back to the other language, as Payload does for readers', () => {
    expect(inLocale({ ar: 'عنوان', en: null }, 'en')).toBe('عنوان')
    expect(inLocale({ ar: 'عنوان', en: 'Title' }, 'en')).toBe('Title')
  })

  it('make one row per language of an article, with its filters', () => {
    const doc = {
      body: {
        ar: paragraphsToLexical(['نص المقال.'], 'rtl'),
        en: paragraphsToLexical(['The body.'], 'ltr'),
      },
      countries: [3, { id: 4 }],
      id: 12,
      publishedAt: '2024-10-28T09:00:00.000Z',
      slug: { ar: 'مقال', en: 'article' },
      summary: { ar: 'ملخص', en: 'Summary' },
      title: { ar: 'العنوان', en: 'The title' },
      topics: [5],
    }
    const [ar, en] = rowsFor('articles', doc, 'public')
    expect(ar).toEqual({
      bodyTerms: 'نص مقال',
      collection: 'articles',
      content: 'ملخص\nنص المقال.',
      countries: ['3', '4'],
      date: '2024-10-28T09:00:00.000Z',
      docId: '12',
      locale: 'ar',
      slug: 'مقال',
      summaryTerms: 'ملخص',
      title: 'العنوان',
      titleTerms: 'عنو',
      topics: ['5'],
      visibility: 'public',
    })
    expect(en).toMatchObject({
      content: 'Summary\nThe body.',
      locale: 'en',
      slug: 'article',
      title: 'The title',
      titleTerms: 'the titl',
    })
  })

  it('match people by every name and alias, in any language, but show the name of the page', () => {
    const doc = {
      aliases: [{ name: 'وانج شيا هونج' }],
      id: 2,
      name: { ar: 'وانغ شياو هونغ', en: 'Wang Xiaohong' },
      positions: [],
    }
    const [ar, en] = rowsFor('people', doc, 'staff')
    expect(ar!.title).toBe('وانغ شياو هونغ')
    expect(en!.title).toBe('Wang Xiaohong')
    for (const row of [ar!, en!])
      expect(row.titleTerms.split(' ')).toEqual(
        expect.arrayContaining(['وانج', 'وانغ', 'wang', 'xiaohong']),
      )
  })

  it('date agreements by their signing and events by their start', () => {
    const [agreement] = rowsFor(
      'agreements',
      { id: 1, signingDate: { date: '2024-05-01T00:00:00.000Z' }, title: { ar: 'بروتوكول' } },
      'public',
    )
    const [event] = rowsFor(
      'events',
      {
        id: 1,
        location: { country: 9 },
        startDate: { date: '2024-10-01T00:00:00.000Z' },
        title: { ar: 'زيارة' },
      },
      'public',
    )
    expect([agreement!.date, event!.date, event!.countries]).toEqual([
      '2024-05-01T00:00:00.000Z',
      '2024-10-01T00:00:00.000Z',
      ['9'],
    ])
  })
})
