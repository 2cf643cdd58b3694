'use client'

import { ConfirmationModal, useModal, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { unsavedDrawerText } from './texts'
import { hasOpenDropdown, isUnsaved, markEdited } from './unsaved'

const CONFIRM_SLUG = 'jusur-discard-drawer'

type ModalState = Record<string, { isOpen?: boolean; openedOn?: number }>

/** The slug of the modal opened last, which is the one Escape closes. */
const latestOpenModal = (state: ModalState): string | undefined =>
  Object.entries(state)
    .filter(([, modal]) => modal.isOpen && typeof modal.openedOn === 'number')
    .sort(([, a], [, b]) => (b.openedOn ?? 0) - (a.openedOn ?? 0))[0]?.[0]

/**
 * Keeps a drawer (Payload's "create new" and edit drawers) from throwing away
 * what was typed in it. Faceless UI's modal provider closes the newest modal on
 * every Escape that reaches the document, even one a dropdown inside has just
 * used to close itself; the close buttons close at once. This guard, an admin
 * provider, stops both before they arrive:
 *   - Escape with a dropdown open in the drawer only closes the dropdown: the
 *     key goes on to its target as a new event without the legacy keyCode 27,
 *     which the dropdowns do not read and the modal provider does;
 *   - Escape, the close buttons or the backdrop on a drawer with unsaved
 *     changes ask first; "discard" closes the drawer, "cancel" keeps the text.
 */
export const UnsavedDrawerGuard = ({ children }: { children?: React.ReactNode }) => {
  const { closeModal, modalState, openModal } = useModal()
  const { i18n } = useTranslation()
  const [pending, setPending] = useState<string | undefined>()
  const latest = useRef<string | undefined>(undefined)
  latest.current = latestOpenModal(modalState as ModalState)

  useEffect(() => {
    /** The open drawer a close should be checked for, if the newest modal is a drawer (its element has the modal's slug as id). */
    const guardedDrawer = (): HTMLElement | undefined => {
      const element = latest.current ? document.getElementById(latest.current) : null
      return element?.classList.contains('drawer') ? element : undefined
    }
    const askFirst = (event: Event, drawer: HTMLElement) => {
      event.preventDefault()
      event.stopPropagation()
      setPending(drawer.id)
      openModal(CONFIRM_SLUG)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const drawer = guardedDrawer()
      if (event.key !== 'Escape' || !event.isTrusted || !drawer) return
      if (hasOpenDropdown(drawer)) {
        event.stopPropagation()
        const { altKey, code, ctrlKey, key, metaKey, shiftKey } = event
        event.target?.dispatchEvent(
          new KeyboardEvent('keydown', {
            altKey,
            bubbles: true,
            cancelable: true,
            code,
            ctrlKey,
            key,
            metaKey,
            shiftKey,
          }),
        )
      } else if (isUnsaved(drawer)) {
        askFirst(event, drawer)
      }
    }
    const onClick = (event: MouseEvent) => {
      const drawer = guardedDrawer()
      const target = event.target as Element | null
      const closer = target?.closest?.('.drawer__close, .drawer__header__close')
      if (drawer && closer && drawer.contains(closer) && isUnsaved(drawer)) askFirst(event, drawer)
    }
    const onInput = (event: Event) => markEdited(event.target)
    // Capture on window: before React (on the document) and the modal provider see the event.
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('click', onClick, true)
    window.addEventListener('input', onInput, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('click', onClick, true)
      window.removeEventListener('input', onInput, true)
    }
  }, [openModal])

  const text = unsavedDrawerText(i18n.language)
  return (
    <>
      {children}
      <ConfirmationModal
        body={text.body}
        cancelLabel={text.keep}
        confirmLabel={text.discard}
        heading={text.heading}
        modalSlug={CONFIRM_SLUG}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          if (pending) closeModal(pending)
          setPending(undefined)
        }}
      />
    </>
  )
}
