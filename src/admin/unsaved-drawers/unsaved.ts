/**
 * What the drawer guard (./UnsavedDrawerGuard.tsx) reads from the page. A
 * drawer's form state lives inside the drawer, out of a provider's reach, so
 * the guard goes by what the editor did in it and by its save buttons, which
 * Payload enables only while a saved document has unsaved changes.
 */

/** Drawers the editor typed or picked something in; a closed drawer's element is gone with it. */
const edited = new WeakSet<Element>()

/**
 * Marks the drawer of a form field the editor changed. Only a form's fields hold work: a list
 * drawer's search box or filters do not. Payload's Form is a <form>, or an element of its class
 * `form` where it is rendered as a div (Lexical's block drawers).
 */
export const markEdited = (target: EventTarget | null): void => {
  const drawer =
    target instanceof Element ? target.closest('form, .form')?.closest('.drawer') : null
  if (drawer) edited.add(drawer)
}

/** Marks the drawer of a form field whose option (a select's, a date picker's) the editor clicked: a pick fires no input event. */
export const markPicked = (target: EventTarget | null): void => {
  if (target instanceof Element && target.closest('[role="option"]')) markEdited(target)
}

/** Edited since it opened, and not saved since: a saved document's save buttons are all disabled. */
export const isUnsaved = (drawer: Element): boolean => {
  if (!edited.has(drawer)) return false
  const saves = [...drawer.querySelectorAll<HTMLButtonElement>('#action-save, #action-save-draft')]
  return saves.length === 0 || saves.some((button) => !button.disabled)
}

/**
 * Whether a click on `target` lands on a button that closes `drawer`. Payload labels every such
 * button with its translation of "Close" (`closeLabel`): the backdrop, and the header ✕ of plain
 * drawers, document drawers (create new, edit), list drawers and bulk edit and upload drawers.
 * Their class names differ from one drawer to the next and between versions; the label does not.
 */
export const isCloseButton = (
  target: EventTarget | null,
  drawer: Element,
  closeLabel: string,
): boolean => {
  const button = target instanceof Element ? target.closest('button') : null
  return (
    button !== null && drawer.contains(button) && button.getAttribute('aria-label') === closeLabel
  )
}

/** A select's menu open in the drawer, or one of Payload's popups (drawn outside it) open. */
export const hasOpenDropdown = (drawer: Element): boolean =>
  drawer.querySelector('[role="combobox"][aria-expanded="true"]') !== null ||
  document.querySelector('.popup__content') !== null
