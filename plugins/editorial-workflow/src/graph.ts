import type { TransitionDefinition } from './types'

/** The transitions a document of `collection` may take: those that name it, and those that name no collection. */
export const transitionsFor = (
  transitions: TransitionDefinition[],
  collection: string,
): TransitionDefinition[] =>
  transitions.filter(
    (transition) => !transition.collections || transition.collections.includes(collection),
  )
