import { stemmer } from 'stemmer'

import { compoundParts } from './english-compounds'
import { americanSpelling } from './english-spelling'
import { normalizeText } from './normalize'

/**
 * A light stemmer for matching, never for display, in the manner of Lucene's
 * Arabic light stemmer: after normalization it strips one conjunction (و ف),
 * then a preposition with the article or the article alone (بال كال فال لل ال,
 * or ب ل ك before a long word), then one common suffix (ية ات ون ين ان يا ي ه).
 * So الصينى, الصين and والصين all give صين, and المصرية gives مصر. English
 * words are lowercased, lose a possessive 's, are spelled the American way
 * (see english-spelling.ts: colour and color both give color) and go through
 * Porter's stemmer (visits, visited and visiting all give visit).
 */
const PREFIXES = ['بال', 'كال', 'فال', 'لل', 'ال']
const SUFFIXES = ['يه', 'ات', 'ون', 'ين', 'ان', 'يا', 'ي', 'ه']
const MIN_STEM = 2

const isArabic = (word: string) => /[\u0600-\u06FF]/.test(word)

const stemOf = (word: string): string => {
  let w = normalizeText(word)
  if (!isArabic(w))
    return /^[a-z]+$/.test((w = w.replace(/['’]s$/, ''))) ? stemmer(americanSpelling(w)) : w
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 4) w = w.slice(1)
  const prefix = PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= MIN_STEM + 1)
  if (prefix) w = w.slice(prefix.length)
  else if (/^[بلك]/.test(w) && w.length > 4) w = w.slice(1)
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM + 1)
  if (suffix) w = w.slice(0, -suffix.length)
  return w
}

/**
 * Stems of the words already seen. Texts repeat their words, and a newsroom's
 * vocabulary is small beside its text, so indexing mostly looks stems up
 * instead of normalizing each word again (a fifth of an import's time before).
 * Emptied when full: a pure function's cache needs no finer eviction.
 */
const stems = new Map<string, string>()
const STEMS_KEPT = 50_000

export const stemWord = (word: string): string => {
  let stem = stems.get(word)
  if (stem === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear()
    stems.set(word, (stem = stemOf(word)))
  }
  return stem
}

/**
 * The stems of one written word: one, or for an English compound written in
 * one word its parts' (counterterrorism gives counter and terror, as
 * counter-terrorism and counter terrorism do; see english-compounds.ts).
 */
const wordStems = (word: string): string[] => {
  const lower = word.toLowerCase()
  return /^[a-z]+$/.test(lower) ? compoundParts(lower).map(stemWord) : [stemWord(word)]
}

/**
 * A word of a text: its position in the original string (UTF-16 offsets), its
 * stem, and which written word it belongs to (`word` counts them: the parts of
 * counter-terrorism, or of counterterrorism, share one; the parts of a word
 * written joined share its position too).
 */
export type Token = { end: number; start: number; stem: string; word: number }

const LETTERS = '[\\p{L}\\p{M}\\p{N}\\u0640]+'
/** A written word: letters, or letters joined by hyphens. */
const WRITTEN_WORD = new RegExp(`${LETTERS}(?:[-\\u2010\\u2011]${LETTERS})*`, 'gu')
const PART = new RegExp(LETTERS, 'gu')

/** The words of a text, in order, with their positions in the original string and their stems. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  let word = 0
  for (const written of text.matchAll(WRITTEN_WORD)) {
    for (const part of written[0].matchAll(PART)) {
      const start = written.index + part.index
      const end = start + part[0].length
      for (const stem of wordStems(part[0])) tokens.push({ end, start, stem, word })
    }
    word++
  }
  return tokens
}
