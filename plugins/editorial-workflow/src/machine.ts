import type { MessageKey } from './translations'
import type { TransitionDefinition, WorkflowData } from './types'

/** Who wants to take a transition. `automatic`: the scheduler acting for the editor who scheduled. */
export type Actor = { automatic?: boolean; id: number | string; roles: string[] }

/** What the rules need to know about the document. */
export type DocumentFacts = {
  /** Everyone who changed the content since the last publication (or since creation). */
  contributors?: (number | string)[]
  state: string
  submittedBy?: null | number | string
}

export type TransitionInput = {
  comment?: null | string
  locale?: null | string
  /** A retraction's notice to readers, per locale. */
  notice?: null | Record<string, unknown>
  publishAt?: null | string
}

export type Refusal = { reason: MessageKey; status: 400 | 403 | 409 }

const sameId = (a: unknown, b: unknown): boolean =>
  a != null && b != null && String(a) === String(b)

const allowedFrom = (transition: TransitionDefinition, state: string): boolean =>
  transition.from === '*' || transition.from.includes(state)

type Bookkeeping = Pick<WorkflowData, 'contributors' | 'lastEditedBy' | 'submittedBy'>

/**
 * The contributors recorded in a document's bookkeeping. A document last
 * saved before the plugin kept them counts its last editor as the only one.
 */
export const contributorsOf = (workflow: Bookkeeping | null | undefined): (number | string)[] => {
  if (Array.isArray(workflow?.contributors)) return workflow.contributors
  return workflow?.lastEditedBy != null ? [workflow.lastEditedBy] : []
}

/** The contributors with `id` added (once). */
export const withContributor = (
  contributors: (number | string)[],
  id: number | string,
): (number | string)[] =>
  contributors.some((known) => sameId(known, id)) ? contributors : [...contributors, id]

/** What the transition rules look at, from a stored document (its `workflow` group and state). */
export const factsOf = (doc: Record<string, unknown>, initialState: string): DocumentFacts => {
  const workflow = (doc.workflow ?? {}) as Bookkeeping
  return {
    contributors: contributorsOf(workflow),
    state: (doc.workflowState ?? initialState) as string,
    submittedBy: workflow.submittedBy,
  }
}

/**
 * Whether the actor may take the transition on the document now, leaving
 * aside the input and the content (see `inputRefusal`). The order gives the
 * most useful answer first: who you are, then where the document is.
 * Four eyes: nobody who changed the content since the last publication, nor
 * the submitter, approves, publishes or schedules it.
 */
export const permissionRefusal = (
  transition: TransitionDefinition,
  actor: Actor,
  facts: DocumentFacts,
): null | Refusal => {
  // Transitions without roles are the scheduler's alone; the scheduler acts with its editor's roles.
  const permitted =
    transition.roles.length === 0
      ? Boolean(actor.automatic)
      : actor.roles.some((role) => transition.roles.includes(role))
  if (!permitted) return { reason: 'role', status: 403 }
  if (!allowedFrom(transition, facts.state)) return { reason: 'notFromState', status: 409 }
  return transition.fourEyes ? fourEyesRefusal(actor, facts) : null
}

/** Four eyes alone: the actor neither changed the content since the last publication nor submitted it. */
export const fourEyesRefusal = (actor: Actor, facts: DocumentFacts): null | Refusal => {
  const contributed = (facts.contributors ?? []).some((id) => sameId(actor.id, id))
  return contributed || sameId(actor.id, facts.submittedBy)
    ? { reason: 'fourEyes', status: 403 }
    : null
}

/** Whether the request carries what the transition needs. */
export const inputRefusal = (
  transition: TransitionDefinition,
  input: TransitionInput,
  locales: string[],
  now: Date = new Date(),
): null | Refusal => {
  if (transition.requiresComment && !input.comment?.trim())
    return { reason: 'commentRequired', status: 400 }
  if (
    transition.requiresNotice &&
    !locales.every((locale) => {
      const text = input.notice?.[locale]
      return typeof text === 'string' && text.trim() !== ''
    })
  )
    return { reason: 'noticeRequired', status: 400 }
  if (transition.requiresLocale && !(input.locale && locales.includes(input.locale)))
    return { reason: 'invalidLocale', status: 400 }
  if (input.locale && !locales.includes(input.locale))
    return { reason: 'invalidLocale', status: 400 }
  if (transition.requiresPublishAt) {
    const time = input.publishAt ? Date.parse(input.publishAt) : Number.NaN
    if (Number.isNaN(time) || time <= now.getTime())
      return { reason: 'invalidPublishAt', status: 400 }
  }
  return null
}

/** The transitions the actor may take now: the buttons the admin shows. */
export const availableTransitions = (
  transitions: TransitionDefinition[],
  actor: Actor,
  facts: DocumentFacts,
): TransitionDefinition[] =>
  transitions.filter((transition) => permissionRefusal(transition, actor, facts) === null)
