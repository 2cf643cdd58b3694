import { tokenize } from '../lib/stem'

/** A document that text can mention, under any of its names (both languages, aliases, acronyms). */
export type Candidate = { collection: string; id: number | string; names: string[]; title: string }

export type Match = { end: number; start: number; text: string }

export type Suggestion = Omit<Candidate, 'names'> & { matches: Match[] }

/**
 * Finds where a text mentions the candidates, however it spells them: words
 * are compared by their light stems (see src/lib/stem.ts), so الصينى finds
 * China and «وانج شيا هونج» finds Wang Xiaohong through his alias. Positions
 * are offsets into the original text. Suggestions come in order of first mention.
 */
export const findMentions = (text: string, candidates: Candidate[]): Suggestion[] => {
  const byFirstStem = new Map<string, { candidate: Candidate; stems: string[] }[]>()
  for (const candidate of candidates) {
    for (const name of candidate.names) {
      const stems = tokenize(name).map((token) => token.stem)
      if (stems.length === 0) continue
      const entries = byFirstStem.get(stems[0]!) ?? []
      entries.push({ candidate, stems })
      byFirstStem.set(stems[0]!, entries)
    }
  }

  const tokens = tokenize(text)
  const found = new Map<Candidate, Map<number, Match>>()
  tokens.forEach((token, i) => {
    for (const { candidate, stems } of byFirstStem.get(token.stem) ?? []) {
      if (!stems.every((stem, k) => tokens[i + k]?.stem === stem)) continue
      const end = tokens[i + stems.length - 1]!.end
      const matches = found.get(candidate) ?? new Map<number, Match>()
      const longest = matches.get(token.start)
      if (!longest || longest.end < end)
        matches.set(token.start, { end, start: token.start, text: text.slice(token.start, end) })
      found.set(candidate, matches)
    }
  })

  return [...found.entries()]
    .map(([{ names: _names, ...candidate }, matches]) => ({
      ...candidate,
      matches: [...matches.values()].sort((a, b) => a.start - b.start),
    }))
    .sort((a, b) => a.matches[0]!.start - b.matches[0]!.start)
}
