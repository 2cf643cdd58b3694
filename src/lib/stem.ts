import { stemmer } from 'stemmer'

import { normalizeText } from './normalize'

/**
 * A light stemmer for matching, never for display, in the manner of Lucene's
 * Arabic light stemmer: after normalization it strips one conjunction (و ف),
 * then a preposition with the article or the article alone (بال كال فال لل ال,
 * or ب ل ك before a long word), then one common suffix (ية ات ون ين ان يا ي ه).
 * So الصينى, الصين and والصين all give صين, and المصرية gives مصر. English
 * words are lowercased, lose a possessive 's and go through Porter's stemmer
 * (visits, visited and visiting all give visit).
 */
const PREFIXES = ['بال', 'كال', 'فال', 'لل', 'ال']
const SUFFIXES = ['يه', 'ات', 'ون', 'ين', 'ان', 'يا', 'ي', 'ه']
const MIN_STEM = 2

const isArabic = (word: string) => /[\u0600-\u06FF]/.test(word)

const stemOf = (word: string): string => {
  let w = normalizeText(word)
  if (!isArabic(w)) return /^[a-z]+$/.test((w = w.replace(/['’]s$/, ''))) ? stemmer(w) : w
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

export type Token = { end: number; start: number; stem: string }

/** The words of a text with their positions in the original string (UTF-16 offsets) and their stems. */
export const tokenize = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{M}\p{N}\u0640]+/gu)].map((match) => ({
    end: match.index + match[0].length,
    start: match.index,
    stem: stemWord(match[0]),
  }))
