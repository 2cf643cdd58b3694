import { wordsOf } from './word-match'

/**
 * Payload's picker tests a label longer than this in pieces, the last of them
 * its last this many characters (filterOption in @payloadcms/ui's
 * Relationship/Input.js). Titles may be longer (up to 300), so an answer keeps
 * each label by that last piece, which is what the filter asks about.
 */
const LAST_PIECE = 250

/**
 * How many typed texts' answers are kept. The picker asks the server again
 * whenever its text changes and filters by the current text only, so the
 * latest few answers are all it consults; older ones are let go.
 */
const KEPT = 50

const pieceOf = (label: string): string => label.slice(-LAST_PIECE)

/** The typed text as the server reads it: normalized words, so اسبانيا and إسبانيا share an answer. */
const keyOf = (typed: string): string => wordsOf(typed).join(' ')

/** The titles the server returned to relationship pickers, by the text typed. */
export type ServerAnswers = {
  /** Adds `labels` to the answer for `typed` (a further page of results adds to the first). */
  add(typed: string, labels: string[]): void
  /** Whether the answer for `typed`, however spelled, holds `label`. */
  has(typed: string, label: string): boolean
}

export const serverAnswers = (): ServerAnswers => {
  const answers = new Map<string, Set<string>>()
  return {
    add(typed, labels) {
      const key = keyOf(typed)
      const answer = answers.get(key) ?? new Set()
      // Set again, so that the map's order is that of the latest answers.
      answers.delete(key)
      answers.set(key, answer)
      for (const label of labels) answer.add(pieceOf(label))
      if (answers.size > KEPT) answers.delete(answers.keys().next().value!)
    },
    has: (typed, label) => answers.get(keyOf(typed))?.has(pieceOf(label)) ?? false,
  }
}

/** The admin's record: filled by the PickerAnswers provider, read by the pickers' filter (payload-shared.ts). */
export const pickerAnswers = serverAnswers()
