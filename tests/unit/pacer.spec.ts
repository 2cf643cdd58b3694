import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { createPacer } from '../../src/cost/pacer'

/** Passes `count` sibling callers through the pacer at once; how many event-loop turns each waited (0: went straight on). */
const passSiblings = async (
  pacer: ReturnType<typeof createPacer>,
  count: number,
): Promise<number[]> => {
  let turn = 0
  let counting = true
  const countTurns = () => {
    turn += 1
    if (counting) setImmediate(countTurns)
  }
  setImmediate(countTurns)
  const waited = await Promise.all(
    Array.from({ length: count }, async () => {
      await pacer.pass()
      return turn
    }),
  )
  counting = false
  return waited
}

describe('pacer: a request hands the event loop back after a few passes', () => {
  it('lets at most passesPerTurn siblings through per turn of the event loop, and all of them in the end, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ max: 8, min: 1 }),
        fc.integer({ max: 60, min: 1 }),
        async (passesPerTurn, count) => {
          // A turn long enough that only the count of passes ends it.
          const waited = await passSiblings(createPacer({ passesPerTurn, turnMs: 60_000 }), count)
          expect(waited).toHaveLength(count)
          const perTurn = new Map<number, number>()
          for (const turn of waited) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1)
          for (const passed of perTurn.values()) expect(passed).toBeLessThanOrEqual(passesPerTurn)
          // First come, first through.
          expect([...waited].sort((a, b) => a - b)).toEqual(waited)
          // The turns it took: none wasted.
          expect(perTurn.size).toBe(Math.ceil(count / passesPerTurn))
        },
      ),
      { numRuns: 40, seed: 20261202 },
    )
  })

  it('makes a caller wait for the next turn once the turn has lasted turnMs, however few passes it had', async () => {
    const pacer = createPacer({ passesPerTurn: 1000, turnMs: 1 })
    const start = performance.now()
    while (performance.now() - start < 3) {
      // Work that holds the event loop past the turn's time.
    }
    let turnRan = false
    setImmediate(() => (turnRan = true))
    const wait = pacer.pass()
    expect(wait).toBeInstanceOf(Promise)
    await wait
    expect(turnRan).toBe(true)
  })

  it('costs nothing while the turn has room: no promise, no wait', () => {
    const pacer = createPacer({ passesPerTurn: 3, turnMs: 60_000 })
    expect([pacer.pass(), pacer.pass(), pacer.pass()]).toEqual([undefined, undefined, undefined])
    expect(pacer.pass()).toBeInstanceOf(Promise)
  })
})
