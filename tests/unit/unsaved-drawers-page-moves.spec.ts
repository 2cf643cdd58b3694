import { describe, expect, it } from '@jest/globals'

import { pageMoveDelta } from '../../src/admin/unsaved-drawers/page-moves'

/** A navigation from the history entry at `fromIndex` (the Navigation API's navigate event). */
const navigation = (
  navigationType: string,
  fromIndex: number,
  toIndex: number,
  hashChange = false,
) => ({ fromIndex, hashChange, navigationType, toIndex })

describe('pageMoveDelta: which navigations the drawer guard holds', () => {
  it('counts Back, Forward and jumps through the history menu, in entries', () => {
    expect(pageMoveDelta(navigation('traverse', 4, 3))).toBe(-1)
    expect(pageMoveDelta(navigation('traverse', 3, 4))).toBe(1)
    expect(pageMoveDelta(navigation('traverse', 5, 2))).toBe(-3)
  })

  it('leaves alone a traversal within the page: to a fragment, or to the entry already shown', () => {
    expect(pageMoveDelta(navigation('traverse', 4, 3, true))).toBeUndefined()
    expect(pageMoveDelta(navigation('traverse', 4, 4))).toBeUndefined()
  })

  it('leaves alone links, redirects and reloads: they are not moves through the history', () => {
    expect(pageMoveDelta(navigation('push', 4, 5))).toBeUndefined()
    expect(pageMoveDelta(navigation('replace', 4, 4))).toBeUndefined()
    expect(pageMoveDelta(navigation('reload', 4, 4))).toBeUndefined()
  })
})
