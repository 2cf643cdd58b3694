import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { inStoredOrder } from '../../src/graphql/stored-order'

const shuffled = <T>(items: T[], keys: number[]): T[] =>
  items
    .map((item, index) => ({ item, key: keys[index] ?? 0 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item)

describe('a hasMany relation in GraphQL, in its stored order', () => {
  it('puts documents resolved in any order back in the order stored, ids stored twice included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ max: 6, min: 1 }), fc.constantFrom('a', 'b')), {
          maxLength: 8,
        }),
        fc.array(fc.integer(), { maxLength: 8, minLength: 8 }),
        (stored, keys) => {
          const docs = stored.map((id) => ({ id }))
          expect(inStoredOrder(stored, shuffled(docs, keys), false)).toEqual(docs)
          // Stored as populated documents, the same.
          expect(inStoredOrder(docs, shuffled(docs, keys), false)).toEqual(docs)
        },
      ),
    )
  })

  it('tells collections apart in a relation to several: the same id in two is two documents', () => {
    const stored = [
      { relationTo: 'people', value: 1 },
      { relationTo: 'organizations', value: 1 },
      { relationTo: 'people', value: 2 },
    ]
    const resolved = [
      { relationTo: 'people', value: { id: 2 } },
      { relationTo: 'organizations', value: { id: 1 } },
      { relationTo: 'people', value: { id: 1 } },
    ]
    expect(inStoredOrder(stored, resolved, true)).toEqual([resolved[2], resolved[1], resolved[0]])
  })

  it('keeps a document it cannot place, last', () => {
    expect(inStoredOrder([2, 1], [{ id: 9 }, { id: 1 }, { id: 2 }], false)).toEqual([
      { id: 2 },
      { id: 1 },
      { id: 9 },
    ])
  })
})
