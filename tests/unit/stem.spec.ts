import { describe, expect, it } from '@jest/globals'

import { stemWord, tokenize } from '../../src/lib/stem'

describe('stemWord', () => {
  it.each([
    ['الصين', 'صين'],
    ['الصينى', 'صين'], // the report's adjective, with final ى
    ['والصين', 'صين'],
    ['مصر', 'مصر'],
    ['المصرية', 'مصر'],
    ['إيطاليا', 'ايطال'],
    ['الإيطالية', 'ايطال'],
    ['غينيا', 'غين'],
    ['الغينى', 'غين'],
    ['بجمهورية', 'جمهور'],
    ['الأمنى', 'امن'],
    ['الأمني', 'امن'],
    ['جاد', 'جاد'], // too short to lose anything
    ['Egypt’s', 'egypt'],
    ['Wang', 'wang'],
    ['visits', 'visit'],
    ['visited', 'visit'],
    ['Visiting', 'visit'],
    ['partnerships', 'partnership'],
    ['ministries', 'ministri'],
    ['ministry', 'ministri'],
    ['2024', '2024'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem)
  })
})

describe('tokenize', () => {
  it('keeps the original positions of words, diacritics included', () => {
    const text = 'استقبل «مُحمد جاد» الوفد'
    const tokens = tokenize(text)
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'استقبل',
      'مُحمد',
      'جاد',
      'الوفد',
    ])
    expect(tokens[1]!.stem).toBe('محمد')
  })
})
