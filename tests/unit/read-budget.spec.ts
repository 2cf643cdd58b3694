import { describe, expect, it } from '@jest/globals'

import { readBudget } from '../../src/settings/security'
import { pageSize, UNBOUNDED_LIMIT } from '../../src/cost/estimates'
import { createTurns, takeTurn } from '../../src/cost/read-budget'

describe('the read budget', () => {
  it('reads its settings from the environment, with safe defaults', () => {
    expect(readBudget({})).toEqual({
      anonymousCost: 500_000,
      concurrency: 2,
      maxDocuments: 5_000,
      queueMs: 5_000,
      staffCost: 1_000_000,
      timeoutMs: 10_000,
    })
    expect(
      readBudget({ READ_CONCURRENCY: '0', READ_COST_BUDGET: 'lots', READ_MAX_DOCUMENTS: '50' }),
    ).toMatchObject({ anonymousCost: 500_000, concurrency: 2, maxDocuments: 50 })
  })

  it('counts a page as Payload reads it: none is 10, 0 or no pagination is everything', () => {
    expect(pageSize(undefined, undefined)).toBe(10)
    expect(pageSize(undefined, undefined, 25)).toBe(25)
    expect(pageSize('7', undefined)).toBe(7)
    expect(pageSize(0, undefined)).toBe(UNBOUNDED_LIMIT)
    expect(pageSize(-3, undefined)).toBe(UNBOUNDED_LIMIT)
    expect(pageSize(5, false)).toBe(UNBOUNDED_LIMIT)
    expect(pageSize(5, 'false')).toBe(UNBOUNDED_LIMIT)
  })

  it('gives out turns up to its size, the next waiter gets a released one, and one that waits too long gets none', async () => {
    const turns = createTurns(2, 300)
    const first = await takeTurn(turns)
    const second = await takeTurn(turns)
    expect([typeof first, typeof second]).toEqual(['function', 'function'])
    const waiting = takeTurn(turns)
    first!()
    const third = await waiting
    expect(typeof third).toBe('function')
    // Both turns held: the next waiter gives up after its 300 ms with none.
    expect(await takeTurn(turns)).toBeUndefined()
    second!()
    third!()
    // The one that gave up holds no turn: both are free again.
    const [a, b] = await Promise.all([takeTurn(turns), takeTurn(turns)])
    expect([typeof a, typeof b]).toEqual(['function', 'function'])
  })
})
