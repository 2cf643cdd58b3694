import type { JusurTextKey } from '../../i18n/jusur-translations'

/** Payload's `t`, for Jusur's own keys. */
export type Translate = (key: `jusur:${JusurTextKey}`, values?: Record<string, string>) => string

/** An English accessible name (aria-label) and where it is written (a CSS selector), with the key of its translation. */
type NameRule = { english: RegExp; key: JusurTextKey; value?: string; where: string }

const anywhere = (english: string, key: JusurTextKey): NameRule => ({
  english: new RegExp(`^${english}$`),
  key,
  where: '*',
})

/**
 * Accessible names that Payload, its Lexical editor and sonner write in
 * English whatever the admin's language: Lexical's block handles («Drag to
 * move», «Add block»), its paragraph inserter and floating link editor;
 * sonner's close button and its region of notifications («Notifications
 * alt+T», built around the shortcut); Payload's API key field (a user's
 * account) and the chip of a chosen document in a relationship field («Edit
 * <title>», only there: a title may start with “Edit”).
 */
const NAME_RULES: NameRule[] = [
  anywhere('Add block', 'addBlock'),
  anywhere('Close toast', 'closeNotification'),
  anywhere('Drag to move', 'dragToMove'),
  anywhere('Edit link', 'editLink'),
  anywhere('Insert Paragraph', 'insertParagraph'),
  anywhere('Remove link', 'removeLink'),
  anywhere('Reveal API key', 'revealApiKey'),
  anywhere('Toggle API key visibility', 'toggleApiKey'),
  // The shortcut as sonner writes it («alt+T»), not bracketed as the name written here has it.
  {
    english: /^Notifications ([a-z]+(?:\+\w+)+)$/,
    key: 'notificationsRegion',
    value: 'hotkey',
    where: 'section',
  },
  {
    english: /^Edit (.+)$/s,
    key: 'editNamed',
    value: 'label',
    where: '.relationship--multi-value-label__drawer-toggler',
  },
]

/**
 * The admin-language text of an element's English accessible name, when it is
 * one of those; nothing for any other name.
 */
export const localizedName = (
  element: Pick<Element, 'matches'>,
  english: string,
  t: Translate,
): string | undefined => {
  for (const { english: pattern, key, value, where } of NAME_RULES) {
    const match = pattern.exec(english)
    if (match && element.matches(where))
      return t(`jusur:${key}`, value ? { [value]: match[1]! } : undefined)
  }
  return undefined
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const
const PREFIXES = ['', 'K', 'M', 'G', 'T', 'P']

/**
 * A file's size as Payload writes it (payload's formatFilesize: «0 bytes»,
 * «76 bytes», «12KB», «1.5MB»), in the reader's language and digits; nothing
 * for any other text. `locale` is a language tag with its digits (ar-EG-u-nu-arab).
 */
export const localizedFileSize = (english: string, locale: string): string | undefined => {
  const match = /^(\d+(?:\.\d+)?)(?: bytes|([KMGTP])B)$/.exec(english)
  if (!match) return undefined
  const unit = UNITS[PREFIXES.indexOf(match[2] ?? '')]!
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    useGrouping: false,
  }).format(Number(match[1]))
}

/** A number alone in a text node (an image's width or height), in the reader's digits; nothing for any other text. */
export const localizedNumber = (text: string, locale: string): string | undefined =>
  /^\d+$/.test(text)
    ? new Intl.NumberFormat(locale, { useGrouping: false }).format(Number(text))
    : undefined

/**
 * Language codes as Payload lists them in its version comparison («ar, en»,
 * or one «en» beside a field), as the languages' names; nothing unless every
 * part is a known code. `names` maps each code to its name in the admin's language.
 */
export const localizedLanguageCodes = (
  text: string,
  names: Record<string, string>,
  separator: string,
): string | undefined => {
  const codes = text.split(/,\s*/)
  return codes.every((code) => Object.hasOwn(names, code))
    ? codes.map((code) => names[code]).join(separator)
    : undefined
}

/** A text's Latin digits in the reader's digits (a date Payload formatted); nothing when it has none to change. */
export const localizedDigits = (text: string, locale: string): string | undefined => {
  const digits = new Intl.NumberFormat(locale, { useGrouping: false })
  const localized = text.replace(/\d/g, (digit) => digits.format(Number(digit)))
  return localized === text ? undefined : localized
}
