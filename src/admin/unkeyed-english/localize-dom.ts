import {
  localizedDigits,
  localizedFileSize,
  localizedLanguageCodes,
  localizedName,
  localizedNumber,
  type Translate,
} from './english-texts'
import { localizedAnnouncement } from './select-announcements'

export type Localizer = {
  /** The admin's language. */
  language: string
  /** Each content language's name in the admin's language, by its code. */
  languageNames: Record<string, string>
  /** How the admin's language separates the items of a list («، » or «, »). */
  listSeparator: string
  /** The reader's language tag, with their digits (gregorianLocale of the workflow plugin). */
  locale: string
  t: Translate
}

/** The dates of a document's meta strip (last modified, created), which Payload formats in Latin digits. */
const DOCUMENT_DATES = '.doc-controls__value-wrap'

/** What may carry a name to localize: an aria-label, a checkbox's tooltip, a document date's tooltip. */
const NAMED = `[aria-label], input[type="checkbox"][title], ${DOCUMENT_DATES}[title]`

type TextRule = [
  where: string,
  localized: (text: string, localizer: Localizer) => string | undefined,
]

/** Where Payload writes texts of its own in English or in Latin digits, and how each is written instead. */
const TEXT_RULES: TextRule[] = [
  // An upload's size and dimensions («76 bytes - 40x30 - image/png»).
  [
    '.file-meta__size-type',
    (text, { locale }) =>
      text === 'x' ? '×' : (localizedFileSize(text, locale) ?? localizedNumber(text, locale)),
  ],
  // The tooltip of an upload's URL copy button.
  ['.copy-to-clipboard', (text, { t }) => (text === 'Copy URL' ? t('jusur:copyUrl') : undefined)],
  // The languages compared in a version comparison, and each localized field's language there.
  [
    '.view-version__toggle-locales-list, .field-diff__locale-label',
    (text, { languageNames, listSeparator }) =>
      localizedLanguageCodes(text, languageNames, listSeparator),
  ],
  // What a select (react-select, inside Payload's bundle) announces to screen readers.
  [
    '#aria-selection, #aria-focused, #aria-results, #aria-guidance',
    (text, { language, t }) => localizedAnnouncement(text, t, language),
  ],
  [`${DOCUMENT_DATES} .doc-controls__value`, (text, { locale }) => localizedDigits(text, locale)],
]

const TEXTS = TEXT_RULES.map(([where]) => where).join(', ')

const setAttribute = (element: Element, name: string, value: string) => {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

/**
 * A modal (faceless-ui's, under Payload's drawers and dialogs) is named by its
 * slug («doc-drawer_people_1_…») when nothing names it: it is named by its
 * heading instead, once it has one.
 */
const nameModalByHeading = (modal: Element) => {
  const heading = modal.querySelector('h1, h2, h3')
  if (!heading) return
  if (!heading.id) heading.id = `${modal.id}__heading`
  modal.setAttribute('aria-labelledby', heading.id)
  modal.removeAttribute('aria-label')
}

/**
 * Payload's checkbox has its field's name (`hijriDate`, `select-all`) as its
 * tooltip: it takes its label's text, or none.
 */
const titleCheckboxByLabel = (checkbox: HTMLInputElement) => {
  const label = checkbox.id
    ? checkbox.ownerDocument.querySelector(`label[for="${CSS.escape(checkbox.id)}"]`)
    : null
  const text = label?.textContent?.trim()
  if (text) checkbox.title = text
  else checkbox.removeAttribute('title')
}

const localizeNamed = (element: Element, { locale, t }: Localizer) => {
  const name = element.getAttribute('aria-label')
  if (name && element.getAttribute('aria-modal') === 'true' && name === element.id)
    nameModalByHeading(element)
  else if (name) {
    const localized = localizedName(element, name, t)
    if (localized) setAttribute(element, 'aria-label', localized)
  }
  if (
    element instanceof HTMLInputElement &&
    element.type === 'checkbox' &&
    element.title === element.name
  )
    titleCheckboxByLabel(element)
  const date = element.matches(`${DOCUMENT_DATES}[title]`)
    ? localizedDigits(element.getAttribute('title')!, locale)
    : undefined
  if (date) element.setAttribute('title', date)
}

/** Rewrites the text nodes inside one of TEXTS; React keeps them, and writes them again only when their value changes. */
const localizeTexts = (container: Element, localizer: Localizer) => {
  const rule = TEXT_RULES.find(([where]) => container.matches(where))
  if (!rule) return
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const localized = rule[1](node.nodeValue ?? '', localizer)
    if (localized !== undefined && localized !== node.nodeValue) node.nodeValue = localized
  }
}

/** Localizes what is in `root` (an element and everything inside it). */
export const localizeTree = (root: Element, localizer: Localizer) => {
  for (const element of [root, ...root.querySelectorAll(NAMED)])
    if (element.matches(NAMED)) localizeNamed(element, localizer)
  for (const element of [root.closest(TEXTS), ...root.querySelectorAll(TEXTS)])
    if (element) localizeTexts(element, localizer)
  // A modal named by its slug gets its heading after it opens.
  const modal = root.closest('[aria-modal="true"][aria-label]')
  if (modal) localizeNamed(modal, localizer)
}

/**
 * The elements a batch of DOM changes touched: where a name or text changed,
 * or what was added (not the whole element it was added to: typing in the
 * editor or a list's rows re-rendering would have every sibling read again).
 */
export const touchedElements = (records: MutationRecord[]): Set<Element> => {
  const touched = new Set<Element>()
  const add = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement
    if (element) touched.add(element)
  }
  for (const record of records)
    if (record.type === 'childList') record.addedNodes.forEach(add)
    else add(record.target)
  return touched
}
