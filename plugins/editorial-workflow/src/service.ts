import type { PayloadRequest, TypedLocale } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { watchPublicChange } from './changes'
import { sameContent } from './content'
import { WorkflowError } from './errors'
import { recordEvent } from './events'
import {
  assertWorkflowCollection,
  offeredTransition,
  transitionNamed,
  transitionsFor,
} from './graph'
import {
  type Actor,
  availableTransitions,
  factsOf,
  inputRefusal,
  permissionRefusal,
} from './machine'
import { EDIT_TRANSITION } from './defaults'
import { EMBARGO_LIFTED, EMBARGO_SET } from './gate'
import { inLanguage, languageList, stateLabel } from './label'
import { type DocumentRef, refKey, unpublishedAmong, workflowLinksOf } from './links'
import { documentTitles, type Notice, notifyAfterTransition } from './notifications'
import { filledIn, incompleteLocales, sourceLocaleOf } from './parity'
import { readAllLocales } from './read-document'
import {
  assertNotInOpenRelease,
  isRelease,
  itemsOf,
  openReleasesHolding,
  readyForPublication,
  type ReleaseDocument,
  type ReleaseScope,
  takeItemsAlong,
} from './releases'
import {
  assertEmbargoAllows,
  firstPublishedFieldOf,
  correctionToPublish,
  keepsRecord,
  noticeTexts,
  type PendingCorrection,
  recordChanges,
} from './record'
import { recordStatus } from './record-status'
import { mayReview, userNames } from './reviewers'
import { queueScheduledPublish } from './scheduling'
import { runInTransition } from './transition-context'
import { translate } from './translations'
import { asSlug, type ResolvedOptions, type TransitionDefinition, type WorkflowData } from './types'
import { latestVersion, versionById } from './versions'

export type TransitionRequest = {
  /** Publish although some linked documents are not public yet (needs a comment, which the history keeps). */
  acceptUnpublishedLinks?: boolean | null
  assignee?: null | number | string
  comment?: null | string
  locale?: null | string
  /** A retraction's notice to readers, in every locale: `{ ar, en }`. */
  notice?: null | Record<string, unknown>
  publishAt?: null | string
  transition: string
  /** The version the caller looked at; if the document has moved on since, the request is refused (409). */
  version?: null | number | string
}

type Target = { collection: string; id: number | string }

const actorOf = (req: PayloadRequest, options: ResolvedOptions, automatic = false): Actor => {
  if (!req.user) throw new WorkflowError(req, 401, 'notLoggedIn')
  return { automatic, id: req.user.id, roles: options.rolesOf(req.user) }
}

/** The bookkeeping after the transition: who submitted, which version was approved, the translation waivers... */
const nextBookkeeping = (
  transition: TransitionDefinition,
  workflow: WorkflowData,
  input: TransitionRequest,
  actor: Actor,
  latestId: null | number | string,
  initialState: string,
): WorkflowData => {
  const next: WorkflowData = { ...workflow }
  if (input.assignee !== undefined) next.assignee = input.assignee
  if (transition.to === initialState)
    Object.assign(next, { approvedBy: null, approvedVersion: null, submittedBy: null })
  const approval = {
    approvedBy: actor.id,
    approvedVersion: latestId === null ? null : String(latestId),
  }
  if (transition.approves) Object.assign(next, approval)
  switch (transition.effect) {
    case 'submit':
      next.submittedBy = actor.id
      break
    case 'approve':
      Object.assign(next, approval)
      break
    case 'schedule':
      next.publishAt = new Date(input.publishAt!).toISOString()
      break
    case 'publish':
      next.publishAt = null
      // Four eyes starts afresh with a publication of every locale; one locale's leaves the others' drafts unpublished.
      if (!input.locale) next.contributors = []
      break
    case 'unschedule':
      next.publishAt = null
      break
    case 'waive_translation':
      next.translations = {
        ...workflow.translations,
        [input.locale!]: { reason: input.comment!.trim(), status: 'waived' },
      }
      break
    case 'confirm_translation':
      next.translations = { ...workflow.translations, [input.locale!]: { status: 'complete' } }
      break
    case 'set_source_locale':
      next.sourceLocale = input.locale!
      break
  }
  return next
}

