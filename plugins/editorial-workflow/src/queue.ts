import type { PayloadRequest, Where } from 'payload'

import { WorkflowError } from './errors'
import { inLanguage } from './label'
import { hasEmbargo } from './record'
import { embargoInForce } from './record-status'
import { asSlug, type ResolvedOptions, type TransitionDefinition } from './types'

/** Transitions that move a document forward; the others (unpublish, reopen...) are not waiting on anyone. */
const FORWARD = new Set(['approve', 'publish', 'schedule', 'submit'])

const QUEUE_LIMIT = 50

/**
 * What awaits the user: documents in a state from which they may take a
 * forward transition. Reviews and publications are everybody's with the role
 * unless assigned to someone else; drafts and sent-back documents are their
 * own (last edited or submitted by them). Newest first, with counts per state;
 * an item under embargo says until when.
 */
export const workflowQueue = async (req: PayloadRequest, options: ResolvedOptions) => {
  const user = req.user
  if (!user) throw new WorkflowError(req, 401, 'notLoggedIn')
  const roles = options.rolesOf(user)
  const mine = (transition: TransitionDefinition) =>
    transition.from !== '*' &&
    transition.roles.some((role) => roles.includes(role)) &&
    (FORWARD.has(transition.effect ?? '') || Boolean(transition.requiresComment && transition.to))
  const ownStates = new Set<string>()
  const sharedStates = new Set<string>()
  for (const transition of options.transitions.filter(mine)) {
    for (const state of transition.from as string[])
      (transition.effect === 'submit' ? ownStates : sharedStates).add(state)
  }
  const clauses: Where[] = []
  if (sharedStates.size > 0) {
    clauses.push({
      and: [
        { workflowState: { in: [...sharedStates] } },
        {
          or: [
            { 'workflow.assignee': { exists: false } },
            { 'workflow.assignee': { equals: user.id } },
          ],
        },
      ],
    })
  }
  if (ownStates.size > 0) {
    clauses.push({
      and: [
        { workflowState: { in: [...ownStates] } },
        {
          or: [
            { 'workflow.lastEditedBy': { equals: user.id } },
            { 'workflow.submittedBy': { equals: user.id } },
          ],
        },
      ],
    })
  }
  if (clauses.length === 0) return { counts: {}, items: [] }
  const perCollection = await Promise.all(
    options.collections.map(async (collection) => {
      const config = req.payload.collections[asSlug(collection)]?.config
      const titleField = config?.admin?.useAsTitle ?? 'id'
      const withEmbargo = hasEmbargo(options, collection)
      const now = new Date()
      const { docs } = await req.payload.find({
        collection: asSlug(collection),
        depth: 0,
        draft: true,
        limit: QUEUE_LIMIT,
        overrideAccess: false,
        req,
        sort: '-updatedAt',
        where: { or: clauses },
      })
      return docs.map((doc: Record<string, any>) => ({
        assignee: doc.workflow?.assignee ?? null,
        collection,
        embargo: withEmbargo ? embargoInForce(doc, now) : null,
        id: doc.id,
        state: doc.workflowState as string,
        title: String(doc[titleField] ?? doc.id),
        updatedAt: doc.updatedAt as string,
      }))
    }),
  )
  const items = perCollection
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, QUEUE_LIMIT)
  const counts: Record<string, { count: number; label: string }> = {}
  for (const item of items) {
    counts[item.state] ??= {
      count: 0,
      label: inLanguage(req, options.states[item.state] ?? { en: item.state }),
    }
    counts[item.state].count += 1
  }
  return { counts, items }
}
