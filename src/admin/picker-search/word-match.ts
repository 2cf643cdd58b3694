import { normalizeText } from '../../lib/normalize'

/** The typed words, normalized as the search API normalizes them. */
const wordsOf = (typed: string): string[] => normalizeText(typed).split(/\s+/).filter(Boolean)

/** Whether every word typed appears in `label` once both are normalized: الامنية in «الأمنية». */
export const labelHasWords = (label: string, typed: string): boolean => {
  const normalized = normalizeText(label)
  return wordsOf(typed).every((word) => normalized.includes(word))
}

/**
 * Payload's relationship pickers ask the server for the documents matching what
 * the editor types (our list search normalizes it: admin-list-search.ts), then
 * filter the answer again in the browser with `wordBoundariesRegex(typed).test(label)`,
 * literally: إسبانيا, found for اسبانيا, was hidden again. This matcher keeps
 * Payload's literal test and adds the normalized one, so the picker shows what
 * the list search finds by spelling. (The pickers still hide a document found
 * only by an alias its title does not contain.)
 */
export const normalizedWordMatcher = (typed: string, literal: RegExp): RegExp => {
  class NormalizedWordMatch extends RegExp {
    override test(label: string): boolean {
      return super.test(label) || labelHasWords(String(label), typed)
    }
  }
  return new NormalizedWordMatch(literal.source, literal.flags)
}
