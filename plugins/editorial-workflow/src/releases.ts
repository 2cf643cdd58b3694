import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  PayloadRequest,
  StaticLabel,
  TypedLocale,
} from 'payload'

import { sameContent } from './content'
import { EDIT_TRANSITION } from './defaults'
import { WorkflowError } from './errors'
import { recordEvent } from './events'
import { transitionsFor } from './graph'
import { type DocumentRef, refKey } from './links'
import { type Actor, contributorsOf, fourEyesRefusal, permissionRefusal } from './machine'
import { readAllLocales } from './read-document'
import { labelOf } from './translations'
import { activeTransition, runInTransition } from './transition-context'
import {
  asSlug,
  RELEASES_SLUG,
  type ResolvedOptions,
  type TransitionDefinition,
  type TransitionEffect,
  type WorkflowData,
} from './types'
import { latestVersion, versionById } from './versions'

export { RELEASES_SLUG }

/** A release as stored: its items are a polymorphic relationship to the workflow collections. */
export type ReleaseDocument = Record<string, unknown> & {
  id: number | string
  items?: ({ relationTo: string; value: unknown } | null)[] | null
  workflowState?: string
}

/** The release a transition belongs to: its items go out together, so links among them count as published. */
export type ReleaseScope = { id: string; items: Set<string> }

export const isRelease = (options: ResolvedOptions, collection: string): boolean =>
  options.releases && collection === RELEASES_SLUG

/** The documents a release holds, in its order. */
export const itemsOf = (release: Pick<ReleaseDocument, 'items'>): DocumentRef[] =>
  (release.items ?? []).flatMap((item) => {
    if (!item || typeof item !== 'object') return []
    const value = item.value as unknown
    const id =
      value && typeof value === 'object' ? (value as { id?: unknown }).id : (value as unknown)
    return id === undefined || id === null ? [] : [{ collection: item.relationTo, id: String(id) }]
  })

const effectTargets = (options: ResolvedOptions, effects: TransitionEffect[]) =>
  new Set(
    transitionsFor(options, RELEASES_SLUG)
      .filter((transition) => effects.includes(transition.effect ?? 'none') && transition.to)
      .map((transition) => transition.to!),
  )

/** The states of a release that is done with (published or withdrawn): every other state is open. */
const closedStates = (options: ResolvedOptions) => effectTargets(options, ['publish', 'unpublish'])

/** The open releases (their latest drafts) that hold `ref`, except `except`. */
export const openReleasesHolding = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  ref: DocumentRef,
  except?: number | string,
): Promise<ReleaseDocument[]> => {
  if (!options.releases) return []
  const { docs } = await req.payload.db.queryDrafts({
    collection: asSlug(RELEASES_SLUG),
    limit: 0,
    locale: options.defaultLocale,
    pagination: false,
    req,
    where: { 'version.workflowState': { not_in: [...closedStates(options)] } },
  })
  return (docs as ReleaseDocument[]).filter(
    (release) =>
      String(release.id) !== String(except) &&
      itemsOf(release).some((item) => refKey(item) === refKey(ref)),
  )
}

const titleOf = (release: ReleaseDocument) =>
  typeof release.title === 'string' && release.title ? release.title : `#${release.id}`

/** A publication of one document in an open release is the release's to make (409 `inRelease`). */
export const assertNotInOpenRelease = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  target: { collection: string; id: number | string },
  transition: TransitionDefinition,
) => {
  if (transition.effect !== 'publish' && transition.effect !== 'schedule') return
  if (isRelease(options, target.collection)) return
  const [release] = await openReleasesHolding(req, options, {
    collection: target.collection,
    id: String(target.id),
  })
  if (release)
    throw new WorkflowError(req, 409, 'inRelease', ` ${titleOf(release)}`, {
      release: String(release.id),
    })
}

/** A document in an open release is not deleted (409 `inRelease`): the release would publish a hole. */
export const refuseDeleteInRelease =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const [release] = await openReleasesHolding(req, options, {
      collection: collection.slug,
      id: String(id),
    })
    if (release)
      throw new WorkflowError(req, 409, 'inRelease', ` ${titleOf(release)}`, {
        release: String(release.id),
      })
  }

/** A document is in at most one open release: a save naming one that another holds is refused (409). */
const refuseItemsOfOtherReleases =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (activeTransition(req, RELEASES_SLUG)) return data
    for (const item of itemsOf(data as ReleaseDocument)) {
      const [other] = await openReleasesHolding(req, options, item, originalDoc?.id)
      if (other)
        throw new WorkflowError(
          req,
          409,
          'inOtherRelease',
          ` ${item.collection} #${item.id}: ${titleOf(other)}`,
          { item, release: String(other.id) },
        )
    }
    return data
  }

