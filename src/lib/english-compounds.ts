/**
 * Compounds that English writes joined, hyphenated or spaced
 * (counterterrorism, counter-terrorism, counter terrorism; cooperation,
 * co-operation, co operation). Search indexes and looks them up as their
 * parts, so every spelling finds every other and the part alone still finds
 * the compound ("terrorism" finds counter-terrorism); a query that writes a
 * compound in one word asks for its parts as a phrase.
 *
 * No maintained list of such compounds exists (spelling lists such as the
 * British/American one give one form), so this one is written for the
 * newsroom's vocabulary: a prefix and the beginnings of the words it joins
 * without a hyphen. Only these are split: "cover", "counterfeit" or
 * "international" stay whole.
 */
const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  anti: ['corruption', 'terror', 'drug', 'money', 'narcotic', 'smuggling', 'trafficking'],
  co: [
    'author',
    'chair',
    'exist',
    'found',
    'host',
    'operat',
    'opt',
    'ordinat',
    'own',
    'pilot',
    'signator',
    'sponsor',
    'worker',
  ],
  counter: [
    'attack',
    'espionage',
    'insurgen',
    'intelligence',
    'measure',
    'narcotic',
    'offensive',
    'proliferat',
    'terror',
  ],
  cross: ['border'],
  cyber: ['attack', 'crim', 'defen', 'secur', 'space', 'threat'],
  non: ['governmental', 'proliferat'],
  peace: ['build', 'keep', 'mak'],
}

/** A lower-case English word as the parts search knows it by: ['counter', 'terrorism'], or the word alone. */
export const compoundParts = (word: string): string[] => {
  for (const [prefix, starts] of Object.entries(COMPOUNDS)) {
    if (!word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    if (starts.some((start) => rest.startsWith(start))) return [prefix, rest]
  }
  return [word]
}
