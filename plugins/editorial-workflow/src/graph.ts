import type { ResolvedOptions, TransitionDefinition } from './types'

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
