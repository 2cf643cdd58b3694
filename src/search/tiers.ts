import { queryKeys } from './keys'
import type { ParsedQuery } from './query'
import { PHRASE_BONUS, TITLE_BONUS } from './store'

/** Ranking (beside TITLE_BONUS and PHRASE_BONUS): a document with every word in its title or summary gets this much. */
export const HEAD_BONUS = 0.5

/**
 * A ranking tier: the matches that have every key of `has` and lack one at
 * least of each list in `lacks` (see keys.ts). Every tier ranks above the
 * next, newest first inside a tier, so a page is filled from the first
 * tiers, reading each only as far as the page, and the later ones are never read.
 */
export type Tier = { bonus: number; has: string[]; lacks: string[][] }

/**
 * The tiers of a query, best first, by three marks: every word in the title
 * (TITLE_BONUS), the words in the order typed (PHRASE_BONUS, for two words or
 * more), every word in the title or summary (HEAD_BONUS; a title with every
 * word has them all in title or summary).
 */
export const tiersOf = (query: ParsedQuery): Tier[] => {
  const keys = queryKeys(query)
  const tiers: Tier[] = []
  for (const title of [true, false])
    for (const phrase of query.terms.length > 1 ? [true, false] : [false])
      for (const head of title ? [true] : [true, false]) {
        const tier: Tier = {
          bonus: (title ? TITLE_BONUS : 0) + (phrase ? PHRASE_BONUS : 0) + (head ? HEAD_BONUS : 0),
          has: [...keys.match],
          lacks: [],
        }
        const mark = (has: boolean, markKeys: string[]) => {
          if (has) tier.has.push(...markKeys)
          else if (markKeys.length) tier.lacks.push(markKeys)
        }
        mark(title, keys.title)
        if (query.terms.length > 1) mark(phrase, keys.phrase)
        if (!title) mark(head, keys.head)
        tiers.push({ ...tier, has: [...new Set(tier.has)] })
      }
  return tiers
}

/**
 * One page of a ranking split in tiers: `firstOf(tier, n)`
 * gives the first `n` matches of a tier in order (fewer when the tier has
 * fewer). The tiers are read in order until the page is full, each only as
 * far as the page needs: a first page reads ten rows of the first tiers that have any.
 */
export const pageOfTiers = async <Hit>(
  tiers: Tier[],
  offset: number,
  limit: number,
  firstOf: (tier: Tier, n: number) => Promise<Hit[]>,
): Promise<Hit[]> => {
  const page: Hit[] = []
  let skip = offset
  for (const tier of tiers) {
    const rows = await firstOf(tier, skip + limit - page.length)
    if (rows.length <= skip) {
      skip -= rows.length
      continue
    }
    page.push(...rows.slice(skip))
    skip = 0
    if (page.length >= limit) break
  }
  return page
}