/** Refusals that depend on the content: parity, approval still matching, a translation to confirm. */
const assertContentAllows = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  target: Target,
  transition: TransitionDefinition,
  doc: Record<string, any>,
  input: TransitionRequest,
  latest: Awaited<ReturnType<typeof latestVersion>>,
) => {
  const workflow = (doc.workflow ?? {}) as WorkflowData
  const fields = options.parityFields[target.collection] ?? []
  if (transition.requiresParity) {
    const incomplete = incompleteLocales(doc, fields, options.locales, workflow.translations)
    if (incomplete.length > 0)
      throw new WorkflowError(req, 403, 'parity', languageList(req, incomplete))
  }
  // A transition that approves as it publishes needs no earlier approval (`input.version` guards what it publishes).
  if (transition.effect === 'publish' && !transition.approves) {
    const approved = workflow.approvedVersion
      ? await versionById(req, target.collection, workflow.approvedVersion)
      : undefined
    if (!approved || !latest || !sameContent(approved.version, latest.version)) {
      throw new WorkflowError(req, 409, 'changedSinceApproval')
    }
  }
  if (transition.effect === 'confirm_translation' && !filledIn(doc, fields, input.locale!)) {
    throw new WorkflowError(req, 409, 'translationIncomplete')
  }
}

/** An assignee is a user who may approve the document. */
const assertAssigneeReviews = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  assignee: TransitionRequest['assignee'],
) => {
  if (assignee === undefined || assignee === null) return
  const user = await req.payload.db.findOne({
    collection: asSlug(options.usersSlug),
    req,
    where: { id: { equals: assignee } },
  })
  if (!user || !mayReview(options, collection, user))
    throw new WorkflowError(req, 400, 'invalidAssignee')
}

/**
 * Publishing (or scheduling) a document whose links lead to documents
 * readers cannot see yet is refused (409 `unpublishedLinks`, naming them)
 * unless the publisher accepts it with a comment; returns what was accepted.
 * Links to the other items of the release being published count as public.
 */
const linksAllowPublication = async (
  step: TransitionStep,
  transition: TransitionDefinition,
  doc: Record<string, unknown>,
): Promise<DocumentRef[]> => {
  const { input, options, req, target } = step
  if (transition.effect !== 'publish' && transition.effect !== 'schedule') return []
  if (isRelease(options, target.collection)) return []
  const links = workflowLinksOf(req, options, target.collection, doc).filter(
    (link) => !step.release?.items.has(refKey(link)),
  )
  const unpublished = await unpublishedAmong(req, options, links)
  if (unpublished.length === 0) return []
  if (input.acceptUnpublishedLinks) {
    if (!input.comment?.trim()) throw new WorkflowError(req, 400, 'commentRequired')
    return unpublished.map(({ collection, id }) => ({ collection, id }))
  }
  throw new WorkflowError(
    req,
    409,
    'unpublishedLinks',
    unpublished
      .map((link) => `${link.title} (${link.stateLabel})`)
      .join(req.i18n?.language === 'ar' ? '، ' : ', '),
    { links: unpublished },
  )
}

/**
 * What the history entry records besides the move: accepted unpublished
 * links, the release it was part of, the correction note it published.
 */
const detailsOf = (
  step: TransitionStep,
  acceptedLinks: DocumentRef[],
  record: { correction: null | PendingCorrection; notice: null | Record<string, string> },
) => {
  const details = {
    ...(acceptedLinks.length > 0 && { acceptedUnpublishedLinks: acceptedLinks }),
    ...(record.correction && { correction: record.correction }),
    ...(record.notice && { notice: record.notice }),
    ...(step.release && { release: step.release.id }),
  }
  return Object.keys(details).length > 0 ? details : null
}

/** A transition being taken, with what it needs from the request that asked for it. */
export type TransitionStep = {
  actor: Actor
  input: TransitionRequest
  /** Notifications to send once everything has committed. */
  notices: Notice[]
  options: ResolvedOptions
  /** Only check that the transition could be taken now (a release being scheduled checks its items so). */
  checkOnly?: boolean
  /** The release this step belongs to, if it is one of a release's items. */
  release?: ReleaseScope
  req: PayloadRequest
  target: Target
}

