import type { PayloadRequest, Where } from 'payload'

import { WorkflowError } from './errors'
import { transitionsFor } from './graph'
import { collectionLabel, stateLabel } from './label'
import { sourceLocaleOf, translationsDue } from './parity'
import { hasEmbargo } from './record'
import { embargoInForce } from './record-status'
import { userNames } from './reviewers'
import { translate } from './translations'
import {
  asSlug,
  type ResolvedOptions,
  type TransitionDefinition,
  type TranslationStatus,
  type WorkflowData,
} from './types'

/** Transitions that move a document forward; the others (unpublish, reopen...) are not waiting on anyone. */
const FORWARD = new Set(['approve', 'publish', 'schedule', 'submit'])

const QUEUE_LIMIT = 50

/** What the translators' queue lists: documents a translation lags behind or lacks. */
const TRANSLATION_DUE = ['outdated', 'missing']

type Counts = Record<string, { count: number; label: string }>

/**
 * What awaits the user in one collection, as a query: documents in a state
 * from which they may take a forward transition. Reviews are everybody's with
 * the role unless assigned to someone else; what follows a review (an
 * approved document awaiting publication) is everybody's with the role,
 * whoever reviewed it; drafts and sent-back documents are their own (last
 * edited or submitted by them). Null when nothing can await them here.
 */
const awaitingUser = (
  options: ResolvedOptions,
  collection: string,
  roles: string[],
  userId: number | string,
): null | { states: string[]; where: Where } => {
  const transitions = transitionsFor(options, collection)
  const mine = (transition: TransitionDefinition) =>
    transition.from !== '*' &&
    transition.roles.some((role) => roles.includes(role)) &&
    (FORWARD.has(transition.effect ?? '') || Boolean(transition.requiresComment && transition.to))
  // The states a review is taken from: the only ones an assigned reviewer holds.
  const reviewStates = new Set(
    transitions
      .filter((transition) => transition.effect === 'approve' || transition.approves)
      .flatMap((transition) => (transition.from === '*' ? [] : transition.from)),
  )
  const own = new Set<string>()
  const reviews = new Set<string>()
  const shared = new Set<string>()
  for (const transition of transitions.filter(mine)) {
    for (const state of transition.from as string[]) {
      if (transition.effect === 'submit') own.add(state)
      else (reviewStates.has(state) ? reviews : shared).add(state)
    }
  }
  const clauses: Where[] = []
  if (reviews.size > 0)
    clauses.push({
      and: [
        { workflowState: { in: [...reviews] } },
        {
          or: [
            { 'workflow.assignee': { exists: false } },
            { 'workflow.assignee': { equals: userId } },
          ],
        },
      ],
    })
  if (shared.size > 0) clauses.push({ workflowState: { in: [...shared] } })
  if (own.size > 0)
    clauses.push({
      and: [
        { workflowState: { in: [...own] } },
        {
          or: [
            { 'workflow.lastEditedBy': { equals: userId } },
            { 'workflow.submittedBy': { equals: userId } },
          ],
        },
      ],
    })
  if (clauses.length === 0) return null
  return { states: [...new Set([...own, ...reviews, ...shared])], where: { or: clauses } }
}

/** Whether the user's roles confirm translations in `collection`: then its translations await them too. */
const translates = (options: ResolvedOptions, collection: string, roles: string[]) =>
  (options.parityFields[collection] ?? []).length > 0 &&
  transitionsFor(options, collection).some(
    (transition) =>
      transition.effect === 'confirm_translation' &&
      transition.roles.some((role) => roles.includes(role)),
  )

type Found = { collection: string; counts: Record<string, number>; docs: Record<string, any>[] }

/** One collection's matches, newest first, and how many there are of each value of `countBy`'s field. */
const findWaiting = async (
  req: PayloadRequest,
  collection: string,
  where: Where,
  countBy: { field: string; values: string[] },
): Promise<Found> => {
  const slug = asSlug(collection)
  const [{ docs }, ...totals] = await Promise.all([
    req.payload.find({
      collection: slug,
      depth: 0,
      draft: true,
      limit: QUEUE_LIMIT,
      overrideAccess: false,
      req,
      sort: '-updatedAt',
      where,
    }),
    ...countBy.values.map((value) =>
      // A find, not a count: counts cannot read drafts, where the queue's states are.
      req.payload.find({
        collection: slug,
        depth: 0,
        draft: true,
        limit: 1,
        overrideAccess: false,
        req,
        select: {},
        where: { and: [where, { [countBy.field]: { equals: value } }] },
      }),
    ),
  ])
  const counts = Object.fromEntries(
    countBy.values.map((value, index) => [value, totals[index]!.totalDocs]),
  )
  return { collection, counts, docs: docs as Record<string, any>[] }
}

