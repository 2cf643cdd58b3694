/**
 * Lets other requests in while one request works. SQLite answers synchronously
 * and Payload builds every query on the main thread, so a costly read (a
 * GraphQL join resolves one query per parent document: hundreds of sibling
 * operations started at once) otherwise runs from start to end as one chain of
 * promises, and a cached read arriving meanwhile waits for all of it.
 *
 * A request passes its pacer at every operation and every document it reads
 * (src/cost/read-budget.ts). Within one turn of the event loop only
 * `passesPerTurn` passes go through, and none once the turn has lasted
 * `turnMs`; the others wait, in order, for later turns, one turn at a time, so
 * pending I/O (other requests) runs between them. Counting passes, not only
 * time, matters: sibling operations all reach their first pass before any of
 * them has done its work.
 */
export type PacerSettings = { passesPerTurn: number; turnMs: number }

/**
 * One pass per turn: in the flood benchmark (docs/performance.md) a cached read
 * during the flood took 42 ms at p95 with it, 59 ms with two passes or 3 ms and
 * 70 ms with four or 5 ms; an uncached page of 20 articles was as fast with
 * each of them as without a pacer, within the runs' noise.
 */
export const DEFAULT_PACE: PacerSettings = { passesPerTurn: 1, turnMs: 2 }

export type Pacer = { pass: () => Promise<void> | undefined }

export const createPacer = ({ passesPerTurn, turnMs }: PacerSettings = DEFAULT_PACE): Pacer => {
  let turnStart = performance.now()
  let passes = 0
  let scheduled = false
  const waiting: (() => void)[] = []

  /** The next turn: it starts afresh and lets the first waiters through. */
  const scheduleTurn = () => {
    if (scheduled) return
    scheduled = true
    // Scheduled from inside a turn, an immediate runs in the event loop's next
    // iteration, after the I/O that arrived meanwhile.
    setImmediate(() => {
      scheduled = false
      turnStart = performance.now()
      const released = waiting.splice(0, passesPerTurn)
      passes = released.length
      for (const release of released) release()
      if (waiting.length > 0) scheduleTurn()
    })
  }

  return {
    /** Nothing to wait for (undefined) while the turn has room; otherwise a promise of a later turn. */
    pass: () => {
      if (
        waiting.length === 0 &&
        passes < passesPerTurn &&
        performance.now() - turnStart < turnMs
      ) {
        passes += 1
        return undefined
      }
      const turn = new Promise<void>((resolve) => waiting.push(resolve))
      scheduleTurn()
      return turn
    },
  }
}