/**
 * Checks and writes one transition inside the caller's transaction: role,
 * state, four eyes, input, release membership, parity, approval and links;
 * then claims the next history entry (losing a race → 409) and writes the
 * state, publishing or unpublishing through Payload's drafts where the
 * transition says so. A release's transition takes its items' first.
 */
export const applyTransition = async (step: TransitionStep): Promise<void> => {
  const { actor, input, options, req, target } = step
  assertWorkflowCollection(req, options, target.collection)
  const doc = await readAllLocales(req, target.collection, target.id)
  const workflow = (doc.workflow ?? {}) as WorkflowData
  const facts = factsOf(doc, options.initialState)
  const from = facts.state
  const transition = transitionNamed(options, target.collection, input.transition, from)
  if (!transition) throw new WorkflowError(req, 400, 'unknownTransition')
  const refusal =
    permissionRefusal(transition, actor, facts) ?? inputRefusal(transition, input, options.locales)
  if (refusal) throw new WorkflowError(req, refusal.status, refusal.reason)
  await assertAssigneeReviews(req, options, target.collection, input.assignee)

  const latest = await latestVersion(req, target.collection, target.id)
  if (input.version != null && latest && String(input.version) !== String(latest.id))
    throw new WorkflowError(req, 409, 'lostRace')
  if (!step.release) await assertNotInOpenRelease(req, options, target, transition)
  await assertContentAllows(req, options, target, transition, doc, input, latest)
  assertEmbargoAllows(req, doc, transition, input, step.checkOnly)
  const record = keepsRecord(options, target.collection)
  const correction =
    record && transition.effect === 'publish' ? correctionToPublish(req, options, doc) : null
  const acceptedLinks = await linksAllowPublication(step, transition, doc)
  if (isRelease(options, target.collection))
    await takeItemsAlong({
      actor,
      input,
      options,
      release: doc as ReleaseDocument,
      req,
      step: (item) => applyTransition({ ...step, ...item }),
      transition,
    })
  if (step.checkOnly) return

  const sequence = (workflow.sequence ?? 0) + 1
  const to = transition.to ?? from
  const bookkeeping = {
    ...nextBookkeeping(
      transition,
      workflow,
      input,
      actor,
      latest?.id ?? null,
      options.initialState,
    ),
    sequence,
  }
  const changesLive = ['publish', 'retract', 'unpublish'].includes(transition.effect ?? 'none')
  const notice = transition.effect === 'retract' ? noticeTexts(options, input.notice) : null
  const now = new Date().toISOString()
  const version = latest ? String(latest.id) : null
  const recorded = record
    ? recordChanges({
        correction,
        doc,
        firstPublishedField: firstPublishedFieldOf(req, options, target.collection),
        notice,
        now,
        options,
        transition,
        version,
      })
    : {}
  // What readers will see change, if anything: read now, recorded once the document is written.
  const publicChange = await watchPublicChange(req, options, target, transition)

  let event: Awaited<ReturnType<typeof recordEvent>> | undefined
  try {
    event = await recordEvent(req, options, {
      assignee: input.assignee ?? null,
      collection: target.collection,
      comment: input.comment?.trim() || null,
      details: detailsOf(step, acceptedLinks, { correction, notice }),
      document: String(target.id),
      from,
      locale: input.locale ?? null,
      publishAt: bookkeeping.publishAt ?? null,
      sequence,
      to,
      transition: transition.name,
      user: actor.id,
      version,
    })
    await runInTransition(req, { ...target, name: transition.name }, () =>
      req.payload.update({
        collection: asSlug(target.collection),
        data: {
          ...recorded,
          workflow: bookkeeping,
          workflowState: to,
          ...(changesLive
            ? { _status: transition.effect === 'publish' ? 'published' : 'draft' }
            : {}),
        } as never,
        depth: 0,
        draft: !changesLive,
        id: target.id,
        // The state is not localized; a locale is named so that hooks never see every locale at once.
        locale: (req.locale && req.locale !== 'all'
          ? req.locale
          : options.defaultLocale) as TypedLocale,
        overrideAccess: false,
        publishSpecificLocale:
          transition.effect === 'publish' && input.locale ? input.locale : undefined,
        req,
      }),
    )
    await publicChange?.record({
      at: now,
      corrected: correction !== null,
      locale: input.locale,
      version,
    })
    if (transition.effect === 'schedule')
      await queueScheduledPublish(req, options, {
        ...target,
        acceptedLinksComment: acceptedLinks.length > 0 ? input.comment?.trim() : null,
        publishAt: bookkeeping.publishAt!,
        scheduledBy: actor.id,
      })
  } catch (error) {
    // Without transactions (SQLite by default) the claimed entry is taken back by hand.
    if (event && !req.transactionID)
      await req.payload.db.deleteOne({
        collection: asSlug(options.eventsSlug),
        req,
        where: { id: { equals: event.id } },
      })
    throw error
  }
  step.notices.push({
    ...target,
    comment: input.comment ?? null,
    titles: documentTitles(req, target.collection, doc),
    transition,
    workflow: bookkeeping,
  })
}

