import type { ParsedQuery } from './query'
import type { IndexRow } from './rows'
import { SEARCH_COLLECTIONS } from './sources'

/**
 * The keys of the index: one token per fact a search filters or ranks on,
 * so that the database answers every question by looking tokens up (FTS5 on
 * SQLite, a GIN index on PostgreSQL), never by reading positions or columns:
 * - `xw` + stem: the word is in the document;
 * - `xt` + stem: ...in its title; `xh` + stem: ...in its title or summary;
 * - `xp` + stem + `_` + stem: the two words follow each other in one field;
 * - `xs` + language + audience (+ collection): the row's scope.
 * Stems are letters, marks and digits only (see tokenize), so a key is one
 * token for FTS5 (with `_` a token character) and no stem is a key.
 */
const KEY = { head: 'xh', pair: 'xp', scope: 'xs', title: 'xt', word: 'xw' }

const stemsOf = (terms: string): string[] => terms.split(' ').filter(Boolean)
const pairsOf = (stems: string[]): string[] =>
  stems.slice(1).map((stem, i) => `${KEY.pair}${stems[i]}_${stem}`)
const prefixed = (prefix: string, stems: string[]) => stems.map((stem) => prefix + stem)

/** The key of a scope: language and audience, and, given one, a collection. */
export const scopeKey = (locale: string, visibility: string, collection = ''): string =>
  `${KEY.scope}${locale}${visibility}${collection}`

/** Every key of an index row, once each. */
export const keysOf = (row: IndexRow): string[] => {
  const [title, summary, body] = [row.titleTerms, row.summaryTerms, row.bodyTerms].map(stemsOf)
  return [
    ...new Set([
      scopeKey(row.locale, row.visibility),
      scopeKey(row.locale, row.visibility, row.collection),
      ...prefixed(KEY.word, [...title!, ...summary!, ...body!]),
      ...prefixed(KEY.title, title!),
      ...prefixed(KEY.head, [...title!, ...summary!]),
      ...pairsOf(title!),
      ...pairsOf(summary!),
      ...pairsOf(body!),
    ]),
  ]
}

/**
 * A search as keys: what every match has (each word, and each phrase as its
 * pairs of words), and the marks of the ranking tiers (see tiers.ts).
 */
export const queryKeys = (query: ParsedQuery) => ({
  head: prefixed(KEY.head, query.terms),
  match: [...prefixed(KEY.word, query.terms), ...query.phrases.flatMap(pairsOf)],
  phrase: pairsOf(query.terms),
  title: prefixed(KEY.title, query.terms),
})

/**
 * A phrase of three words or more, which pairs alone do not pin down: a LIKE
 * pattern that finds it word for word in a field's stems (space-separated;
 * stems have no `%` or `_`), tried on the candidates the keys found.
 */
export const longPhrasePatterns = (query: ParsedQuery): string[] =>
  query.phrases.filter((phrase) => phrase.length > 2).map((phrase) => `% ${phrase.join(' ')} %`)

const MINUTE = 60_000
/** Minutes are offset so that dates back to 1843 stay above rows without a date (0). */
const MINUTES_OFFSET = 2n ** 26n
/** Bits of a document's number in the low half of the sort key: ids up to 134 million. */
const MAX_DOCUMENT = 2 ** 27

/**
 * The order of rows inside a ranking tier, as one integer (a decimal string:
 * it passes 2^53), unique per row and the same whatever order rows are
 * indexed in: the date to the minute (none: last), then the document number,
 * collection, language and audience. Newest first is largest first; two rows
 * of one minute go by document number, the later created first.
 */
export const sortKeyOf = (row: IndexRow): string => {
  const documentNumber = Number(row.docId)
  if (!Number.isInteger(documentNumber) || documentNumber < 0 || documentNumber >= MAX_DOCUMENT)
    throw new Error(`search: document id ${row.docId} is not a number below ${MAX_DOCUMENT}`)
  const minutes = row.date
    ? BigInt(Math.floor(new Date(row.date).getTime() / MINUTE)) + MINUTES_OFFSET
    : 0n
  const identity =
    BigInt(documentNumber) * 32n +
    BigInt(SEARCH_COLLECTIONS.indexOf(row.collection)) * 4n +
    (row.locale === 'ar' ? 2n : 0n) +
    (row.visibility === 'public' ? 1n : 0n)
  return String(minutes * 2n ** 32n + identity)
}
