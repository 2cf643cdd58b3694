import britishSpellings from 'american-british-english-translator/data/british_spellings.json' with { type: 'json' }

/**
 * English texts in Jusur use British spelling and readers type American (or
 * the reverse), so search folds both to American before stemming, at index
 * and query time alike. The variant list is the maintained one of the
 * `american-british-english-translator` package (1,738 British spellings:
 * colour, centre, organise, analyse, catalogue, travelled, defence,
 * programme…); two rules cover the open-ended families the list cannot
 * enumerate (civilisation, modernisation… are not in it).
 */
const AMERICAN: ReadonlyMap<string, string> = new Map(Object.entries(britishSpellings))

/**
 * Roots whose "-is-" belongs to the word, never a British "-iz-": advise,
 * exercise, surprise, improvisation… with every ending the rule handles.
 * Roots ending in a vowel sound or w (praise, cruise, tortoise, otherwise) and
 * roots too short (rise, arise) are left alone as well.
 */
const ROOTS_IN_IS = new Set([
  'advert',
  'adv',
  'appr',
  'cer',
  'chast',
  'circumc',
  'compr',
  'comprom',
  'conc',
  'dem',
  'desp',
  'dev',
  'enfranch',
  'enterpr',
  'exc',
  'exerc',
  'expert',
  'franch',
  'improv',
  'inc',
  'merchand',
  'mort',
  'prec',
  'prem',
  'prom',
  'repr',
  'rev',
  'superv',
  'surm',
  'surpr',
  'telev',
  'treat',
  'upr',
  'val',
])
const keepsIs = (root: string) => ROOTS_IN_IS.has(root) || /[aouw]$/.test(root)

/** -ise, -ised, -ises, -ising, -iser(s), -isation(s) and the rest of the family. */
const ISE = /^([a-z]{3,}?)is(e|ed|es|ing|er|ers|ation|ations|ational)$/
/** -yse, -ysed, -yses, -ysing, -yser(s): analyse, paralyse, catalyse. */
const YSE = /^([a-z]{3,})ys(e|ed|es|ing|er|ers)$/

/** A lower-case English word in American spelling: the list first, then the -ise and -yse rules. */
export const americanSpelling = (word: string): string => {
  const listed = AMERICAN.get(word)
  if (listed) return listed
  const ise = ISE.exec(word)
  if (ise && !keepsIs(ise[1]!)) return `${ise[1]}iz${ise[2]}`
  const yse = YSE.exec(word)
  if (yse) return `${yse[1]}yz${yse[2]}`
  return word
}
