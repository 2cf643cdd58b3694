import { normalizeText } from '../../lib/normalize'
import type { ServerAnswers } from './server-answers'

/** The typed words, normalized as the search API normalizes them. */
export const wordsOf = (typed: string): string[] =>
  normalizeText(typed).split(/\s+/).filter(Boolean)

/** Whether every word typed appears in `label` once both are normalized: الامنية in «الأمنية». */
export const labelHasWords = (label: string, typed: string): boolean => {
  const normalized = normalizeText(label)
  return wordsOf(typed).every((word) => normalized.includes(word))
}

/**
 * Payload's relationship pickers ask the server for the documents matching what
 * the editor types (our list search normalizes it and adds what the search
 * index finds, aliases included: admin-list-search.ts), then filter the answer
 * again in the browser with `wordBoundariesRegex(typed).test(label)`,
 * literally: إسبانيا, found for اسبانيا, was hidden again, and so was
 * «وانغ شياو هونغ», found for وانج by his alias. This matcher keeps Payload's
 * literal test and adds the normalized one and the server's own answer for the
 * text (`answers`), so the picker shows what the list search finds. The
 * picker keeps the options of earlier searches; one that passes neither test
 * and is not in the answer for the text now typed stays hidden.
 */
export const normalizedWordMatcher = (
  typed: string,
  literal: RegExp,
  answers: ServerAnswers,
): RegExp => {
  class NormalizedWordMatch extends RegExp {
    override test(label: string): boolean {
      return (
        super.test(label) ||
        labelHasWords(String(label), typed) ||
        answers.has(typed, String(label))
      )
    }
  }
  return new NormalizedWordMatch(literal.source, literal.flags)
}
