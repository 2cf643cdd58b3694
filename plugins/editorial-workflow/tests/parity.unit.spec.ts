import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { languageList } from '../src/label'
import {
  afterEditIn,
  incompleteLocales,
  inLocale,
  isFilled,
  localeComplete,
  requiredLocalizedFields,
  sourceLocaleOf,
  translationsDue,
  translationStatusOf,
  translationSummary,
} from '../src/parity'
import type { TranslationState } from '../src/types'

const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const linebreak = () => ({ type: 'linebreak', version: 1 })
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  direction: 'rtl',
  format: '',
  indent: 0,
  version: 1,
  children,
})
const lexical = (...children: object[]) => ({
  root: { type: 'root', direction: 'rtl', format: '', indent: 0, version: 1, children },
})

describe('isFilled', () => {
  // [what, value, filled]
  const cases: [string, unknown, boolean][] = [
    ['undefined', undefined, false],
    ['null', null, false],
    ['the empty string', '', false],
    ['spaces, tabs and newlines', ' \t\n ', false],
    ['an Arabic word', 'بيان', true],
    ['a word in spaces', '  x  ', true],
    ['an empty array', [], false],
    ['an array of empty strings', ['', '  ', null], false],
    ['an array with one word', ['', 'x'], true],
    ['nested empty arrays', [[], [[]]], false],
    ['an empty object', {}, false],
    ['a number', 0, true],
    ['a relationship value', { relationTo: 'media', value: 3 }, true],
    ['a Lexical tree without children', lexical(), false],
    ['a Lexical tree with one empty paragraph', lexical(paragraph()), false],
    ['a Lexical tree of empty paragraphs', lexical(paragraph(), paragraph(), paragraph()), false],
    [
      'a Lexical tree whose only text is blank',
      lexical(paragraph(text('   ')), paragraph(text(''))),
      false,
    ],
    ['a Lexical tree with text', lexical(paragraph(text('نص'))), true],
    [
      'a Lexical tree with text after empty paragraphs',
      lexical(paragraph(), paragraph(text(' '), text('x'))),
      true,
    ],
    [
      'a Lexical tree with text deep in a list',
      lexical({
        type: 'list',
        children: [{ type: 'listitem', children: [paragraph(text('بند'))] }],
      }),
      true,
    ],
    ['a Lexical tree with a null root', { root: null }, false],
    ['a text node', text('x'), true],
  ]

  it.each(cases)('%s → %s', (_what, value, filled) => {
    expect(isFilled(value)).toBe(filled)
  })

  it('sees no text in a Lexical tree of line breaks only', () => {
    // "True when a field value has something a reader would see (text, or a rich-text tree with text)":
    // a paragraph of Shift+Enter line breaks shows the reader nothing.
    expect(isFilled(lexical(paragraph(linebreak(), linebreak())))).toBe(false)
  })
})

describe('requiredLocalizedFields', () => {
  it('lists the top-level fields that are both localized and required', () => {
    const fields: Field[] = [
      { name: 'title', type: 'text', localized: true, required: true },
      { name: 'summary', type: 'textarea', localized: true },
      { name: 'slug', type: 'text', required: true },
      { name: 'body', type: 'richText', localized: true, required: true },
      { name: 'flag', type: 'checkbox', localized: true, required: false },
      { type: 'row', fields: [{ name: 'inRow', type: 'text', localized: true, required: true }] },
    ]
    expect(requiredLocalizedFields(fields)).toEqual(['title', 'body'])
    expect(requiredLocalizedFields([])).toEqual([])
  })
})

