/**
 * `payload/shared` as the admin's browser bundle sees it (next.config.mjs
 * aliases it here): Payload's own module, with a relationship picker filter
 * that normalizes Arabic as the search does and keeps what the server found
 * for the text typed (word-match.ts).
 */
import { wordBoundariesRegex as literalWordBoundaries } from 'payload-shared-original'

import { pickerAnswers } from './server-answers'
import { normalizedWordMatcher } from './word-match'

export * from 'payload-shared-original'

export const wordBoundariesRegex = (typed: string): RegExp =>
  normalizedWordMatcher(typed, literalWordBoundaries(typed), pickerAnswers)
