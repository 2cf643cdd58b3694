import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

type TransactionSettings = {
  /** What the adapter's `beginTransaction` takes: PostgreSQL's isolation level and access mode. */
  options?: Record<string, unknown>
  /** Refuse to run `work` where the adapter opens no transaction, instead of running it without one. */
  required?: boolean
}

/**
 * Runs `work` with a request bound to one database transaction: committed
 * when it resolves, rolled back when it throws. Every Local API call inside
 * must pass that `req`. Where the adapter has no transactions (MongoDB
 * without a replica set), the work simply runs, unless `required`.
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  { options, required = false }: TransactionSettings = {},
): Promise<T> => {
  const req = await createLocalReq({}, payload)
  const id = (await payload.db.beginTransaction?.(options)) ?? null
  if (id === null) {
    if (required) throw new Error(`The ${payload.db.name} adapter opened no transaction.`)
    return work(req)
  }
  req.transactionID = id
  try {
    const result = await work(req)
    await payload.db.commitTransaction(id)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(id).catch(() => {})
    throw error
  }
}
