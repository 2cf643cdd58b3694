import { describe, expect, it } from '@jest/globals'

import { nameKey, normalizeText } from '../../src/lib/normalize'

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

  it('keeps different names apart', () => {
    expect(nameKey('محمود توفيق')).not.toBe(nameKey('محمد توفيق'))
  })
})
