import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` with a request bound to one database transaction: committed
 * when it resolves, rolled back when it throws. Every Local API call inside
 * must pass that `req`. Where the adapter has no transactions (MongoDB
 * without a replica set), the work simply runs.
 */
export const inTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
