import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access'
import { type Bilingual, errorAnswer, refuseNonStaff } from '../lib/caller-language'
import { workflowStateOptions } from './workflow-states'
import {
  CALENDAR_KINDS,
  type CalendarKind,
  type CalendarRange,
  calendarItems,
} from './calendar-items'

/** The longest range one request may ask for: a month view's six weeks, and some. */
export const MAX_RANGE_DAYS = 62

const DAY_MS = 24 * 60 * 60 * 1000

class CalendarRefused extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en)
  }
}

/** A comma-separated list parameter: every value must be one of `allowed`; all of them when absent. */
const listOf = (value: null | string, allowed: readonly string[], name: string): string[] => {
  if (value === null || value === '') return [...allowed]
  const values = [...new Set(value.split(','))]
  const unknown = values.filter((item) => !allowed.includes(item))
  if (unknown.length > 0)
    throw new CalendarRefused({
      ar: `قيمة غير معروفة في ${name}: ${unknown.join('، ')}. المتاح: ${allowed.join('، ')}.`,
      en: `Unknown value in ${name}: ${unknown.join(', ')}. Allowed: ${allowed.join(', ')}.`,
    })
  return values
}

const instant = (value: null | string, name: string): Date => {
  const time = value ? Date.parse(value) : NaN
  if (Number.isNaN(time))
    throw new CalendarRefused({
      ar: `أرسل ${name} تاريخًا بصيغة ISO 8601، مثل 2026-12-01T00:00:00Z.`,
      en: `Send ${name} as an ISO 8601 date, such as 2026-12-01T00:00:00Z.`,
    })
  return new Date(time)
}

/** The workflow states of the collections. */
const statesOf = (req: PayloadRequest, collections: string[]): string[] => [
  ...new Set(
    collections.flatMap((slug) =>
      workflowStateOptions(req.payload, slug).map((option) => option.value),
    ),
  ),
]

/** The request's range, or a refusal naming what is wrong with it. */
export const parseRange = (
  req: PayloadRequest,
  params: URLSearchParams,
  collections: readonly string[],
): CalendarRange => {
  const from = instant(params.get('from'), 'from')
  const to = instant(params.get('to'), 'to')
  if (to <= from)
    throw new CalendarRefused({
      ar: 'يجب أن يأتي to بعد from.',
      en: '"to" must come after "from".',
    })
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw new CalendarRefused({
      ar: `المدى أطول من ${MAX_RANGE_DAYS} يومًا.`,
      en: `The range is longer than ${MAX_RANGE_DAYS} days.`,
    })
  const chosen = listOf(params.get('collections'), collections, 'collections')
  // An unknown locale never gets here: the request guard refuses it for every API route.
  const { localization } = req.payload.config
  const locale = params.get('locale') ?? (localization ? localization.defaultLocale : 'ar')
  return {
    collections: chosen,
    from,
    kinds: listOf(params.get('kinds'), CALENDAR_KINDS, 'kinds') as CalendarKind[],
    locale,
    states: params.get('states')
      ? listOf(params.get('states'), statesOf(req, chosen), 'states')
      : null,
    to,
  }
}

/**
 * `GET /api/calendar?from&to[&collections][&kinds][&states][&locale]`: the
 * publications scheduled, publications done, embargoes lifting and events
 * between two instants, for the admin's calendar. Staff only; each
 * collection is read with the caller's access.
 */
export const calendarEndpoint = (collections: readonly string[]): Endpoint => ({
  method: 'get',
  path: '/calendar',
  handler: async (req) => {
    const refused = refuseNonStaff(req, isStaff)
    if (refused) return refused
    try {
      const range = parseRange(req, new URL(req.url!).searchParams, collections)
      const { items, truncated } = await calendarItems(req, range)
      return Response.json({
        from: range.from.toISOString(),
        items,
        to: range.to.toISOString(),
        truncated,
      })
    } catch (error) {
      if (error instanceof CalendarRefused) return errorAnswer(req, 400, error.text)
      throw error
    }
  },
})