describe('inLocale and localeComplete', () => {
  it('reads one locale out of a localized value, and nothing out of anything else', () => {
    expect(inLocale({ ar: 'عنوان', en: 'Title' }, 'en')).toBe('Title')
    expect(inLocale({ ar: 'عنوان' }, 'en')).toBeUndefined()
    expect(inLocale('not localized', 'ar')).toBeUndefined()
    expect(inLocale(['ar', 'en'], 'ar')).toBeUndefined()
    expect(inLocale(null, 'ar')).toBeUndefined()
  })

  it('calls a document complete when every parity field is filled', () => {
    expect(
      localeComplete({ body: lexical(paragraph(text('x'))), title: 't' }, ['title', 'body']),
    ).toBe(true)
    expect(localeComplete({ body: lexical(paragraph()), title: 't' }, ['title', 'body'])).toBe(
      false,
    )
    expect(localeComplete({ title: 't' }, ['title', 'body'])).toBe(false)
    expect(localeComplete({}, [])).toBe(true)
  })
})

describe('incompleteLocales', () => {
  const LOCALES = ['ar', 'en']
  const FIELDS = ['title', 'body']
  const both = { body: { ar: 'نص', en: 'Text' }, title: { ar: 'عنوان', en: 'Title' } }
  const arabicOnly = { body: { ar: 'نص', en: '' }, title: { ar: 'عنوان', en: null } }
  const noBodyInEnglish = { body: { ar: 'نص' }, title: { ar: 'عنوان', en: 'Title' } }

  // [what, document, translation state, incomplete locales]
  const cases: [string, Record<string, unknown>, null | TranslationState | undefined, string[]][] =
    [
      ['both locales filled, no state', both, undefined, []],
      ['both filled, null state', both, null, []],
      ['Arabic only', arabicOnly, undefined, ['en']],
      ['one field missing in English', noBodyInEnglish, {}, ['en']],
      ['an empty document', {}, undefined, ['ar', 'en']],
      ['Arabic only, English waived', arabicOnly, { en: { reason: 'عاجل', status: 'waived' } }, []],
      [
        'nothing at all, both waived',
        {},
        { ar: { status: 'waived' }, en: { status: 'waived' } },
        [],
      ],
      [
        'both filled, English outdated',
        both,
        { ar: { status: 'complete' }, en: { status: 'outdated' } },
        ['en'],
      ],
      [
        'both filled, both outdated',
        both,
        { ar: { status: 'outdated' }, en: { status: 'outdated' } },
        ['ar', 'en'],
      ],
      [
        'recorded complete but empty: the content decides',
        arabicOnly,
        { ar: { status: 'complete' }, en: { status: 'complete' } },
        ['en'],
      ],
      [
        'recorded missing but filled: the content decides',
        both,
        { ar: { status: 'missing' }, en: { status: 'missing' } },
        [],
      ],
    ]

  it.each(cases)('%s → %j', (_what, doc, translations, expected) => {
    expect(incompleteLocales(doc, FIELDS, LOCALES, translations)).toEqual(expected)
  })

  it('reports locales in the configured order and only those', () => {
    expect(incompleteLocales({}, ['title'], ['en', 'ar'], undefined)).toEqual(['en', 'ar'])
    expect(incompleteLocales({ title: { fr: 'Titre' } }, ['title'], ['ar'], undefined)).toEqual([
      'ar',
    ])
  })

  it('with no parity fields, blocks only on outdated translations', () => {
    expect(incompleteLocales({}, [], LOCALES, undefined)).toEqual([])
    expect(incompleteLocales({}, [], LOCALES, { en: { status: 'outdated' } })).toEqual(['en'])
  })
})

