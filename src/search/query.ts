import type { Bilingual } from '../lib/caller-language'
import { type Token, tokenize } from '../lib/stem'

/** Longer searches are refused: nobody types more, and every word costs a lookup. */
export const MAX_QUERY_LENGTH = 200

/**
 * A search as the index understands it: the light stems of its words, in
 * order, some of them grouped into phrases that must appear word for word.
 * Every stem is made of letters, marks and digits only (see tokenize), which
 * is what makes it safe to quote in FTS5 and tsquery syntax.
 */
export type ParsedQuery = {
  /** Every stem, in the order typed; a document must contain them all. */
  terms: string[]
  /** Groups of two or more stems typed in quotes: each must appear as a phrase. */
  phrases: string[][]
}

export type QueryProblem = 'empty' | 'no-words' | 'too-long'

export const QUERY_PROBLEMS: Record<QueryProblem, Bilingual> = {
  empty: { ar: 'اكتب ما تبحث عنه في q.', en: 'Type what you are looking for in "q".' },
  'no-words': {
    ar: 'لا يحوي البحث كلمات يُبحث عنها، بل علامات ترقيم أو رموزًا فقط.',
    en: 'The search has no words to look for, only punctuation or operators.',
  },
  'too-long': {
    ar: `البحث أطول من ${MAX_QUERY_LENGTH} حرف؛ اختصره.`,
    en: `The search is longer than ${MAX_QUERY_LENGTH} characters; shorten it.`,
  },
}

/**
 * Search-engine operators typed out of habit. We have no boolean syntax, so
 * they are not words to look for either (lower-case "or" still is an English word).
 */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR'])

/** Quotes that open or close a phrase, in either script: "…", “…”, «…». */
const PHRASE = /["“”«»]([^"“”«»]*)["“”«»]/g

const wordsOf = (text: string): Token[] =>
  tokenize(text).filter((token) => token.stem && !OPERATORS.has(text.slice(token.start, token.end)))

/** The parts of each compound typed (counter-terrorism, counterterrorism): a phrase each. */
const compounds = (tokens: Token[]): string[][] => {
  const byWord = new Map<number, string[]>()
  for (const token of tokens)
    byWord.set(token.word, [...(byWord.get(token.word) ?? []), token.stem])
  return [...byWord.values()].filter((stems) => stems.length > 1)
}

/** Reads what a reader typed into stems and phrases, or says why there is nothing to search for. */
export const parseSearchQuery = (
  input: string,
): { problem: QueryProblem } | { query: ParsedQuery } => {
  const q = input.trim()
  if (!q) return { problem: 'empty' }
  if (q.length > MAX_QUERY_LENGTH) return { problem: 'too-long' }
  const terms: string[] = []
  const phrases: string[][] = []
  const loose = (text: string) => {
    const tokens = wordsOf(text)
    terms.push(...tokens.map((token) => token.stem))
    phrases.push(...compounds(tokens))
  }
  let last = 0
  for (const match of q.matchAll(PHRASE)) {
    loose(q.slice(last, match.index))
    const phrase = wordsOf(match[1]!).map((token) => token.stem)
    terms.push(...phrase)
    if (phrase.length > 1) phrases.push(phrase)
    last = match.index + match[0].length
  }
  loose(q.slice(last))
  if (terms.length === 0) return { problem: 'no-words' }
  return { query: { phrases, terms } }
}