/**
 * Takes a transition for the logged-in user, in one transaction (a
 * release's with all its items): nothing changes when anything is refused.
 * The people concerned are told once it has committed.
 */
export const performTransition = async ({
  automatic = false,
  input,
  options,
  req,
  target,
}: {
  automatic?: boolean
  input: TransitionRequest
  options: ResolvedOptions
  req: PayloadRequest
  target: Target
}) => {
  const actor = actorOf(req, options, automatic)
  assertWorkflowCollection(req, options, target.collection)
  const notices: Notice[] = []
  const ownTransaction = await initTransaction(req)
  try {
    if (isRelease(options, target.collection) && !req.transactionID)
      throw new Error('editorialWorkflow: releases need a database adapter with transactions')
    await applyTransition({ actor, input, notices, options, req, target })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  for (const notice of notices) await notifyAfterTransition(req, options, notice, { automatic })
  return describeWorkflow({ options, req, target })
}

/** Each locale's translation status: what the text shows wins over what was recorded (an emptied translation is missing). */
const translationsOf = (options: ResolvedOptions, collection: string, doc: Record<string, any>) => {
  const workflow = (doc.workflow ?? {}) as WorkflowData
  const fields = options.parityFields[collection] ?? []
  return options.locales.map((locale) => {
    const recorded = workflow.translations?.[locale]
    const status =
      recorded?.status === 'waived'
        ? 'waived'
        : filledIn(doc, fields, locale)
          ? (recorded?.status ?? 'complete')
          : 'missing'
    return { locale, reason: recorded?.reason ?? null, status }
  })
}

/**
 * A release's items as its edit view lists them: state, translations, last
 * editor, the versions a diff compares, and their links to documents that
 * are neither public nor in the release.
 */
const describeItems = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  release: ReleaseDocument,
) => {
  const items = itemsOf(release)
  const inRelease = new Set(items.map(refKey))
  const described = await Promise.all(
    items.map(async (item) => {
      const doc = await readAllLocales(req, item.collection, item.id).catch(() => null)
      if (!doc) return { ...item, missing: true }
      const workflow = (doc.workflow ?? {}) as WorkflowData
      const state = String(doc.workflowState ?? options.initialState)
      const [title] = await unpublishedAmong(req, options, [item], { includePublished: true })
      const links = workflowLinksOf(req, options, item.collection, doc).filter(
        (link) => !inRelease.has(refKey(link)),
      )
      return {
        ...item,
        approvedVersion: workflow.approvedVersion ?? null,
        lastEditedBy: workflow.lastEditedBy ?? null,
        latestVersion: (await latestVersion(req, item.collection, item.id))?.id ?? null,
        missing: false,
        ready: readyForPublication(options, item.collection, state),
        state,
        stateLabel: stateLabel(req, options, state),
        title: title?.title ?? item.id,
        translations: translationsOf(options, item.collection, doc),
        unpublishedLinks: await unpublishedAmong(req, options, links),
      }
    }),
  )
  // The last editor by name, as the user may read it (null otherwise), not by id.
  const names = await userNames(
    req,
    options,
    described.map((item) => ('lastEditedBy' in item ? item.lastEditedBy : null)),
  )
  return described.map((item) =>
    'lastEditedBy' in item
      ? { ...item, lastEditedByName: names.get(String(item.lastEditedBy)) ?? null }
      : item,
  )
}

