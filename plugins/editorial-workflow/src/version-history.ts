import type { PayloadRequest, Where } from 'payload'

import type { WorkflowEventData } from './events'
import { stateLabel } from './label'
import { userNames } from './reviewers'
import { transitionLabel } from './service'
import { translate } from './translations'
import { asSlug, type ResolvedOptions, type WorkflowData } from './types'
import type { StoredVersion } from './versions'

/** One version of a document as the versions view shows it. */
export type VersionRow = {
  id: string
  updatedAt: string
  autosave: boolean
  /** The transition whose save made this version; null for a plain save. */
  transition: null | string
  /** The transition, or "saved"/"autosaved", in the caller's language. */
  action: string
  /** Who took the transition, else who last edited the content; null when nobody is known. */
  by: null | string
  state: string
  stateLabel: string
  /** The version readers see now. */
  published: boolean
  /** The newest draft, when it is newer than the published version. */
  currentDraft: boolean
}

export type VersionHistoryPage = {
  rows: VersionRow[]
  page: number
  limit: number
  totalDocs: number
  totalPages: number
}

type Version = StoredVersion & { autosave?: boolean; updatedAt: string }

const workflowOf = (version: Version) => version.version.workflow as undefined | WorkflowData

const sequenceOf = (version: Version): number => workflowOf(version)?.sequence ?? 0

/**
 * The document's versions, newest first, a page at a time, each said in the
 * caller's language: when it was saved, by whom, with which transition, in
 * which workflow state, and whether it is the published version or the
 * current draft. Everything is read as the caller (a caller who may not read
 * the versions is refused by Payload, Forbidden).
 *
 * A transition appends a history event with the document's next `sequence`
 * and saves the document with it, so the oldest version carrying a sequence
 * that has an event is the one that transition made; later versions with the
 * same sequence are plain saves. `hasPublishedDoc` (as Payload's own view
 * has it) says whether any version is live: an unpublished document keeps
 * its old published versions.
 */
export const versionHistory = async ({
  collection,
  hasPublishedDoc,
  id,
  limit,
  options,
  page,
  req,
}: {
  collection: string
  hasPublishedDoc: boolean
  id: number | string
  limit: number
  options: ResolvedOptions
  page: number
  req: PayloadRequest
}): Promise<VersionHistoryPage> => {
  const slug = asSlug(collection)
  // Payload's snapshots (of every locale, at a one-locale publication) are not versions editors saved.
  const ofDocument: Where[] = [
    { parent: { equals: id } },
    ...(req.payload.config.localization ? [{ snapshot: { not_equals: true } }] : []),
  ]
  const readVersions = (
    where: Where[],
    more: { limit?: number; page?: number; pagination?: false; sort: string },
  ) =>
    req.payload.findVersions({
      collection: slug,
      depth: 0,
      overrideAccess: false,
      req,
      where: { and: [...ofDocument, ...where] },
      ...more,
    })

  const [found, [newestPublished], [newestDraft]] = await Promise.all([
    readVersions([], { limit, page, sort: '-updatedAt' }),
    hasPublishedDoc
      ? readVersions([{ 'version._status': { equals: 'published' } }], {
          limit: 1,
          sort: '-updatedAt',
        }).then(({ docs }) => docs as unknown as Version[])
      : [],
    readVersions([{ 'version._status': { equals: 'draft' } }], {
      limit: 1,
      sort: '-updatedAt',
    }).then(({ docs }) => docs as unknown as Version[]),
  ])
  const versions = found.docs as unknown as Version[]
  const pageOf = (rows: VersionRow[]): VersionHistoryPage => ({
    rows,
    page: found.page ?? page,
    limit: found.limit,
    totalDocs: found.totalDocs,
    totalPages: found.totalPages,
  })
  if (versions.length === 0) return pageOf([])

  const { docs: events } = await req.payload.find({
    collection: asSlug(options.eventsSlug),
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    req,
    where: {
      and: [
        { collection: { equals: collection } },
        { document: { equals: String(id) } },
        { sequence: { in: [...new Set(versions.map(sequenceOf))] } },
      ],
    },
  })
  const eventOf = new Map(
    (events as unknown as WorkflowEventData[]).map((event) => [event.sequence, event]),
  )
  // The version each transition made may be older than this page: look for it among all versions.
  const made = eventOf.size
    ? await readVersions([{ 'version.workflow.sequence': { in: [...eventOf.keys()] } }], {
        pagination: false,
        sort: 'updatedAt',
      })
    : { docs: [] }
  const madeBy = new Map<string, WorkflowEventData>()
  const claimed = new Set<number>()
  for (const version of made.docs as unknown as Version[]) {
    const sequence = sequenceOf(version)
    if (claimed.has(sequence)) continue
    claimed.add(sequence)
    madeBy.set(String(version.id), eventOf.get(sequence)!)
  }

  const editorOf = (version: Version) => {
    const event = madeBy.get(String(version.id))
    return event ? event.user : workflowOf(version)?.lastEditedBy
  }
  const names = await userNames(req, options, versions.map(editorOf))
  const publishedNewer = Boolean(
    newestPublished && newestDraft && newestPublished.updatedAt > newestDraft.updatedAt,
  )

  const rows = versions.map((version): VersionRow => {
    const event = madeBy.get(String(version.id))
    const state = String(version.version.workflowState ?? options.initialState)
    const editor = editorOf(version)
    return {
      id: String(version.id),
      updatedAt: version.updatedAt,
      autosave: Boolean(version.autosave),
      transition: event?.transition ?? null,
      action: event
        ? transitionLabel(req, options, collection, event.transition, event.from)
        : translate(req.i18n, version.autosave ? 'versions:autosaved' : 'versions:saved'),
      by:
        editor != null
          ? (names.get(String(editor)) ?? null)
          : // A transition nobody took: the scheduler's publication.
            event
            ? translate(req.i18n, 'inbox:system')
            : null,
      state,
      stateLabel: stateLabel(req, options, state),
      published: hasPublishedDoc && String(version.id) === String(newestPublished?.id),
      currentDraft: !publishedNewer && String(version.id) === String(newestDraft?.id),
    }
  })
  return pageOf(rows)
}
