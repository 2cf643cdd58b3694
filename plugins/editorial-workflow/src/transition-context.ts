import type { PayloadRequest } from 'payload'

/**
 * The mark of a transition in progress. Only `runInTransition` issues marks,
 * and only marks it issued count, so neither an API caller (who cannot set
 * `req.context` at all) nor other server code can forge one.
 */
export type ActiveTransition = { collection: string; id: number | string; name: string }

const KEY = 'editorialWorkflow.transition'
const issued = new WeakSet<ActiveTransition>()

export const runInTransition = async <T>(
  req: PayloadRequest,
  active: ActiveTransition,
  work: () => Promise<T>,
): Promise<T> => {
  const mark = { ...active }
  issued.add(mark)
  req.context ??= {}
  const previous = req.context[KEY]
  req.context[KEY] = mark
  try {
    return await work()
  } finally {
    req.context[KEY] = previous
  }
}

/** The transition in progress on a document of `collection` (and `id`, when given), if any. */
export const activeTransition = (
  req: Pick<PayloadRequest, 'context'> | undefined,
  collection: string,
  id?: number | string,
): ActiveTransition | undefined => {
  const mark = req?.context?.[KEY] as ActiveTransition | undefined
  if (!mark || !issued.has(mark) || mark.collection !== collection) return undefined
  if (id !== undefined && String(mark.id) !== String(id)) return undefined
  return mark
}

/**
 * Server code that loads content from elsewhere (seeds, imports, migrations)
 * passes `context: { [WORKFLOW_IMPORT]: true }` to the Local API to write
 * states and publish directly. REST and GraphQL callers cannot set it.
 */
export const WORKFLOW_IMPORT = 'editorialWorkflow.import'

export const isImport = (req: Pick<PayloadRequest, 'context'> | undefined): boolean =>
  req?.context?.[WORKFLOW_IMPORT] === true
