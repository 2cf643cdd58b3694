/**
 * What the drawer guard (./UnsavedDrawerGuard.tsx) reads from the page. A
 * drawer's form state lives inside the drawer, out of a provider's reach, so
 * the guard goes by what the editor did in it and by its save buttons, which
 * Payload enables only while a saved document has unsaved changes.
 */

/** Drawers the editor typed or picked something in; a closed drawer's element is gone with it. */
const edited = new WeakSet<Element>()

export const markEdited = (target: EventTarget | null): void => {
  const drawer = target instanceof Element ? target.closest('.drawer') : null
  if (drawer) edited.add(drawer)
}

/** Edited since it opened, and not saved since: a saved document's save buttons are all disabled. */
export const isUnsaved = (drawer: Element): boolean => {
  if (!edited.has(drawer)) return false
  const saves = [...drawer.querySelectorAll<HTMLButtonElement>('#action-save, #action-save-draft')]
  return saves.length === 0 || saves.some((button) => !button.disabled)
}

/** A select's menu open in the drawer, or one of Payload's popups (drawn outside it) open. */
export const hasOpenDropdown = (drawer: Element): boolean =>
  drawer.querySelector('[role="combobox"][aria-expanded="true"]') !== null ||
  document.querySelector('.popup__content') !== null
