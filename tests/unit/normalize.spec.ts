import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { nameKey, normalizeText, readableFold } from '../../src/lib/normalize'
import { slugify } from '../../src/lib/slugify'
import { stemWord } from '../../src/lib/stem'

const SEED = Number(process.env.FC_SEED ?? 20261203)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 300)

describe('normalizeText', () => {
  it.each([
    ['الأمنى', 'الامني'], // final ى and hamza on alef, as the report writes it
    ['الأمني', 'الامني'],
    ['مُستشار', 'مستشار'], // a damma
    ['المُشترك', 'المشترك'],
    ['إستراتيجية', 'استراتيجيه'], // hamza below, taa marbuta
    ['آفاقاً', 'افاقا'], // madda, tanween
    ['ٱلسلام', 'السلام'], // wasla
    ['الـــشرطة', 'الشرطه'], // tatweel
    ['٢٠٢٤', '2024'],
    ['۲۰۲۵', '2025'],
    ['\u200Fمصر\u200E', 'مصر'], // bidi marks
    ['Wang XIAOHONG', 'wang xiaohong'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  describe('folds each class writers and keyboards across the Arab world produce', () => {
    it.each([
      // Hamza seats that Egyptian and standard orthography write differently.
      ['hamza on yeh (Egyptian)', 'مسئول', 'مسءول'],
      ['hamza on waw (standard)', 'مسؤول', 'مسءول'],
      ['hamza seats, plural (Egyptian)', 'شئون', 'شءون'],
      ['hamza seats, plural (standard)', 'شؤون', 'شءون'],
      ['hamza on alef forms', 'أسامة', 'اسامه'],
      ['alef with wavy hamza (Urdu)', 'ٲمن', 'امن'],
      // Letters of Persian and Urdu keyboard layouts.
      ['Persian yeh', 'الأمنی', 'الامني'],
      ['Urdu yeh barree', 'الأمنے', 'الامني'],
      ['Persian keheh', 'الشرکة', 'الشركه'],
      ['swash kaf', 'ڪتاب', 'كتاب'],
      ['heh goal (Urdu)', 'شرطہ', 'شرطه'],
      ['heh doachashmee', 'ھيئة', 'هيءه'],
      ['heh with yeh above', 'خانۀ', 'خانه'],
      ['teh marbuta goal', 'شرطۃ', 'شرطه'],
      // Presentation forms and ligatures, as PDFs and old systems paste them.
      ['presentation forms', 'ﺍﻟﺸﺮﻃﺔ', 'الشرطه'],
      ['lam-alef ligature', 'ﻻ', 'لا'],
      // Invisible characters inside words.
      ['zero-width non-joiner', 'وزارة\u200Cالداخلية', 'وزارهالداخليه'],
      ['zero-width space, soft hyphen, BOM', '\uFEFFالشر\u200Bطة\u00AD', 'الشرطه'],
      ['Arabic letter mark', 'مصر\u061C', 'مصر'],
      // Quranic annotation marks and the hamza marks combining characters leave.
      ['small high marks', 'الأمن\u06D6', 'الامن'],
      ['combining hamza above a yeh', 'مسي\u0654ول', 'مسءول'],
    ])('%s: %s', (_, variant, expected) => {
      expect(normalizeText(variant)).toBe(expected)
    })
  })

  it('gives any word and any way of writing it the same key (property)', () => {
    // A word written in the folded alphabet, and a writer's spelling of it: each letter in one of its
    // forms, with diacritics, tatweel and invisible characters between letters.
    const FORMS: Record<string, string[]> = {
      ا: ['ا', 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ'],
      ء: ['ء', 'ؤ', 'ئ', 'ۓ'],
      ك: ['ك', 'ک', 'ڪ'],
      ه: ['ه', 'ة', 'ۀ', 'ہ', 'ھ', 'ۃ', 'ە'],
      ي: ['ي', 'ى', 'ی', 'ے'],
    }
    const letters = [...'بتثجحخدذرزسشصضطظعغفقلمنو', ...Object.keys(FORMS)]
    const noise = [
      '',
      '\u064E',
      '\u064F',
      '\u0650',
      '\u0651',
      '\u0652',
      '\u064B',
      '\u0640',
      '\u200C',
      '\u200F',
    ]
    const writtenWord = fc
      .array(fc.tuple(fc.constantFrom(...letters), fc.nat(), fc.constantFrom(...noise)), {
        maxLength: 12,
        minLength: 1,
      })
      .map((parts) => ({
        folded: parts.map(([letter]) => letter).join(''),
        written: parts
          .map(([letter, pick, mark]) => {
            const forms = FORMS[letter] ?? [letter]
            return forms[pick % forms.length] + mark
          })
          .join(''),
      }))
    fc.assert(
      fc.property(writtenWord, ({ folded, written }) => {
        expect(normalizeText(written)).toBe(folded)
        expect(stemWord(written)).toBe(stemWord(folded))
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })

  it('is idempotent on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text))
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })

  it('keeps the hamza’s seat in readable forms such as slugs', () => {
    expect(readableFold('رئيس الشؤون')).toBe('رئيس الشؤون')
    expect(slugify('رئيس قطاع الشؤون الأمنية')).toBe('رئيس-قطاع-الشؤون-الامنيه')
    expect(slugify('الشرکة')).toBe('الشركه')
  })
})

describe('nameKey', () => {
  it('treats guillemets, quotes and spacing as noise', () => {
    expect(nameKey('«وانج شيا هونج»')).toBe('وانج شيا هونج')
    expect(nameKey('  Bachir   "Diallo" ')).toBe('bachir diallo')
  })

  it('makes the report spelling and the standard spelling of a name equal', () => {
    expect(nameKey('بانكولى أدوى')).toBe(nameKey('بانكولي أدوي'))
    expect(nameKey('مُحمد جاد')).toBe(nameKey('محمد جاد'))
  })

  it('makes Egyptian and standard hamza seats, and Persian letters, equal in names', () => {
    expect(nameKey('وزير الشئون الخارجية')).toBe(nameKey('وزير الشؤون الخارجيّة'))
    expect(nameKey('کریم')).toBe(nameKey('كريم'))
  })

  it('keeps different names apart', () => {
    expect(nameKey('محمود توفيق')).not.toBe(nameKey('محمد توفيق'))
  })
})