/**
 * `releases`: several documents reviewed and published as one. Staff only
 * unless the options say who (`releases.access`); under the workflow like any workflow collection (the plugin adds its
 * fields, gate and endpoints). `group` is its admin group in each language.
 */
export const releasesCollection = (
  options: ResolvedOptions,
  isStaff: (req: PayloadRequest) => boolean,
  group: StaticLabel,
): CollectionConfig => ({
  slug: RELEASES_SLUG,
  labels: { plural: labelOf('release:plural'), singular: labelOf('release:singular') },
  access: {
    create: ({ req }) => isStaff(req),
    delete: ({ req }) => isStaff(req),
    read: ({ req }) => isStaff(req),
    readVersions: ({ req }) => isStaff(req),
    update: ({ req }) => isStaff(req),
    ...options.releasesAccess,
  },
  admin: {
    defaultColumns: ['title', 'items', 'updatedAt'],
    group,
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: labelOf('release:title'),
      localized: true,
      required: true,
    },
    { name: 'note', type: 'textarea', label: labelOf('release:note'), localized: true },
    {
      name: 'items',
      type: 'relationship',
      hasMany: true,
      admin: { components: { Cell: '@jusur/editorial-workflow/client#ReleaseItemCountCell' } },
      label: labelOf('release:items'),
      relationTo: options.collections.filter((slug) => slug !== RELEASES_SLUG).map(asSlug),
    },
  ],
  hooks: { beforeChange: [refuseItemsOfOtherReleases(options)] },
  versions: { drafts: true, maxPerDoc: 100 },
})

/** An item's state and facts, from its latest draft. */
const readItem = async (req: PayloadRequest, item: DocumentRef) => {
  try {
    return await readAllLocales(req, item.collection, item.id)
  } catch {
    throw new WorkflowError(req, 409, 'releaseItemNotReady', ` ${item.collection} #${item.id}`, {
      item,
    })
  }
}

/** The item's transition with `effect` from its current state that the actor may take, if any. */
const itemTransition = (
  options: ResolvedOptions,
  item: DocumentRef,
  state: string,
  effect: TransitionEffect,
  actor: Actor,
  facts: Parameters<typeof permissionRefusal>[2],
): TransitionDefinition | undefined => {
  const candidates = transitionsFor(options, item.collection).filter(
    (transition) =>
      transition.effect === effect && transition.from !== '*' && transition.from.includes(state),
  )
  // The one the actor may take; else the first, whose refusal then says why.
  return (
    candidates.find((transition) => permissionRefusal(transition, actor, facts) === null) ??
    candidates[0]
  )
}

/** A document whose state is where publication leads has nothing waiting. */
const isSettled = (options: ResolvedOptions, collection: string, state: string) =>
  transitionsFor(options, collection).some(
    (transition) => transition.effect === 'publish' && transition.to === state,
  )

/**
 * Whether an item in `state` is ready for its release's publication: already
 * published, or in a state a publishing transition starts from (for reports:
 * approved).
 */
export const readyForPublication = (
  options: ResolvedOptions,
  collection: string,
  state: string,
): boolean =>
  isSettled(options, collection, state) ||
  transitionsFor(options, collection).some(
    (transition) =>
      transition.effect === 'publish' && transition.from !== '*' && transition.from.includes(state),
  )

/** A refusal about one item, naming it. */
const aboutItem = (req: PayloadRequest, item: DocumentRef, title: string, error: unknown) => {
  if (!(error instanceof WorkflowError)) return error
  const reason = error.data?.reason ?? 'releaseItemNotReady'
  const status = error.status as 400 | 403 | 409
  const named = `${error.detail} (${item.collection} #${item.id}: ${title})`
  return new WorkflowError(req, status, reason, named, {
    ...error.data,
    item,
  })
}

/** What a release transition asks of its items. */
export type ItemStep = (args: {
  checkOnly?: boolean
  input: {
    acceptUnpublishedLinks?: boolean | null
    comment?: null | string
    publishAt?: null | string
    transition: string
  }
  release: ReleaseScope
  target: DocumentRef
}) => Promise<void>

/**
 * Moves a release's items with it, inside the release's transaction:
 * submitting submits the drafts among them; approving approves the exact
 * current version of each (four eyes per item: whoever changed one cannot
 * approve the release); publishing publishes each (parity and approval per
 * item, links among the items count as published); scheduling checks that
 * each could be published; withdrawing unpublishes the published ones.
 * Documents already published with nothing new are left as they are. Any
 * refusal names the item and undoes the whole release transition.
 */
