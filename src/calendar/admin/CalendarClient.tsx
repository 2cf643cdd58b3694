'use client'
import { useAdminDates } from '@jusur/editorial-workflow/client'
import { useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { CalendarItem, CalendarKind } from '../calendar-items'

import { addDays, type CalendarView, dayKey, daysOf } from './calendar-days'
import { CALENDAR_TEXTS, type CalendarTextKey } from './texts'

export type CalendarOption = { label: string; value: string }

const KINDS: CalendarKind[] = ['scheduled', 'published', 'embargoed', 'event']

const KIND_COLOURS: Record<CalendarKind, string> = {
  embargoed: '#b42318',
  event: '#1f4e79',
  published: '#027a48',
  scheduled: '#b54708',
}

const toggle = (set: Set<string>, value: string) => {
  const next = new Set(set)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return next
}

/**
 * The content calendar: month and week views of publications scheduled and
 * done, embargoes lifting and events, filtered by collection, kind and
 * workflow state; each item opens its document, and from a day an approved
 * item is scheduled for it (the server decides who may).
 */
export const CalendarClient: React.FC<{
  collections: CalendarOption[]
  states: CalendarOption[]
}> = ({ collections, states }) => {
  const { i18n } = useTranslation()
  const { code: locale } = useLocale()
  const { config, getEntityConfig } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = config.routes.admin
  const language = i18n.language
  // Day numbers, headings and times in the user's digits, as every date of the admin.
  const { choice, formatter, hijriFormatter } = useAdminDates()
  const text = (key: CalendarTextKey) => CALENDAR_TEXTS[key][language === 'en' ? 'en' : 'ar']

  const [view, setView] = useState<CalendarView>('month')
  const [anchor, setAnchor] = useState(() => new Date())
  const [chosen, setChosen] = useState(() => new Set(collections.map((option) => option.value)))
  const [kinds, setKinds] = useState(() => new Set<string>(KINDS))
  const [state, setState] = useState('')
  const [items, setItems] = useState<CalendarItem[]>([])
  const [truncated, setTruncated] = useState(false)
  const [failure, setFailure] = useState<null | string>(null)
  const [scheduling, setScheduling] = useState<null | string>(null)

  // The tab's title is the view's static one (./plugin.ts: Payload gives a custom view no language): in Arabic.
  useEffect(() => {
    if (language === 'en')
      document.title = document.title.replace(CALENDAR_TEXTS.title.ar, CALENDAR_TEXTS.title.en)
  }, [language])

  const days = useMemo(() => daysOf(view, anchor, language), [view, anchor, language])

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (chosen.size === 0 || kinds.size === 0) return setItems([])
      const query = new URLSearchParams({
        collections: [...chosen].join(','),
        from: days[0]!.toISOString(),
        kinds: [...kinds].join(','),
        locale,
        to: addDays(days.at(-1)!, 1).toISOString(),
        ...(state ? { states: state } : {}),
      })
      const response = await fetch(`${api}/calendar?${query}`, { credentials: 'include', signal })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) return setFailure(body.errors?.[0]?.message ?? text('loadFailed'))
      setFailure(null)
      setItems(body.items)
      setTruncated(body.truncated)
    },
    // `text` reads only `language`, which a change of the admin's language reloads the page for.
    [api, chosen, days, kinds, locale, state],
  )

  // A newer view or filter abandons the answer still awaited for the previous one.
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) setFailure(String(error))
    })
    return () => controller.abort()
  }, [load])

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarItem[]>()
    for (const item of items) {
      // An event has a date, not a time: its day is the one stored, wherever the reader is.
      const key = item.kind === 'event' ? item.at.slice(0, 10) : dayKey(new Date(item.at))
      map.set(key, [...(map.get(key) ?? []), item])
    }
    return map
  }, [items])

  const move = (step: number) =>
    setAnchor(
      view === 'month'
        ? new Date(anchor.getFullYear(), anchor.getMonth() + step, 1)
        : addDays(anchor, 7 * step),
    )
  const heading = formatter({ month: 'long', year: 'numeric' }).format(
    view === 'month' ? anchor : days[0],
  )
  const weekday = formatter({ weekday: 'short' })
  const dayNumber = formatter({ day: 'numeric' })
  // With the Hijri date chosen: each day's Hijri day and month, and the Hijri months the view spans.
  const hijriDay = choice.hijri ? hijriFormatter({ day: 'numeric', month: 'short' }) : undefined
  const hijriMonth = hijriFormatter({ month: 'long', year: 'numeric' })
  const shown = view === 'month' ? days.filter((day) => day.getMonth() === anchor.getMonth()) : days
  const hijriSpan = choice.hijri
    ? [...new Set([shown[0], shown.at(-1)!].map((day) => hijriMonth.format(day)))].join(' – ')
    : undefined
  const time = formatter({ hour: 'numeric', minute: '2-digit' })
  const today = dayKey(new Date())

  return (
    <div className="jusur-calendar" data-calendar data-calendar-view={view}>
      <h1>{text('title')}</h1>
      <div className="jusur-calendar__toolbar">
        {(
          [
            ['previous', () => move(-1)],
            ['today', () => setAnchor(new Date())],
            ['next', () => move(1)],
          ] as const
        ).map(([step, go]) => (
          <button
            className="btn btn--style-secondary btn--size-small"
            data-calendar-nav={step}
            key={step}
            onClick={go}
            type="button"
          >
            {text(step)}
          </button>
        ))}
        <strong data-calendar-heading>{heading}</strong>
        {hijriSpan && <span data-calendar-hijri-heading>({hijriSpan})</span>}
        {(['month', 'week'] as const).map((option) => (
          <button
            aria-pressed={view === option}
            className={`btn btn--size-small ${view === option ? 'btn--style-primary' : 'btn--style-secondary'}`}
            data-calendar-switch={option}
            key={option}
            onClick={() => setView(option)}
            type="button"
          >
            {text(option)}
          </button>
        ))}
      </div>
      <fieldset className="jusur-calendar__filters">
        {collections.map((option) => (
          <label key={option.value}>
            <input
              checked={chosen.has(option.value)}
              data-calendar-collection={option.value}
              onChange={() => setChosen(toggle(chosen, option.value))}
              type="checkbox"
            />{' '}
            {option.label}
          </label>
        ))}
        {KINDS.map((kind) => (
          <label
            key={kind}
            style={{
              borderInlineStart: `4px solid ${KIND_COLOURS[kind]}`,
              paddingInlineStart: '0.3rem',
            }}
          >
            <input
              checked={kinds.has(kind)}
              data-calendar-kind={kind}
              onChange={() => setKinds(toggle(kinds, kind))}
              type="checkbox"
            />{' '}
            {text(`kind_${kind}`)}
          </label>
        ))}
        <label>
          {text('state')}{' '}
          <select
            data-calendar-state
            onChange={(event) => setState(event.target.value)}
            value={state}
          >
            <option value="">{text('allStates')}</option>
            {states.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {failure && <p role="alert">{failure}</p>}
      {truncated && <p role="status">{text('truncated')}</p>}
      <div className="jusur-calendar__grid">
        {days.slice(0, 7).map((day) => (
          <div className="jusur-calendar__weekday" key={`weekday-${day.getDay()}`}>
            {weekday.format(day)}
          </div>
        ))}
        {days.map((day) => {
          const key = dayKey(day)
          const own = byDay.get(key) ?? []
          const outside = view === 'month' && day.getMonth() !== anchor.getMonth()
          return (
            <div
              className={[
                'jusur-calendar__day',
                outside && 'jusur-calendar__day--outside',
                own.length === 0 && 'jusur-calendar__day--empty',
                key === today && 'jusur-calendar__day--today',
              ]
                .filter(Boolean)
                .join(' ')}
              data-calendar-day={key}
              key={key}
            >
              <div className="jusur-calendar__day-head">
                <span>
                  <span className="jusur-calendar__day-weekday">{weekday.format(day)} </span>
                  {dayNumber.format(day)}
                  {hijriDay && (
                    <span className="jusur-calendar__day-hijri" data-calendar-hijri>
                      {hijriDay.format(day)}
                    </span>
                  )}
                </span>
                <button
                  aria-label={`${text('scheduleHere')}: ${key}`}
                  className="jusur-calendar__add"
                  data-calendar-schedule={key}
                  onClick={() => setScheduling(key)}
                  title={text('scheduleHere')}
                  type="button"
                >
                  +
                </button>
              </div>
              <ul>
                {own.map((item) => (
                  <li
                    data-calendar-item={`${item.collection}:${item.id}`}
                    data-kind={item.kind}
                    key={`${item.kind}:${item.collection}:${item.id}`}
                    style={{ borderInlineStart: `3px solid ${KIND_COLOURS[item.kind]}` }}
                  >
                    <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                    <small>
                      {' '}
                      {text(`kind_${item.kind}`)}
                      {item.kind === 'event' ? '' : ` · ${time.format(new Date(item.at))}`}
                    </small>
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </div>
      {scheduling && (
        <ScheduleDialog
          api={api}
          collections={collections.filter((option) => chosen.has(option.value))}
          day={scheduling}
          onClose={(changed) => {
            setScheduling(null)
            if (changed) void load().catch((error: unknown) => setFailure(String(error)))
          }}
          text={text}
          titleOf={(slug) => getEntityConfig({ collectionSlug: slug })?.admin?.useAsTitle ?? 'id'}
        />
      )}
    </div>
  )
}

type Approved = { collection: string; id: number | string; title: string }

/** Picks an approved item and a time, and schedules it for `day` through the workflow's own endpoint. */
const ScheduleDialog: React.FC<{
  api: string
  collections: CalendarOption[]
  day: string
  onClose: (changed: boolean) => void
  text: (key: CalendarTextKey) => string
  titleOf: (collection: string) => string
}> = ({ api, collections, day, onClose, text, titleOf }) => {
  const { code: locale } = useLocale()
  const { format } = useAdminDates()
  const [approved, setApproved] = useState<Approved[] | null>(null)
  const [picked, setPicked] = useState('')
  const [at, setAt] = useState('09:00')
  const [failure, setFailure] = useState<null | string>(null)

  useEffect(() => {
    void Promise.all(
      collections.map(async ({ value: collection }) => {
        const title = titleOf(collection)
        const response = await fetch(
          `${api}/${collection}?draft=true&depth=0&limit=50&locale=${locale}&where[workflowState][equals]=approved&select[${title}]=true`,
          { credentials: 'include' },
        )
        const body = response.ok ? await response.json() : { docs: [] }
        return (body.docs as Record<string, unknown>[]).map((doc) => ({
          collection,
          id: doc.id as number | string,
          title: String(doc[title] || doc.id),
        }))
      }),
    ).then((lists) => setApproved(lists.flat()))
    // Loaded once, when the dialog opens.
  }, [])

  const schedule = async () => {
    const [collection, id] = picked.split(':')
    const response = await fetch(`${api}/${collection}/${id}/workflow`, {
      body: JSON.stringify({
        publishAt: new Date(`${day}T${at}`).toISOString(),
        transition: 'schedule',
      }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    if (response.ok) return onClose(true)
    const body = await response.json().catch(() => ({}))
    setFailure(body.errors?.[0]?.message ?? String(response.status))
  }

  return (
    <div
      aria-label={text('scheduleHere')}
      className="jusur-calendar__dialog"
      data-schedule-dialog={day}
      role="dialog"
    >
      <p>
        {text('scheduleWhat')} {format(new Date(`${day}T00:00`), 'date')}
      </p>
      {approved === null ? null : approved.length === 0 ? (
        <p>{text('noneApproved')}</p>
      ) : (
        <>
          <select
            data-schedule-item
            onChange={(event) => setPicked(event.target.value)}
            value={picked}
          >
            <option value="" />
            {approved.map((item) => (
              <option key={`${item.collection}:${item.id}`} value={`${item.collection}:${item.id}`}>
                {item.title}
              </option>
            ))}
          </select>{' '}
          <label>
            {text('time')}{' '}
            <input
              data-schedule-time
              onChange={(event) => setAt(event.target.value)}
              type="time"
              value={at}
            />
          </label>
        </>
      )}
      {failure && <p role="alert">{failure}</p>}
      <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
        <button
          className="btn btn--style-primary btn--size-small"
          data-schedule-confirm
          disabled={!picked}
          onClick={() => void schedule()}
          type="button"
        >
          {text('schedule')}
        </button>
        <button
          className="btn btn--style-secondary btn--size-small"
          onClick={() => onClose(false)}
          type="button"
        >
          {text('cancel')}
        </button>
      </div>
    </div>
  )
}