/** Adds one collection's counts to the totals, labelled by `label`. */
const addCounts = (
  totals: Counts,
  counts: Record<string, number>,
  label: (key: string) => string,
) => {
  for (const [key, count] of Object.entries(counts)) {
    if (count === 0) continue
    totals[key] ??= { count: 0, label: label(key) }
    totals[key].count += count
  }
}

/**
 * What awaits the user, across the workflow collections: the documents they
 * may move forward (`items`, with `counts` per state) and, for those who
 * confirm translations, the documents whose translations are outdated or
 * missing (`translations`, with counts per status; null for the others). Newest first, at most 50
 * of each; counts are of all matches. Each item says its collection, title,
 * state, who submitted it and when it last changed; one under embargo says
 * until when.
 */
export const workflowQueue = async (req: PayloadRequest, options: ResolvedOptions) => {
  const user = req.user
  if (!user) throw new WorkflowError(req, 401, 'notLoggedIn')
  const roles = options.rolesOf(user)
  const now = new Date()
  const statusLabel = (status: string) =>
    translate(req.i18n, `translationStatus:${status as TranslationStatus}`)

  const translated = options.collections.filter((collection) =>
    translates(options, collection, roles),
  )
  const [work, translating] = await Promise.all([
    Promise.all(
      options.collections.flatMap((collection) => {
        const query = awaitingUser(options, collection, roles, user.id)
        return query
          ? [
              findWaiting(req, collection, query.where, {
                field: 'workflowState',
                values: query.states,
              }),
            ]
          : []
      }),
    ),
    Promise.all(
      translated.map((collection) =>
        findWaiting(
          req,
          collection,
          { translationStatus: { in: TRANSLATION_DUE } },
          { field: 'translationStatus', values: TRANSLATION_DUE },
        ),
      ),
    ),
  ])
  const newestFirst = (results: Found[]) =>
    results
      .flatMap(({ collection, docs }) => docs.map((doc) => ({ collection, doc })))
      .sort((a, b) => String(b.doc.updatedAt).localeCompare(String(a.doc.updatedAt)))
      .slice(0, QUEUE_LIMIT)
  const awaiting = newestFirst(work)
  const toTranslate = newestFirst(translating)
  const names = await userNames(
    req,
    options,
    [...awaiting, ...toTranslate].map(({ doc }) => doc.workflow?.submittedBy),
  )

  const describe = ({ collection, doc }: { collection: string; doc: Record<string, any> }) => {
    const config = req.payload.collections[asSlug(collection)]!.config
    const workflow = (doc.workflow ?? {}) as WorkflowData
    const submitter = workflow.submittedBy == null ? null : String(workflow.submittedBy)
    return {
      assignee: workflow.assignee ?? null,
      collection,
      collectionLabel: collectionLabel(req, config),
      embargo: hasEmbargo(options, collection) ? embargoInForce(doc, now) : null,
      id: doc.id,
      state: doc.workflowState as string,
      stateLabel: stateLabel(req, options, doc.workflowState as string),
      submittedBy:
        submitter === null ? null : { id: submitter, name: names.get(submitter) ?? null },
      title: String(doc[config.admin?.useAsTitle ?? 'id'] ?? doc.id),
      updatedAt: doc.updatedAt as string,
    }
  }
  const counts: Counts = {}
  for (const { counts: perState } of work)
    addCounts(counts, perState, (state) => stateLabel(req, options, state))
  const translationCounts: Counts = {}
  for (const { counts: perStatus } of translating)
    addCounts(translationCounts, perStatus, statusLabel)

  return {
    counts,
    items: awaiting.map(describe),
    // None for those who do not confirm translations.
    translations:
      translated.length === 0
        ? null
        : {
            counts: translationCounts,
            items: toTranslate.map((entry) => {
              const workflow = (entry.doc.workflow ?? {}) as WorkflowData
              return {
                ...describe(entry),
                due: translationsDue(
                  workflow.translations,
                  options.locales,
                  sourceLocaleOf(workflow, options.defaultLocale),
                ).map((due) => ({ ...due, label: statusLabel(due.status) })),
              }
            }),
          },
  }
}