export const takeItemsAlong = async ({
  actor,
  input,
  options,
  release,
  req,
  step,
  transition,
}: {
  actor: Actor
  input: {
    acceptUnpublishedLinks?: boolean | null
    comment?: null | string
    publishAt?: null | string
  }
  options: ResolvedOptions
  release: ReleaseDocument
  req: PayloadRequest
  step: ItemStep
  transition: TransitionDefinition
}) => {
  const effect = transition.effect ?? 'none'
  const items = itemsOf(release)
  const forward = ['submit', 'approve', 'publish', 'schedule'].includes(effect)
  if (forward && items.length === 0) throw new WorkflowError(req, 400, 'emptyRelease')
  const scope: ReleaseScope = { id: String(release.id), items: new Set(items.map(refKey)) }
  for (const item of items) {
    const doc = await readItem(req, item)
    const state = String(doc.workflowState ?? options.initialState)
    const workflow = (doc.workflow ?? {}) as WorkflowData
    const facts = {
      contributors: contributorsOf(workflow),
      state,
      submittedBy: workflow.submittedBy,
    }
    const title = String(
      doc[req.payload.collections[asSlug(item.collection)]?.config.admin?.useAsTitle ?? 'id']?.[
        options.defaultLocale ?? ''
      ] ?? doc.id,
    )
    const take = async (name: string, checkOnly = false) => {
      try {
        await step({
          checkOnly,
          input: {
            acceptUnpublishedLinks: input.acceptUnpublishedLinks,
            comment: input.comment,
            // A release being scheduled checks its items for that time (their embargoes).
            publishAt: input.publishAt,
            transition: name,
          },
          release: scope,
          target: item,
        })
      } catch (error) {
        throw aboutItem(req, item, title, error)
      }
    }
    const refuse = (error: WorkflowError) => {
      throw aboutItem(req, item, title, error)
    }
    if (effect === 'unpublish') {
      const unpublish = itemTransition(options, item, state, 'unpublish', actor, facts)
      if (unpublish) await take(unpublish.name)
      continue
    }
    if (!forward || isSettled(options, item.collection, state)) continue
    if (effect === 'submit') {
      const submit = itemTransition(options, item, state, 'submit', actor, facts)
      if (submit) await take(submit.name)
      continue
    }
    const approve = itemTransition(options, item, state, 'approve', actor, facts)
    const publish = itemTransition(options, item, state, 'publish', actor, facts)
    if (effect === 'approve' && approve) {
      await take(approve.name)
      continue
    }
    if (!publish) refuse(new WorkflowError(req, 409, 'releaseItemNotReady'))
    if (effect === 'publish' || effect === 'schedule') {
      // Scheduling checks that each item could be published now; the scheduler checks again when due.
      await take(publish!.name, effect === 'schedule')
      continue
    }
    // Approving a release whose item already waits for publication: the item must be publishable as
    // it is now, by someone other than whoever changed it.
    const fourEyes = fourEyesRefusal(actor, facts)
    if (fourEyes) refuse(new WorkflowError(req, fourEyes.status, fourEyes.reason))
    if (!publish!.approves) {
      const latest = await latestVersion(req, item.collection, item.id)
      const approved = workflow.approvedVersion
        ? await versionById(req, item.collection, workflow.approvedVersion)
        : undefined
      if (!approved || !latest || !sameContent(approved.version, latest.version))
        refuse(new WorkflowError(req, 409, 'changedSinceApproval'))
    }
  }
}

/**
 * Moves a release back to review (or wherever an edit leads from its
 * state), recording why in its history: an item changed after approval, or
 * its scheduled publication was refused when it fell due.
 */
export const sendReleaseBack = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  release: ReleaseDocument,
  why: { comment?: null | string; details: Record<string, unknown> },
): Promise<boolean> => {
  const state = String(release.workflowState ?? options.initialState)
  const to = options.stateAfterEdit[state]
  if (!to) return false
  const workflow = { ...((release.workflow ?? {}) as WorkflowData) }
  workflow.sequence = (workflow.sequence ?? 0) + 1
  if (state !== to) workflow.publishAt = null
  const target = { collection: RELEASES_SLUG, id: release.id }
  await recordEvent(req, options, {
    collection: RELEASES_SLUG,
    comment: why.comment ?? null,
    details: why.details,
    document: String(release.id),
    from: state,
    sequence: workflow.sequence,
    to,
    transition: EDIT_TRANSITION,
    user: req.user?.id ?? null,
  })
  await runInTransition(req, { ...target, name: EDIT_TRANSITION }, () =>
    req.payload.update({
      collection: asSlug(RELEASES_SLUG),
      data: { workflow, workflowState: to } as never,
      depth: 0,
      draft: true,
      id: release.id,
      locale: options.defaultLocale as TypedLocale,
      overrideAccess: false,
      req,
    }),
  )
  return true
}

/** An item's content changed: the open releases holding it that were approved or scheduled go back to review. */
export const releasesAfterItemEdit = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  item: DocumentRef,
) => {
  if (!options.releases || item.collection === RELEASES_SLUG) return
  for (const release of await openReleasesHolding(req, options, item))
    await sendReleaseBack(req, options, release, { details: { itemChanged: item } })
}
