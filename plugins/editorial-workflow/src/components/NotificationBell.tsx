'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { InboxEntry } from '../inbox-collection'

import { inLanguage } from '../label'
import { translate } from '../translations'
import { useAdminRoute, useApi } from './api'
import { useZonedTime } from './zoned-time'

type Notification = Omit<InboxEntry, 'actor'> & {
  actor: { id: number | string; name?: null | string } | null | number | string
  createdAt: string
  id: number | string
  readAt?: null | string
}

/** How many notifications the bell lists; the rest are in the collection's list. */
const SHOWN = 10
/** How often an open admin page looks for new notifications. */
const POLL_MS = 60_000

const INBOX = '/workflow-notifications'
const UNREAD = 'where[readAt][exists]=false'

/** A bell icon, drawn rather than fetched. */
const BellIcon = () => (
  <svg aria-hidden="true" fill="none" height="20" viewBox="0 0 24 24" width="20">
    <path
      d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15zM10 20a2 2 0 0 0 4 0"
      stroke="currentColor"
      strokeLinejoin="round"
      strokeWidth="1.8"
    />
  </svg>
)

/**
 * The header's bell: how many of the user's notifications are unread, and
 * the latest ones (what happened, to which document, by whom, when), each
 * opening its document and marking it read. Polls while the page is open
 * and looks again when the window regains focus.
 */
export const NotificationBell: React.FC = () => {
  const { i18n } = useTranslation()
  const { user } = useAuth()
  const api = useApi()
  const adminRoute = useAdminRoute()
  const zoned = useZonedTime()
  const [open, setOpen] = useState(false)
  const [unread, setUnread] = useState(0)
  const [items, setItems] = useState<Notification[]>([])
  const text = (key: Parameters<typeof translate>[1]) => translate(i18n, key)

  const load = useCallback(async () => {
    const [count, latest] = await Promise.all([
      api<{ totalDocs?: number }>(`${INBOX}/count?${UNREAD}`),
      api<{ docs?: Notification[] }>(`${INBOX}?limit=${SHOWN}&sort=-createdAt&depth=1`),
    ])
    if (count.ok) setUnread(count.body.totalDocs ?? 0)
    if (latest.ok) setItems(latest.body.docs ?? [])
    // `api` is a new function on every render; what it calls is not.
  }, [])

  useEffect(() => {
    if (!user) return
    void load()
    const timer = setInterval(() => void load(), POLL_MS)
    const onFocus = () => void load()
    window.addEventListener('focus', onFocus)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [user, load])

  // Esc, or a click anywhere else, closes the open list.
  const bell = useRef<HTMLDivElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false)
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!bell.current?.contains(target) && !panel.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  if (!user) return null

  const markRead = (query: string) =>
    // keepalive: the request outlives the page when the click navigates away.
    api(`${INBOX}${query}`, {
      body: JSON.stringify({ readAt: new Date().toISOString() }),
      keepalive: true,
      method: 'PATCH',
    }).then(() => load())

  const actorName = (actor: Notification['actor']) =>
    actor === null ? text('inbox:system') : typeof actor === 'object' ? (actor.name ?? '') : ''

  const label = `${text('inbox:bell')} (${translate(i18n, 'inbox:unread').replace('{{count}}', String(unread))})`
  return (
    <div data-notification-bell ref={bell} style={{ position: 'relative' }}>
      <button
        aria-expanded={open}
        aria-label={label}
        className="btn btn--style-subtle btn--icon-style-without-border btn--size-small"
        data-unread-count={unread}
        onClick={() => setOpen(!open)}
        style={{ margin: 0, position: 'relative' }}
        title={label}
        type="button"
      >
        <BellIcon />
        {unread > 0 && (
          <span
            aria-hidden="true"
            style={{
              background: 'var(--theme-error-500)',
              borderRadius: '999px',
              color: '#fff',
              fontSize: '0.7rem',
              insetInlineEnd: '-0.3rem',
              lineHeight: 1.5,
              minWidth: '1.1rem',
              paddingInline: '0.25rem',
              position: 'absolute',
              textAlign: 'center',
              top: '-0.3rem',
            }}
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open &&
        // In the document's body: the header's containers clip and transform what they hold.
        createPortal(
          <div
            data-notification-list
            ref={panel}
            role="dialog"
            aria-label={text('inbox:bell')}
            style={{
              background: 'var(--theme-elevation-0)',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: '4px',
              boxShadow: '0 4px 16px rgb(0 0 0 / 15%)',
              insetInlineEnd: '0.5rem',
              maxHeight: '70vh',
              overflowY: 'auto',
              padding: '0.75rem',
              position: 'fixed',
              top: 'calc(var(--app-header-height, 56px) + 0.25rem)',
              width: 'min(24rem, calc(100vw - 1rem))',
              zIndex: 'var(--z-popup, 1000)' as never,
            }}
          >
            <div style={{ display: 'flex', gap: '0.5rem', justifyContent: 'space-between' }}>
              <strong>{text('inbox:bell')}</strong>
              {unread > 0 && (
                <button
                  className="btn btn--style-secondary btn--size-small"
                  data-mark-all-read
                  onClick={() => void markRead(`?${UNREAD}`)}
                  style={{ margin: 0 }}
                  type="button"
                >
                  {text('inbox:markAllRead')}
                </button>
              )}
            </div>
            {items.length === 0 ? (
              <p>{text('inbox:empty')}</p>
            ) : (
              <ul style={{ listStyle: 'none', margin: '0.5rem 0', padding: 0 }}>
                {items.map((item) => (
                  <li
                    data-notification={item.id}
                    data-unread={item.readAt ? undefined : true}
                    key={item.id}
                    style={{
                      borderTop: '1px solid var(--theme-elevation-100)',
                      fontWeight: item.readAt ? 'normal' : 'bold',
                      overflowWrap: 'anywhere',
                      paddingBlock: '0.4rem',
                    }}
                  >
                    <a
                      href={`${adminRoute}/collections/${item.collection}/${item.document}`}
                      onClick={() => {
                        if (!item.readAt) void markRead(`/${item.id}`)
                      }}
                    >
                      {inLanguage({ i18n }, item.action)}: {inLanguage({ i18n }, item.title)}
                    </a>
                    {item.comment && <div style={{ fontWeight: 'normal' }}>{item.comment}</div>}
                    <small style={{ display: 'block', fontWeight: 'normal' }}>
                      {actorName(item.actor)} · {zoned(item.createdAt)}
                    </small>
                  </li>
                ))}
              </ul>
            )}
            <a href={`${adminRoute}/collections/workflow-notifications`}>{text('inbox:seeAll')}</a>
          </div>,
          document.body,
        )}
    </div>
  )
}