describe('afterEditIn', () => {
  const LOCALES = ['ar', 'en']

  it('records a first text as complete, and the other locale as missing', () => {
    expect(afterEditIn(undefined, 'ar', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'missing' },
    })
    expect(afterEditIn(null, 'ar', false, LOCALES, 'ar')).toEqual({
      ar: { status: 'missing' },
      en: { status: 'missing' },
    })
  })

  it('outdates nothing with a first translation, complete or not', () => {
    const before: TranslationState = { ar: { status: 'complete' }, en: { status: 'missing' } }
    expect(afterEditIn(before, 'en', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'complete' },
    })
    expect(afterEditIn(before, 'en', false, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'missing' },
    })
  })

  it('outdates the other complete locales when the complete source is edited, or emptied', () => {
    const before: TranslationState = { ar: { status: 'complete' }, en: { status: 'complete' } }
    expect(afterEditIn(before, 'ar', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'outdated' },
    })
    expect(afterEditIn(before, 'ar', false, LOCALES, 'ar')).toEqual({
      ar: { status: 'missing' },
      en: { status: 'outdated' },
    })
    // A story written in English: its English edits outdate the Arabic.
    expect(afterEditIn(before, 'en', true, LOCALES, 'en')).toEqual({
      ar: { status: 'outdated' },
      en: { status: 'complete' },
    })
  })

  it('never outdates the source when a complete translation is edited (issue #21)', () => {
    const before: TranslationState = { ar: { status: 'complete' }, en: { status: 'complete' } }
    expect(afterEditIn(before, 'en', true, LOCALES, 'ar')).toEqual(before)
    expect(afterEditIn(before, 'en', false, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'missing' },
    })
  })

  it('outdates the translations when a source left outdated by the earlier rule is edited', () => {
    const before: TranslationState = { ar: { status: 'outdated' }, en: { status: 'complete' } }
    expect(afterEditIn(before, 'ar', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'outdated' },
    })
  })

  it('outdates nothing when a missing source gets its first text', () => {
    const before: TranslationState = { ar: { status: 'missing' }, en: { status: 'complete' } }
    expect(afterEditIn(before, 'ar', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'complete' },
    })
  })

  it('outdates only complete locales: missing, waived and outdated ones keep their status and reason', () => {
    const locales = ['ar', 'en', 'fr', 'de', 'tr']
    const before: TranslationState = {
      ar: { status: 'complete' },
      de: { status: 'outdated' },
      en: { status: 'complete' },
      fr: { reason: 'لا جمهور', status: 'waived' },
      tr: { status: 'missing' },
    }
    expect(afterEditIn(before, 'ar', true, locales, 'ar')).toEqual({
      ar: { status: 'complete' },
      de: { status: 'outdated' },
      en: { status: 'outdated' },
      fr: { reason: 'لا جمهور', status: 'waived' },
      tr: { status: 'missing' },
    })
  })

  it('makes an outdated translation complete again when it catches up, outdating nothing', () => {
    const before: TranslationState = { ar: { status: 'complete' }, en: { status: 'outdated' } }
    expect(afterEditIn(before, 'en', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'complete' },
    })
  })

  it('does not outdate anything when a waived locale gets its translation', () => {
    const before: TranslationState = {
      ar: { status: 'complete' },
      en: { reason: 'عاجل', status: 'waived' },
    }
    expect(afterEditIn(before, 'en', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'complete' },
    })
  })

  it('keeps to the configured locales and leaves its input untouched', () => {
    const before: TranslationState = {
      ar: { status: 'complete' },
      en: { status: 'complete' },
      xx: { status: 'complete' },
    }
    const copy = structuredClone(before)
    expect(afterEditIn(before, 'ar', true, LOCALES, 'ar')).toEqual({
      ar: { status: 'complete' },
      en: { status: 'outdated' },
    })
    expect(before).toEqual(copy)
  })

  it('over any sequence of edits: only a source edit outdates, and only what was complete', () => {
    const locales = ['ar', 'en', 'fr']
    const edit = fc.record({ complete: fc.boolean(), locale: fc.constantFrom(...locales) })
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.array(edit, { maxLength: 12 }),
        (source, edits) => {
          let state: TranslationState = afterEditIn(undefined, source, true, locales, source)
          for (const { complete, locale } of edits) {
            const next = afterEditIn(state, locale, complete, locales, source)
            expect(next[locale].status).toBe(complete ? 'complete' : 'missing')
            for (const other of locales.filter((code) => code !== locale)) {
              const became = next[other].status
              if (became === 'outdated' && state[other].status !== 'outdated') {
                expect(locale).toBe(source)
                expect(state[other].status).toBe('complete')
                expect(['complete', 'outdated']).toContain(state[source].status)
              } else expect(next[other]).toEqual(state[other])
            }
            state = next
          }
        },
      ),
    )
  })
})

