'use client'

import { ConfirmationModal, useModal, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useLayoutEffect, useRef, useState } from 'react'

import { holdPageMoves } from './page-moves'
import { unsavedDrawerText } from './texts'
import { hasOpenDropdown, isCloseButton, isUnsaved, markEdited, markPicked } from './unsaved'

const CONFIRM_SLUG = 'jusur-discard-drawer'

type ModalState = Record<string, { isOpen?: boolean; openedOn?: number }>

/** The drawer the confirmation asks about, and what discarding goes on to do (a held Back goes back). */
type Pending = { afterDiscard?: () => void; drawer: string }

/** The slug of the modal opened last, which is the one Escape closes. */
const latestOpenModal = (state: ModalState): string | undefined =>
  Object.entries(state)
    .filter(([, modal]) => modal.isOpen && typeof modal.openedOn === 'number')
    .sort(([, a], [, b]) => (b.openedOn ?? 0) - (a.openedOn ?? 0))[0]?.[0]

/**
 * Keeps a drawer (Payload's "create new", edit, list and Lexical drawers) from
 * throwing away what was typed or picked in it. Faceless UI's modal provider
 * closes the newest modal on every Escape that reaches the document, even one
 * a dropdown inside has just used to close itself; the close buttons close at
 * once (but for the document drawer's header ✕, which asks with Payload's own
 * dialog when Payload counts its form as modified); and Back unmounts the page
 * a drawer is open on. This guard, an admin provider, stops them all before
 * they arrive, so that one dialog asks on every path:
 *   - Escape with a dropdown open in the drawer only closes the dropdown: the
 *     key goes on to its target as a new event without the legacy keyCode 27,
 *     which the dropdowns do not read and the modal provider does;
 *   - Escape, a close button (the header ✕ or the backdrop), or a move through
 *     the browser's history while a drawer has unsaved changes ask first;
 *     "discard" closes the drawer (and goes on with the move), "cancel" keeps
 *     the text.
 * A drawer without changes closes at once. Explicit "cancel" buttons (the
 * image editor's) discard on purpose and are left alone.
 */
export const UnsavedDrawerGuard = ({ children }: { children?: React.ReactNode }) => {
  const { closeModal, modalState, openModal } = useModal()
  const { i18n, t } = useTranslation()
  const [pending, setPending] = useState<Pending | undefined>()
  const latest = useRef<string | undefined>(undefined)
  latest.current = latestOpenModal(modalState as ModalState)
  const closeLabel = t('general:close')

  useEffect(() => {
    /** The open drawer a close should be checked for, if the newest modal is a drawer (its element has the modal's slug as id). */
    const guardedDrawer = (): HTMLElement | undefined => {
      const element = latest.current ? document.getElementById(latest.current) : null
      return element?.classList.contains('drawer') ? element : undefined
    }
    /** The newest drawer, when it has unsaved changes. */
    const unsavedDrawer = (): HTMLElement | undefined => {
      const drawer = guardedDrawer()
      return drawer && isUnsaved(drawer) ? drawer : undefined
    }
    const askFirst = (drawer: HTMLElement, afterDiscard?: () => void) => {
      setPending({ afterDiscard, drawer: drawer.id })
      openModal(CONFIRM_SLUG)
    }
    const stop = (event: Event) => {
      event.preventDefault()
      event.stopPropagation()
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
        stop(event)
        askFirst(drawer)
      }
    }
    const onClick = (event: MouseEvent) => {
      markPicked(event.target)
      const drawer = unsavedDrawer()
      if (drawer && isCloseButton(event.target, drawer, closeLabel)) {
        stop(event)
        askFirst(drawer)
      }
    }
    const onInput = (event: Event) => markEdited(event.target)
    const stopHoldingPageMoves = holdPageMoves((redo) => {
      const drawer = unsavedDrawer()
      if (drawer) askFirst(drawer, redo)
      return drawer !== undefined
    })
    // Capture on window: before React (on the document) and the modal provider see the event.
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('click', onClick, true)
    window.addEventListener('input', onInput, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('click', onClick, true)
      window.removeEventListener('input', onInput, true)
      stopHoldingPageMoves()
    }
  }, [closeLabel, openModal])

  // Above the drawer it asks about. Payload stacks drawers by depth (z-index 100 + depth) and
  // gives this provider's modal the page's depth, which puts it under a nested drawer.
  useLayoutEffect(() => {
    const drawer = pending && document.getElementById(pending.drawer)
    const confirmation = document.getElementById(CONFIRM_SLUG)
    const drawerLayer = drawer ? Number(getComputedStyle(drawer).zIndex) : NaN
    if (confirmation && Number.isFinite(drawerLayer))
      confirmation.style.zIndex = String(drawerLayer + 1)
  }, [modalState, pending])

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
          if (!pending) return
          closeModal(pending.drawer)
          pending.afterDiscard?.()
          setPending(undefined)
        }}
      />
    </>
  )
}
