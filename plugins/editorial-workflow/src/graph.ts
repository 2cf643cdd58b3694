import type { PayloadRequest } from 'payload'

import { WorkflowError } from './errors'
import { inLanguage } from './label'
import type { ResolvedOptions, TransitionDefinition } from './types'

/** Refuses (404) a collection without the workflow. */
export const assertWorkflowCollection = (
  req: PayloadRequest,
  options: Pick<ResolvedOptions, 'collections'>,
  collection: string,
): void => {
  if (!options.collections.includes(collection))
    throw new WorkflowError(req, 404, 'unknownCollection')
}

/** Refuses an anonymous caller (401), then a collection without the workflow (404). */
export const assertStaffCallerOn = (
  req: PayloadRequest,
  options: Pick<ResolvedOptions, 'collections'>,
  collection: string,
): void => {
  if (!req.user) throw new WorkflowError(req, 401, 'notLoggedIn')
  assertWorkflowCollection(req, options, collection)
}

/** A transition as clients see it (the panel's buttons, the list's bulk steps): named in the caller's language. */
export const offeredTransition = (req: PayloadRequest, transition: TransitionDefinition) => ({
  confirmation: transition.confirmation ? inLanguage(req, transition.confirmation) : null,
  effect: transition.effect ?? 'none',
  label: inLanguage(req, transition.label),
  name: transition.name,
  requiresComment: Boolean(transition.requiresComment),
  requiresLocale: Boolean(transition.requiresLocale),
  requiresNotice: Boolean(transition.requiresNotice),
  requiresPublishAt: Boolean(transition.requiresPublishAt),
})

/**
 * The transitions a document of `collection` may take: those that name it,
 * and those that name no collection; a retraction only where the collection
 * keeps a public record.
 */
export const transitionsFor = (
  options: Pick<ResolvedOptions, 'record' | 'transitions'>,
  collection: string,
): TransitionDefinition[] =>
  options.transitions.filter(
    (transition) =>
      (!transition.collections || transition.collections.includes(collection)) &&
      (transition.effect !== 'retract' || options.record.collections.includes(collection)),
  )

/**
 * The transition `name` from `state`: several definitions may share a name
 * from different states (reopening an archived document and a retracted one
 * need different roles). From a state none of them leaves, the first, whose
 * refusal then says so.
 */
export const transitionNamed = (
  options: Pick<ResolvedOptions, 'record' | 'transitions'>,
  collection: string,
  name: string,
  state: string,
): TransitionDefinition | undefined => {
  const named = transitionsFor(options, collection).filter((candidate) => candidate.name === name)
  return (
    named.find((candidate) => candidate.from === '*' || candidate.from.includes(state)) ?? named[0]
  )
}
