import { readableFold } from './normalize'

/** Slugs stay short enough to read and to share. */
export const MAX_SLUG_LENGTH = 80

/**
 * A safe slug: letters and decimal digits (Arabic, Latin or another script) in words joined by
 * single hyphens. No slash, dot, percent sign, space, mark, control or invisible character.
 */
export const SAFE_SLUG = /^[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*$/u

export const isSafeSlug = (value: unknown): boolean =>
  typeof value === 'string' && SAFE_SLUG.test(value)

/**
 * A URL slug from a title, in its own script: English becomes
 * `from-beijing-to-cairo`, Arabic stays readable Arabic
 * (`من-بكين-الي-القاهره`), folded so that spelling variants give the same
 * slug (but for the hamza's seat, kept as readers write it: ./normalize.ts). Letters and digits of any script are kept, joined by single hyphens;
 * everything else (punctuation, « », quotes, diacritics) goes. Cut at a word
 * boundary within MAX_SLUG_LENGTH characters. The result is always a SAFE_SLUG (or empty).
 */
export const slugify = (title: string): string => {
  const words = readableFold(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents: é → e
    // Recompose what NFKD took apart and is not an accent (ؤ, ئ: a letter and a hamza), then drop
    // the marks and invisible characters left, inside words rather than between them.
    .normalize('NFC')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG_LENGTH) break
    slug = next
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || ''
}
