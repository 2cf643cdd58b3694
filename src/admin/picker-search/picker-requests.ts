import * as qs from 'qs-esm'

import type { ServerAnswers } from './server-answers'

type PickerQuery = {
  select?: Record<string, unknown>
  where?: { and?: Record<string, { like?: unknown } | undefined>[] }
}

/**
 * The title field and the typed text of a relationship picker's search, if
 * `init` is one. The picker (updateResults in @payloadcms/ui's
 * Relationship/Input.js) POSTs its query as a form, with
 * `X-Payload-HTTP-Method-Override: GET`, selecting the collection's title field
 * alone and adding `like: <typed>` on it to `where.and`.
 */
export const pickerSearchOf = (
  init?: RequestInit,
): { field: string; typed: string } | undefined => {
  if (
    typeof init?.body !== 'string' ||
    new Headers(init.headers).get('X-Payload-HTTP-Method-Override') !== 'GET'
  )
    return undefined
  const { select, where } = qs.parse(init.body) as PickerQuery
  const fields = Object.keys(select ?? {})
  if (fields.length !== 1) return undefined
  const field = fields[0]!
  const typed = Object.values(where?.and ?? {}).find(
    (condition) => typeof condition?.[field]?.like === 'string',
  )?.[field]?.like
  return typeof typed === 'string' ? { field, typed } : undefined
}

/**
 * `fetch`, recording in `answers` the titles each picker search returns
 * before the picker reads them: the picker renders its options as soon as it
 * has the response, and its filter consults the record then. The titles are
 * the options' labels (Payload labels an option with its title field's value).
 * Any other request, and the response itself, go through untouched.
 */
export const recordingPickerAnswers =
  (fetch: typeof globalThis.fetch, answers: ServerAnswers): typeof globalThis.fetch =>
  async (input, init) => {
    const response = await fetch(input, init)
    const search = response.ok ? pickerSearchOf(init) : undefined
    if (search) {
      // A body that is not the expected JSON is left for the picker to report, as it does.
      const { docs } = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { docs?: Record<string, unknown>[] }
      const titles = (docs ?? []).map((doc) => doc[search.field])
      answers.add(
        search.typed,
        titles.filter((title): title is string => typeof title === 'string'),
      )
    }
    return response
  }
