import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { isSafeSlug, MAX_SLUG_LENGTH, slugify } from '../../src/lib/slugify'

describe('slugify', () => {
  it.each([
    [
      "From Beijing to Cairo: Egypt's Interior Ministry widens its security partnerships",
      'from-beijing-to-cairo-egypt-s-interior-ministry-widens-its-security-partnerships',
    ],
    ['ITEPA – phase two (2024–2025)', 'itepa-phase-two-2024-2025'],
    ['Café résumé', 'cafe-resume'],
    [
      'من بكين إلى القاهرة: وزارة الداخلية توسّع شراكاتها',
      'من-بكين-الي-القاهره-وزاره-الداخليه-توسع-شراكاتها',
    ],
    ['«زيارة الصين» ٢٠٢٤', 'زياره-الصين-2024'],
    ['التعاون الأمنى', 'التعاون-الامني'],
    ['التعاون الأمني', 'التعاون-الامني'],
    ['   ', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((w) => w === 'word')).toBe(true)
  })

  it('keeps one over-long word cut to the limit', () => {
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH)
  })
})

describe('slugify: safe by construction', () => {
  it('keeps Arabic words whole: hamza on a carrier, alef forms, digits', () => {
    expect(slugify('المؤتمر الدولي')).toBe('المؤتمر-الدولي')
    expect(slugify('سؤال ئ')).toBe('سؤال-ئ')
    expect(slugify('مُؤْتَمَرُ الْقِمَّةِ')).toBe('مؤتمر-القمه')
    expect(slugify('رقم ١٢٣')).toBe('رقم-123')
  })

  it('never makes an unsafe slug, whatever the title', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120, unit: 'binary' }),
          fc.string({ maxLength: 120, unit: 'grapheme' }),
          fc.constantFrom('../../admin', 'a/b', '%2e%2e', 'a\u200bb', 'x\u202ey', 'مؤتمر ..'),
        ),
        (title) => {
          const slug = slugify(title)
          expect(slug === '' || isSafeSlug(slug)).toBe(true)
          expect(slug).not.toMatch(/[/.%\s]/)
        },
      ),
      { numRuns: 2000, seed: 20261202 },
    )
  })

  it('isSafeSlug accepts letters and digits joined by single hyphens only', () => {
    for (const ok of ['مقال', 'from-beijing-to-cairo', 'زياره-2024', 'a1-b2'])
      expect(isSafeSlug(ok)).toBe(true)
    for (const bad of [
      '../../admin',
      '..',
      '.',
      'a/b',
      'a.b',
      'a%2Fb',
      'a b',
      '-a',
      'a-',
      'a--b',
      '',
      'a\u200bb',
      'a\u202eb',
      'a\u0000',
      'مُؤتمر',
      'a\tb',
      5,
      null,
    ]) {
      expect(isSafeSlug(bad)).toBe(false)
    }
  })
})
