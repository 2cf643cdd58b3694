import type {
  Access,
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import { changedContentKeys, isBlank, sameValue } from './content'
import { WorkflowError } from './errors'
import { EDIT_TRANSITION } from './defaults'
import { recordEvent, type WorkflowEventData } from './events'
import { contributorsOf, withContributor } from './machine'
import { afterEditIn, localeComplete, sourceLocaleOf, translationStatusOf } from './parity'
import { activeTransition, isImport } from './transition-context'
import { RECORD_BOOKKEEPING, RECORD_NOT_CONTENT } from './record-fields'
import { releasesAfterItemEdit } from './releases'
import { asSlug, type ResolvedOptions, type WorkflowData } from './types'
import { latestVersion } from './versions'

/**
 * The gate: the one place that decides whether a write may change what the
 * public sees or the editorial state. Every path (REST, GraphQL, the Local
 * API with or without access control, bulk updates, duplicates, version
 * restores, Payload's own scheduled publish) runs these collection hooks.
 * Outside a transition (see service.ts) and an explicit import:
 *   - nothing sets `_status` to published or unpublishes all locales;
 *   - a published document's live row is never written: changes go to drafts;
 *   - a version is restored only as a draft;
 *   - the workflow fields are never changed by the caller;
 *   - a new document or a duplicate starts in the initial state, as a draft.
 * Plain draft saves pass, and the gate keeps the bookkeeping (last editor,
 * contributors, translation status, approval invalidated by a content change).
 */

/**
 * Collections each request is duplicating into, with the contributors of the
 * document duplicated (its content is theirs) and the language it was written
 * in: beforeOperation sees `duplicateFromID`, beforeChange does not.
 */
type Duplicated = { contributors: (number | string)[]; sourceLocale?: null | string }

const duplicating = new WeakMap<PayloadRequest, Map<string, Duplicated>>()

const markDuplicate = async (
  req: PayloadRequest,
  collection: string,
  duplicateFromID: number | string | undefined,
): Promise<void> => {
  const slugs = duplicating.get(req) ?? new Map<string, Duplicated>()
  duplicating.set(req, slugs)
  if (duplicateFromID === undefined) {
    slugs.delete(collection)
    return
  }
  const source = await latestVersion(req, collection, duplicateFromID)
  const workflow = source?.version.workflow as WorkflowData | undefined
  slugs.set(collection, {
    contributors: contributorsOf(workflow),
    sourceLocale: workflow?.sourceLocale,
  })
}

/** Whether an update without `draft` would write the live row of a published document. */
const targetsPublished = async (
  req: PayloadRequest,
  collection: string,
  args: { id?: number | string; where?: Where },
) => {
  const target: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
  const { totalDocs } = await req.payload.db.count({
    collection: asSlug(collection),
    req,
    where: { and: [target, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}

export const gateBeforeOperation =
  (): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion')
      return args
    const { data, draft, duplicateFromID, id, unpublishAllLocales, where } = args as {
      data?: Record<string, unknown>
      draft?: boolean
      duplicateFromID?: number | string
      id?: number | string
      unpublishAllLocales?: boolean | string
      where?: Where
    }
    if (operation === 'create') await markDuplicate(req, collection.slug, duplicateFromID)
    if (activeTransition(req, collection.slug) || isImport(req)) return args

    if (operation === 'restoreVersion') {
      if (!draft) throw new WorkflowError(req, 403, 'restoreLive')
      return args
    }
    if (data?._status === 'published' || (unpublishAllLocales && unpublishAllLocales !== 'false')) {
      throw new WorkflowError(req, 403, 'publishOutsideWorkflow')
    }
    if (
      operation === 'update' &&
      !draft &&
      (await targetsPublished(req, collection.slug, { id, where }))
    ) {
      throw new WorkflowError(req, 403, 'liveWrite')
    }
    return args
  }

/**
 * Events of automatic moves (approval invalidated by an edit), recorded once
 * the save is done. They travel on `req.context`, which Payload shares with
 * the copies of `req` some operations (restores) hand to their hooks.
 */
const PENDING = 'editorialWorkflow.pendingEvents'

const pendingEvents = (req: PayloadRequest): WorkflowEventData[] => {
  req.context ??= {}
  req.context[PENDING] ??= []
  return req.context[PENDING] as WorkflowEventData[]
}

/** Documents whose content this request changed (`collection:id`), for the releases that hold them. */
const EDITED = 'editorialWorkflow.editedDocuments'

const editedDocuments = (req: PayloadRequest): Set<string> => {
  req.context ??= {}
  req.context[EDITED] ??= new Set<string>()
  return req.context[EDITED] as Set<string>
}

export const gateBeforeChange =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const slug = collection.slug
    if (activeTransition(req, slug)) return data
    const duplicated = duplicating.get(req)?.get(slug)
    const duplicate = duplicated !== undefined
    const importing = isImport(req)

    if (operation === 'create') {
      const starting = !importing || duplicate
      if (
        !importing &&
        !duplicate &&
        data.workflowState !== undefined &&
        data.workflowState !== options.initialState
      ) {
        throw new WorkflowError(req, 403, 'publishOutsideWorkflow')
      }
      if (duplicate) data._status = 'draft'
      if (starting) startRecordAfresh(req, data, duplicate)
      // An import of published content without a state of its own arrives published.
      const imported =
        data.workflowState && data.workflowState !== options.initialState
          ? data.workflowState
          : undefined
      data.workflowState = starting
        ? options.initialState
        : (imported ?? (data._status === 'published' ? 'published' : options.initialState))
      const previous: WorkflowData = starting
        ? {}
        : ((data.workflow as WorkflowData | undefined) ?? {})
      // Creating is writing content; an import brings its own contributors.
      const contributors = req.user
        ? withContributor(duplicated?.contributors ?? [], req.user.id)
        : (duplicated?.contributors ?? [])
      data.workflow = {
        contributors,
        sequence: 0,
        ...previous,
        lastEditedBy: req.user?.id ?? null,
        sourceLocale: sourceOfNew(
          req,
          options,
          duplicated ? sourceLocaleOf(duplicated, options.defaultLocale) : previous.sourceLocale,
        ),
        submittedBy: null,
      }
      recordEmbargoChange({ data, options, original: {}, req, slug })
      return trackTranslations({ data, options, original: {}, req, slug })
    }

    // Payload marks restores on the context (its hooks get a copy of req, not the one beforeOperation saw).
    if (req.context?.isRestoringVersion) {
      // The restored version's own bookkeeping is history; the document's current one stays.
      data.workflowState = originalDoc?.workflowState
      data.workflow = originalDoc?.workflow
      // Nor are the public record and the embargo content: they stay the document's.
      for (const field of [...RECORD_NOT_CONTENT])
        if (field in data) data[field] = originalDoc?.[field]
      // The hooks see one locale of the restored version; whatever it changes elsewhere, a restore is an edit.
      return recordEdit({ data, options, original: originalDoc ?? {}, req, restoring: true, slug })
    } else if (importing) {
      const given = (data.workflow as undefined | WorkflowData)?.sourceLocale
      if (given != null) knownSource(req, options, given)
    } else {
      for (const field of WORKFLOW_WRITES) {
        if (!(field in data)) continue
        if (!sameValue(data[field], originalDoc?.[field]))
          throw new WorkflowError(req, 403, 'publishOutsideWorkflow')
        // What is stored is the document's own, not the caller's spelling of it ('' and null look the same above).
        data[field] = originalDoc?.[field]
      }
    }
    recordEmbargoChange({ data, options, original: originalDoc ?? {}, req, slug })
    return recordEdit({ data, options, original: originalDoc ?? {}, req, slug })
  }

/**
 * The language a new document is written in: the one an import or the
 * duplicated document names (an import naming no configured locale is
 * refused, 400), else the locale of the request creating it, else the
 * default locale.
 */
const sourceOfNew = (
  req: PayloadRequest,
  options: ResolvedOptions,
  given: null | string | undefined,
): string | undefined => {
  if (given != null) return knownSource(req, options, given)
  if (isImport(req)) return options.defaultLocale
  return req.locale && options.locales.includes(req.locale) ? req.locale : options.defaultLocale
}

/** A source locale an import writes must be a configured locale (400 otherwise). */
const knownSource = (req: PayloadRequest, options: ResolvedOptions, given: string): string => {
  if (!options.locales.includes(given)) throw new WorkflowError(req, 400, 'invalidLocale')
  return given
}

/** A save under way, as the bookkeeping sees it. `restoring`: a version restore, always an edit. */
type Save = {
  data: Record<string, any>
  options: ResolvedOptions
  original: Record<string, any>
  req: PayloadRequest
  restoring?: boolean
  slug: string
}

/**
 * A new document has no public record: a caller who sends one is refused
 * (403), a duplicate leaves its source's behind, with its pending
 * correction note.
 */
const startRecordAfresh = (req: PayloadRequest, data: Record<string, any>, duplicate: boolean) => {
  if (!duplicate && RECORD_BOOKKEEPING.some((field) => !isBlank(data[field])))
    throw new WorkflowError(req, 403, 'publishOutsideWorkflow')
  for (const field of [...RECORD_BOOKKEEPING, ...(duplicate ? ['correction'] : [])])
    delete data[field]
}

/** The fields only transitions write: the state, the bookkeeping and the public record's. */
const WORKFLOW_WRITES = ['workflowState', 'workflow', ...RECORD_BOOKKEEPING] as const

/** The history's name for an embargo set or changed, and for one lifted. */
export const EMBARGO_SET = 'embargo'
export const EMBARGO_LIFTED = 'lift_embargo'

/**
 * Setting, moving or lifting an embargo is recorded in the history (field
 * access decides who may). An embargo ending after the time the document is
 * scheduled for is refused (409): unschedule first.
 */
const recordEmbargoChange = ({ data, options, original, req, slug }: Save) => {
  if (!('embargoUntil' in data) || isImport(req)) return
  const before = original.embargoUntil ? Date.parse(original.embargoUntil) : null
  const after = data.embargoUntil ? Date.parse(data.embargoUntil) : null
  if (before === after) return
  const workflow: WorkflowData = { ...(data.workflow ?? original.workflow ?? {}) }
  const state = String(data.workflowState ?? original.workflowState ?? options.initialState)
  if (after !== null && workflow.publishAt && Date.parse(workflow.publishAt) < after)
    throw new WorkflowError(req, 409, 'embargoAfterSchedule')
  workflow.sequence = (workflow.sequence ?? 0) + 1
  data.workflow = workflow
  pendingEvents(req).push({
    collection: slug,
    details: { embargoUntil: after === null ? null : new Date(after).toISOString() },
    document: original.id === undefined ? NEW_DOCUMENT : String(original.id),
    from: state,
    locale: req.locale ?? null,
    sequence: workflow.sequence,
    to: state,
    transition: after === null ? EMBARGO_LIFTED : EMBARGO_SET,
    user: req.user?.id ?? null,
  })
}

/** The document of a pending event recorded while creating, whose id is not known yet. */
const NEW_DOCUMENT = ''

/** Keeps last editor, contributors, translation status and the state after an edit. */
const recordEdit = (save: Save) => {
  const { data, options, original, req, restoring, slug } = save
  if (!restoring && changedContentKeys(data, original).length === 0) return data
  if (original.id !== undefined) editedDocuments(req).add(`${slug}:${original.id}`)
  // What the save already holds: an import's own, an embargo change's sequence, or the document's.
  const workflow: WorkflowData = { ...(original.workflow ?? {}), ...(data.workflow ?? {}) }
  if (req.user) {
    workflow.lastEditedBy = req.user.id
    workflow.contributors = withContributor(contributorsOf(workflow), req.user.id)
  }
  data.workflow = workflow
  const state = (data.workflowState ?? original.workflowState ?? options.initialState) as string
  const next = options.stateAfterEdit[state]
  if (next && !isImport(req) && original.id !== undefined) {
    workflow.sequence = (workflow.sequence ?? 0) + 1
    data.workflowState = next
    pendingEvents(req).push({
      collection: slug,
      document: String(original.id),
      from: state,
      locale: req.locale ?? null,
      sequence: workflow.sequence,
      to: next,
      transition: EDIT_TRANSITION,
      user: req.user?.id ?? null,
    })
  }
  return trackTranslations(save)
}

/** A content change in the request's locale updates the translation status of every locale. */
const trackTranslations = ({ data, options, original, req, restoring, slug }: Save) => {
  const locale = req.locale
  const collection = req.payload.collections[asSlug(slug)]?.config
  if (!locale || !options.locales.includes(locale) || !collection) return data
  const localized = new Set(
    collection.flattenedFields
      .filter((field) => 'localized' in field && field.localized)
      .map((field) => field.name),
  )
  const changed = changedContentKeys(data, original).filter((key) => localized.has(key))
  if (changed.length === 0 && !restoring) return data
  const workflow = (data.workflow ?? original.workflow ?? {}) as WorkflowData
  const complete = localeComplete({ ...original, ...data }, options.parityFields[slug] ?? [])
  const source = sourceLocaleOf(workflow, options.defaultLocale)
  data.workflow = {
    ...workflow,
    translations: afterEditIn(workflow.translations, locale, complete, options.locales, source),
  }
  return data
}

/**
 * The translations' summary (`translationStatus`) follows the bookkeeping on
 * every save, a transition's included; what a caller sends for it is ignored.
 */
export const summarizeTranslations =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc }) => {
    data.translationStatus = translationStatusOf(
      options,
      collection.slug,
      data.workflow ?? originalDoc?.workflow,
    )
    return data
  }

/** Writes the history entries of automatic moves, now that the save has happened. */
export const gateAfterChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    const events = pendingEvents(req)
    const mine = events.filter(
      (event) =>
        event.collection === collection.slug &&
        (event.document === String(doc.id) ||
          (operation === 'create' && event.document === NEW_DOCUMENT)),
    )
    for (const event of mine) {
      events.splice(events.indexOf(event), 1)
      await recordEvent(req, options, { ...event, document: String(doc.id) })
    }
    const key = `${collection.slug}:${doc.id}`
    if (editedDocuments(req).delete(key))
      await releasesAfterItemEdit(req, options, { collection: collection.slug, id: String(doc.id) })
    return doc
  }

/**
 * Wraps a collection's access so that a transition the service has already
 * authorized can write the state and read the versions it needs, even for a
 * reviewer who may not otherwise edit the document.
 */
export const allowDuringTransition =
  (slug: string, access: Access | undefined): Access =>
  (args) => {
    if (activeTransition(args.req, slug, args.id)) return true
    return access ? access(args) : Boolean(args.req.user)
  }
