import { normalizeText } from './normalize'

/** Slugs stay short enough to read and to share. */
export const MAX_SLUG_LENGTH = 80

/**
 * A URL slug from a title, in its own script: English becomes
 * `from-beijing-to-cairo`, Arabic stays readable Arabic
 * (`من-بكين-الي-القاهره`), normalized so that spelling variants give the same
 * slug. Letters and digits of any script are kept, joined by single hyphens;
 * everything else (punctuation, « », quotes, diacritics) goes. Cut at a word
 * boundary within MAX_SLUG_LENGTH characters.
 */
export const slugify = (title: string): string => {
  const words = normalizeText(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents: é → e
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG_LENGTH) break
    slug = next
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || ''
}
