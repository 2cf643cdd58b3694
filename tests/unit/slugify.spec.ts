import { describe, expect, it } from '@jest/globals'

import { MAX_SLUG_LENGTH, slugify } from '../../src/text/slugify'

describe('slugify', () => {
  it.each([
    ["From Beijing to Cairo: Egypt's Interior Ministry widens its security partnerships", 'from-beijing-to-cairo-egypt-s-interior-ministry-widens-its-security-partnerships'],
    ['ITEPA – phase two (2024–2025)', 'itepa-phase-two-2024-2025'],
    ['Café résumé', 'cafe-resume'],
    ['من بكين إلى القاهرة: وزارة الداخلية توسّع شراكاتها', 'من-بكين-الي-القاهره-وزاره-الداخليه-توسع-شراكاتها'],
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
