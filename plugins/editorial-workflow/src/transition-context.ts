import type { PayloadRequest } from 'payload'

type WithContext = Pick<PayloadRequest, 'context'> | undefined

/**
 * A mark on a request that only its issuer can put there: `run` puts a fresh
 * copy of `value` on `req.context[key]` for the time of `work`, and `read`
 * returns the mark only if `run` issued it. Neither an API caller (who cannot
 * set `req.context` at all) nor other server code can forge one.
 */
export const requestMark = <T extends object>(key: string) => {
  const issued = new WeakSet<T>()
  return {
    read: (req: WithContext): T | undefined => {
      const mark = req?.context?.[key] as T | undefined
      return mark && issued.has(mark) ? mark : undefined
    },
    run: async <R>(req: PayloadRequest, value: T, work: () => Promise<R>): Promise<R> => {
      const mark = { ...value }
      issued.add(mark)
      req.context ??= {}
      const previous = req.context[key]
      req.context[key] = mark
      try {
        return await work()
      } finally {
        req.context[key] = previous
      }
    },
  }
}

/** The mark of a transition in progress, issued only by `runInTransition`. */
export type ActiveTransition = { collection: string; id: number | string; name: string }

const transitionMark = requestMark<ActiveTransition>('editorialWorkflow.transition')

export const runInTransition = <T>(
  req: PayloadRequest,
  active: ActiveTransition,
  work: () => Promise<T>,
): Promise<T> => transitionMark.run(req, active, work)

/** The transition in progress on a document of `collection` (and `id`, when given), if any. */
export const activeTransition = (
  req: WithContext,
  collection: string,
  id?: number | string,
): ActiveTransition | undefined => {
  const mark = transitionMark.read(req)
  if (!mark || mark.collection !== collection) return undefined
  if (id !== undefined && String(mark.id) !== String(id)) return undefined
  return mark
}

/**
 * Server code that loads content from elsewhere (seeds, imports, migrations)
 * passes `context: { [WORKFLOW_IMPORT]: true }` to the Local API to write
 * states and publish directly. REST and GraphQL callers cannot set it.
 */
export const WORKFLOW_IMPORT = 'editorialWorkflow.import'

export const isImport = (req: WithContext): boolean => req?.context?.[WORKFLOW_IMPORT] === true
