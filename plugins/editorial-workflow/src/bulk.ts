import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { WorkflowError } from './errors'
import { assertStaffCallerOn, offeredTransition, transitionsFor } from './graph'
import { canBeIdOf } from './ids'
import { performTransition, type TransitionRequest } from './service'
import { translate } from './translations'
import { asSlug, type ResolvedOptions, type TransitionDefinition } from './types'

/** The most documents one bulk request may move: a page of the admin's list at its largest. */
export const MAX_BULK_DOCUMENTS = 100

/** One document's outcome: its new state, or why it was refused (as alone). */
export type BulkOutcome = { id: string; title: null | string } & (
  { state: string; status: 200 } | { message: string; reason: null | string; status: number }
)

/**
 * Whether a transition can be taken on many documents at once: one a person
 * takes (not the scheduler's), whose input is the same for every document. A
 * per-language action or a retraction (a notice written for one document) is
 * taken one document at a time.
 */
const takenInBulk = (transition: TransitionDefinition): boolean =>
  transition.roles.length > 0 && !transition.requiresLocale && !transition.requiresNotice

/**
 * The transitions the caller's roles allow on documents of `collection` that
 * can be taken in bulk, once per name, for the list's bulk actions; whether
 * each document's state allows them is decided per document.
 */
export const bulkTransitions = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
) => {
  assertStaffCallerOn(req, options, collection)
  const roles = options.rolesOf(req.user)
  const offered = new Map<string, TransitionDefinition>()
  for (const transition of transitionsFor(options, collection)) {
    if (!takenInBulk(transition) || offered.has(transition.name)) continue
    if (transition.roles.some((role) => roles.includes(role)))
      offered.set(transition.name, transition)
  }
  return [...offered.values()].map((transition) => offeredTransition(req, transition))
}

/** The ids of a bulk request: 1 to MAX_BULK_DOCUMENTS ids, each once. */
const bulkIdsFrom = (req: PayloadRequest, ids: unknown): string[] => {
  const valid =
    Array.isArray(ids) &&
    ids.length > 0 &&
    ids.length <= MAX_BULK_DOCUMENTS &&
    ids.every(
      (id) =>
        (typeof id === 'string' && id.trim() !== '') ||
        (typeof id === 'number' && Number.isSafeInteger(id)),
    )
  if (!valid) throw new WorkflowError(req, 400, 'bulkIds', ` ${MAX_BULK_DOCUMENTS}.`)
  return [...new Set(ids.map(String))]
}

/**
 * A workflow collection has Payload's bulk edit turned off (`disableBulkEdit`):
 * many documents change together only by a bulk transition. Payload refuses
 * a bulk update with a 403 in English; this says so in the caller's language,
 * and where to go instead.
 */
export const explainBulkEditRefusal: CollectionAfterErrorHook = ({ error, req, result }) => {
  if (
    !(error instanceof APIError) ||
    error.status !== 403 ||
    !/disabled bulk edit/.test(error.message)
  )
    return
  return {
    response: { ...result, errors: [{ message: translate(req.i18n, 'error:bulkEdit') }] },
    status: 403,
  }
}

/** The documents' titles as the caller reads them (their working drafts), for the report; none for what they may not read. */
const titlesOf = async (
  req: PayloadRequest,
  collection: string,
  ids: string[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const titleField = req.payload.collections[asSlug(collection)]?.config.admin.useAsTitle ?? 'id'
  const { docs } = await req.payload.find({
    collection: asSlug(collection),
    depth: 0,
    draft: true,
    limit: ids.length,
    overrideAccess: false,
    pagination: false,
    req,
    select: { [titleField]: true },
    where: { id: { in: ids } },
  })
  const titles = new Map<string, string>()
  for (const doc of docs as unknown as Record<string, unknown>[]) {
    const title = doc[titleField]
    if (typeof title === 'string' && title !== '') titles.set(String(doc.id), title)
  }
  return titles
}

/**
 * Takes one transition on each document of `ids` (as a client sent them: 1
 * to MAX_BULK_DOCUMENTS ids, or a 400), one after the other, each by the
 * rules and in the transaction it would have alone, so that a refused
 * document neither stops nor undoes the others; reports each outcome in the
 * caller's language.
 */
export const performBulkTransition = async ({
  collection,
  ids: requested,
  input,
  options,
  req,
}: {
  collection: string
  ids: unknown
  input: Omit<TransitionRequest, 'version'>
  options: ResolvedOptions
  req: PayloadRequest
}): Promise<BulkOutcome[]> => {
  // Asked once for the whole request.
  assertStaffCallerOn(req, options, collection)
  const ids = bulkIdsFrom(req, requested)
  const titles = await titlesOf(
    req,
    collection,
    ids.filter((id) => canBeIdOf(req, collection, id)),
  )
  const outcomes: BulkOutcome[] = []
  for (const id of ids) {
    const title = titles.get(id) ?? null
    try {
      const { state } = await performTransition({
        input,
        options,
        req,
        target: { collection, id },
      })
      outcomes.push({ id, state, status: 200, title })
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        const { reason } = (error.data ?? {}) as { reason?: string }
        outcomes.push({
          id,
          message: error.message,
          reason: reason ?? null,
          status: error.status,
          title,
        })
      } else {
        // The others go on; this one is reported without what went wrong inside.
        req.payload.logger.error({ err: error, id, msg: 'bulk workflow transition failed' })
        outcomes.push({ id, message: req.t('error:unknown'), reason: null, status: 500, title })
      }
    }
  }
  return outcomes
}
