import type { CollectionSlug, OptionObject, Payload } from 'payload'

/** The workflow states of a collection: its `workflowState` field's options (none without a workflow). */
export const workflowStateOptions = (payload: Payload, collection: string): OptionObject[] => {
  const field = payload.collections[collection as CollectionSlug]?.config.flattenedFields.find(
    (candidate) => candidate.name === 'workflowState',
  )
  return field && 'options' in field
    ? field.options.map((option) =>
        typeof option === 'string' ? { label: option, value: option } : option,
      )
    : []
}