describe('sourceLocaleOf', () => {
  it('reads the recorded source, and the default locale where none was recorded', () => {
    expect(sourceLocaleOf({ sourceLocale: 'en' }, 'ar')).toBe('en')
    expect(sourceLocaleOf({ sourceLocale: null }, 'ar')).toBe('ar')
    expect(sourceLocaleOf({}, 'ar')).toBe('ar')
    expect(sourceLocaleOf(null, 'ar')).toBe('ar')
    expect(sourceLocaleOf(undefined, undefined)).toBeUndefined()
  })
})

describe('translationSummary and translationsDue', () => {
  const locales = ['ar', 'en', 'fr']
  const status = fc.constantFrom('complete', 'missing', 'outdated', 'waived', undefined)
  const state = fc
    .dictionary(fc.constantFrom(...locales), status)
    .map(
      (entries) =>
        Object.fromEntries(
          Object.entries(entries).flatMap(([locale, value]) =>
            value ? [[locale, { status: value }]] : [],
          ),
        ) as TranslationState,
    )

  it('over any state: due are the other languages missing or outdated, and the summary is the worst of them', () => {
    fc.assert(
      fc.property(state, fc.constantFrom(...locales), (recorded, source) => {
        const due = translationsDue(recorded, locales, source)
        const expected = locales.filter(
          (locale) =>
            locale !== source &&
            ['missing', 'outdated', undefined].includes(recorded[locale]?.status),
        )
        expect(due.map((item) => item.locale)).toEqual(expected)
        for (const item of due) expect(item.status).toBe(recorded[item.locale]?.status ?? 'missing')
        const summary = translationSummary(recorded, locales, source)
        if (due.some((item) => item.status === 'outdated')) expect(summary).toBe('outdated')
        else if (due.length > 0) expect(summary).toBe('missing')
        else expect(summary).toBe('complete')
      }),
    )
  })

  it('never holds the source language against a document, and counts a waiver as done', () => {
    expect(translationSummary({ ar: { status: 'missing' } }, ['ar', 'en'], 'en')).toBe('missing')
    expect(
      translationSummary(
        { ar: { status: 'complete' }, en: { status: 'missing' } },
        ['ar', 'en'],
        'en',
      ),
    ).toBe('complete')
    expect(translationSummary({ en: { status: 'waived' } }, ['ar', 'en'], 'ar')).toBe('complete')
    expect(translationSummary(null, ['ar', 'en'], 'ar')).toBe('missing')
  })

  it('has nothing missing in a collection with no text to translate', () => {
    const options = {
      defaultLocale: 'ar',
      locales: ['ar', 'en'],
      parityFields: { a: ['title'], b: [] },
    }
    expect(translationStatusOf(options, 'a', null)).toBe('missing')
    expect(translationStatusOf(options, 'b', null)).toBe('complete')
    expect(
      translationStatusOf(options, 'a', {
        sourceLocale: 'en',
        translations: { ar: { status: 'outdated' }, en: { status: 'complete' } },
      }),
    ).toBe('outdated')
  })
})

describe('the incomplete languages, as a refusal names them', () => {
  it('names each language in the caller’s language, listed as that language lists', () => {
    expect(languageList({ i18n: { language: 'ar' } }, ['ar', 'en'])).toBe('العربية، الإنجليزية')
    expect(languageList({ i18n: { language: 'en' } }, ['ar', 'en'])).toBe('Arabic, English')
    // Arabic when the request says nothing, as the workflow's texts are.
    expect(languageList(undefined, ['en'])).toBe('الإنجليزية')
  })
})
