import type { JusurTextKey } from '../../i18n/jusur-translations'
import type { Translate } from './english-texts'

const ARABIC_PLURALS = new Intl.PluralRules('ar')

/** How many options the menu offers, in the form each number takes in Arabic. */
const ARABIC_RESULTS: Record<Intl.LDMLPluralRule, JusurTextKey> = {
  few: 'selectResultsFew',
  many: 'selectResultsMany',
  one: 'selectResultsOne',
  other: 'selectResultsMany',
  two: 'selectResultsTwo',
  zero: 'selectResultsNone',
}

type Announcement = [english: RegExp, said: (match: string[], say: Say) => string]
type Say = {
  key: (key: JusurTextKey, values?: Record<string, string>) => string
  position: (index: string, count: string) => string
  results: (count: number) => string
}

/**
 * What react-select announces to screen readers (its live region: where the
 * focus is, what was chosen, how many options are left, what keys do), as
 * its default messages write it in English. Payload bundles react-select
 * inside its own admin and gives it none of its own, so no prop reaches them:
 * each message is read back by its template (react-select 5's
 * defaultAriaLiveMessages and screenReaderStatus) and said again. A label is
 * an option's or a field's own text, kept as it is.
 */
const ANNOUNCEMENTS: Announcement[] = [
  [
    /^(\d+) results? available(?: for search term ([\s\S]*))?\.$/,
    ([, count, term], say) =>
      term === undefined
        ? `${say.results(Number(count))}.`
        : say.key('selectFiltered', { results: say.results(Number(count)), term }),
  ],
  [
    /^Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\.$/,
    ([, tab], say) => say.key(tab ? 'selectMenuTabGuidance' : 'selectMenuGuidance'),
  ],
  [
    /^([\s\S]*) is focused (,type to refine list)?, press Down to open the menu, ( press left to focus selected values)?$/,
    ([, label, searchable, multi], say) =>
      [
        say.key(searchable ? 'selectFocusedSearchableInput' : 'selectFocusedInput', {
          label: label === 'Select' ? say.key('selectDefaultLabel') : label!,
        }),
        ...(multi ? [say.key('selectChosenValuesHint')] : []),
      ].join(' '),
  ],
  [
    /^Use left and right to toggle between focused values, press Backspace to remove the currently focused value$/,
    (_, say) => say.key('selectValueGuidance'),
  ],
  [/^All selected options have been cleared\.$/, (_, say) => say.key('selectCleared')],
  [
    /^option ([\s\S]*) is disabled\. Select another option\.$/,
    ([, label], say) => say.key('selectDisabledOption', { label: label! }),
  ],
  [
    /^option ([\s\S]*), deselected\.$/,
    ([, label], say) => say.key('selectDeselected', { label: label! }),
  ],
  [
    /^option ([\s\S]*), selected\.$/,
    ([, label], say) => say.key('selectSelected', { label: label! }),
  ],
  [
    /^options ([\s\S]*), selected\.$/,
    ([, labels], say) => say.key('selectChosen', { labels: labels! }),
  ],
  [
    /^value ([\s\S]*) focused, (\d+) of (\d+)\.$/,
    ([, label, index, count], say) =>
      say.key('selectFocusedValue', { label: label!, position: say.position(index!, count!) }),
  ],
  [
    /^([\s\S]*?)( selected)?( disabled)?, (\d+) of (\d+)\.$/,
    ([, label, selected, disabled, index, count], say) =>
      say.key(
        disabled ? 'selectOptionDisabled' : selected ? 'selectOptionSelected' : 'selectOption',
        { label: label!, position: say.position(index!, count!) },
      ),
  ],
]

/**
 * react-select's English announcement said in the admin's language (`t`
 * Payload's, `language` the admin's); nothing for a text that is none of
 * them (one already said again, or empty), nor in the English admin, where
 * react-select's own English stands (and its loosest template would match
 * what was said again).
 */
export const localizedAnnouncement = (
  english: string,
  t: Translate,
  language: string,
): string | undefined => {
  if (language === 'en') return undefined
  const key: Say['key'] = (name, values) => t(`jusur:${name}`, values)
  const say: Say = {
    key,
    position: (index, count) => key('selectPosition', { count, index }),
    results: (count) => key(ARABIC_RESULTS[ARABIC_PLURALS.select(count)], { count: String(count) }),
  }
  for (const [pattern, said] of ANNOUNCEMENTS) {
    const match = pattern.exec(english)
    if (match) return said([...match] as string[], say)
  }
  return undefined
}