/**
 * A step of the history named in the caller's language: an automatic move
 * after an edit as such, a transition by its label (taken from `from`), one
 * the options no longer define by its name.
 */
export const transitionLabel = (
  req: { i18n: { language: string; translations?: object } },
  options: ResolvedOptions,
  collection: string,
  transition: string,
  from: string,
): string => {
  if (transition === EDIT_TRANSITION) return translate(req.i18n, 'admin:edited')
  if (transition === EMBARGO_SET) return translate(req.i18n, 'admin:embargoSet')
  if (transition === EMBARGO_LIFTED) return translate(req.i18n, 'admin:embargoLifted')
  const definition = transitionNamed(options, collection, transition, from)
  return definition ? inLanguage(req, definition.label) : transition
}

/**
 * A history entry as the caller reads it: the transition and the states it
 * moved between named in the caller's language (a state or transition the
 * options no longer define keeps its name).
 */
const inWords = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  entry: Record<string, unknown>,
) => {
  const { from, transition } = entry as { from?: string; transition?: string }
  const state = (name: unknown) =>
    typeof name === 'string' ? stateLabel(req, options, name) : null
  return {
    ...entry,
    fromLabel: state(entry.from),
    toLabel: state(entry.to),
    transitionLabel:
      typeof transition === 'string'
        ? transitionLabel(req, options, collection, transition, from ?? '')
        : '',
  }
}

/** The state, the transitions the caller may take now, translation status, the public record and the history, for the API and the admin. */
export const describeWorkflow = async ({
  options,
  req,
  target,
}: {
  options: ResolvedOptions
  req: PayloadRequest
  target: Target
}) => {
  const actor = actorOf(req, options)
  assertWorkflowCollection(req, options, target.collection)
  const doc = await readAllLocales(req, target.collection, target.id)
  const workflow = (doc.workflow ?? {}) as WorkflowData
  const facts = factsOf(doc, options.initialState)
  const state = facts.state
  const history = await req.payload.find({
    collection: asSlug(options.eventsSlug),
    depth: 1,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    req,
    sort: 'sequence',
    where: {
      and: [
        { collection: { equals: target.collection } },
        { document: { equals: String(target.id) } },
      ],
    },
  })
  const latest = await latestVersion(req, target.collection, target.id)
  const offered = availableTransitions(transitionsFor(options, target.collection), actor, facts)
  const live = await req.payload.db.findOne({
    collection: asSlug(target.collection),
    req,
    where: { id: { equals: target.id } },
  })
  const unpublishedLinks = await unpublishedAmong(
    req,
    options,
    workflowLinksOf(req, options, target.collection, doc),
  )
  const [release] = await openReleasesHolding(req, options, {
    collection: target.collection,
    id: String(target.id),
  })
  return {
    approvedVersion: workflow.approvedVersion ?? null,
    assignee: workflow.assignee ?? null,
    collection: target.collection,
    history: history.docs.map((entry) =>
      inWords(req, options, target.collection, entry as unknown as Record<string, unknown>),
    ),
    id: target.id,
    latestVersion: latest ? String(latest.id) : null,
    publishAt: workflow.publishAt ?? null,
    published: (live as null | { _status?: string })?._status === 'published',
    /** The open release this document is in, if any: it is published with it. */
    release: release
      ? { id: String(release.id), state: String(release.workflowState ?? options.initialState) }
      : null,
    /** For a release: its items, each with its state and translations. */
    items: isRelease(options, target.collection)
      ? await describeItems(req, options, doc as ReleaseDocument)
      : null,
    /** The public record: the draft's pending correction note, the embargo, the retraction. */
    ...recordStatus(options, target.collection, doc),
    state,
    stateLabel: stateLabel(req, options, state),
    transitions: offered.map((transition) => offeredTransition(req, transition)),
    /** The language the document was written in: edits in it outdate the translations. */
    sourceLocale: sourceLocaleOf(workflow, options.defaultLocale) ?? null,
    translations: translationsOf(options, target.collection, doc),
    unpublishedLinks: isRelease(options, target.collection) ? [] : unpublishedLinks,
  }
}

export type WorkflowDescription = Awaited<ReturnType<typeof describeWorkflow>>
