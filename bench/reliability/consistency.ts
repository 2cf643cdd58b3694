/**
 * What must hold after a crash, read through the Local API.
 *
 * Documents: each one is whole (its title in both languages, in the live
 * document and in its latest version), has exactly one latest version, and
 * nothing refers to a document that is gone.
 *
 * History: the workflow-events entries of a document are numbered 1..n
 * without gaps, each starts where the previous one ended, the last one ends
 * in the document's `workflowState`, and `workflow.sequence` is n: no entry
 * without its state change, no state change without its entry.
 */
import type { CollectionSlug, Payload } from 'payload'

import { SIZES_AT_SCALE_1 } from '../dataset'

type Id = number | string
type Localized = Record<string, unknown> | undefined
type Doc = Record<string, unknown> & { id: Id }

/** One generated document as the comparison with a clean run sees it. */
export type DocumentRow = { ar: unknown; en: unknown; state: unknown }

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''
const titleField = (payload: Payload, collection: CollectionSlug) =>
  payload.collections[collection].config.admin.useAsTitle ?? 'id'
const hasDrafts = (payload: Payload, collection: CollectionSlug) =>
  Boolean(payload.collections[collection].config.versions?.drafts)

const everyDoc = async (
  payload: Payload,
  collection: CollectionSlug,
  draft: boolean,
): Promise<Doc[]> =>
  (
    await payload.find({
      collection,
      depth: 0,
      draft,
      limit: 0,
      locale: 'all',
      pagination: false,
      sort: 'id',
    })
  ).docs as unknown as Doc[]

/** A document that is not whole, or whose versions do not add up. */
export type Problem = { document: string; what: string }

/** The generated collections: problems found, and every document in id order. */
export const inspectDataset = async (payload: Payload) => {
  const problems: Problem[] = []
  const rows: Record<string, DocumentRow[]> = {}
  for (const collection of Object.keys(SIZES_AT_SCALE_1) as CollectionSlug[]) {
    const field = titleField(payload, collection)
    const live = await everyDoc(payload, collection, false)
    const whole = (doc: Doc, what: string) => {
      const title = doc[field] as Localized
      if (!filled(title?.ar) || !filled(title?.en))
        problems.push({
          document: `${collection} ${doc.id}`,
          what: `${what} lacks a language (${JSON.stringify(title)})`,
        })
    }
    live.forEach((doc) => whole(doc, 'live document'))
    if (!hasDrafts(payload, collection)) {
      rows[collection] = live.map((doc) => ({
        ar: (doc[field] as Localized)?.ar,
        en: (doc[field] as Localized)?.en,
        state: null,
      }))
      continue
    }
    const latest = await everyDoc(payload, collection, true)
    latest.forEach((doc) => whole(doc, 'latest version'))
    rows[collection] = latest.map((doc) => ({
      ar: (doc[field] as Localized)?.ar,
      en: (doc[field] as Localized)?.en,
      state: doc.workflowState,
    }))

    const flagged = await payload.findVersions({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      where: { latest: { equals: true } },
    })
    const latestCount = new Map<string, number>()
    for (const version of flagged.docs)
      latestCount.set(String(version.parent), (latestCount.get(String(version.parent)) ?? 0) + 1)
    const ids = new Set(live.map((doc) => String(doc.id)))
    for (const id of ids)
      if (latestCount.get(id) !== 1)
        problems.push({
          document: `${collection} ${id}`,
          what: `${latestCount.get(id) ?? 0} latest versions`,
        })
    for (const parent of latestCount.keys())
      if (!ids.has(parent))
        problems.push({
          document: `${collection} ${parent}`,
          what: 'a latest version of a document that does not exist',
        })
  }
  return { problems, rows }
}

/** Where two datasets differ, collection by collection (a duplicate or a missing document shifts everything after it). */
export const differences = (
  actual: Record<string, DocumentRow[]>,
  expected: Record<string, DocumentRow[]>,
): string[] => {
  const found: string[] = []
  for (const [collection, rows] of Object.entries(expected)) {
    const got = actual[collection] ?? []
    if (got.length !== rows.length)
      found.push(`${collection}: ${got.length} documents, ${rows.length} expected`)
    const first = rows.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(got[i]))
    if (first >= 0)
      found.push(
        `${collection}: document #${first + 1} is ${JSON.stringify(got[first])}, expected ${JSON.stringify(rows[first])}`,
      )
  }
  return found
}

type Event = { from: string; sequence: number; to: string; transition: string }

/** The history of each document against its state. */
export const historyProblems = async (
  payload: Payload,
  collection: CollectionSlug,
  ids: Id[],
): Promise<string[]> => {
  const problems: string[] = []
  for (const id of ids) {
    const doc = (await payload.findByID({
      collection,
      depth: 0,
      draft: true,
      id,
    })) as unknown as Doc & { workflow?: { sequence?: number }; workflowState?: string }
    const events = (
      await payload.find({
        collection: 'workflow-events',
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'sequence',
        where: {
          and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }],
        },
      })
    ).docs as unknown as Event[]
    const where = `${collection} ${id}`
    events.forEach((event, i) => {
      if (event.sequence !== i + 1)
        problems.push(`${where}: entry ${i + 1} has sequence ${event.sequence}`)
      if (i > 0 && event.from !== events[i - 1]!.to)
        problems.push(
          `${where}: ${event.transition} starts from ${event.from}, the entry before ended in ${events[i - 1]!.to}`,
        )
    })
    const last = events.at(-1)
    if ((doc.workflow?.sequence ?? 0) !== events.length)
      problems.push(
        `${where}: workflow.sequence ${doc.workflow?.sequence} with ${events.length} history entries`,
      )
    if (last && last.to !== doc.workflowState)
      problems.push(
        `${where}: state ${doc.workflowState}, the last entry (${last.transition}) leads to ${last.to}`,
      )
  }
  return problems
}
