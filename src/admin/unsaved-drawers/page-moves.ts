/**
 * Back, Forward and jumps through the history menu while the admin shows a
 * page. Next.js's router renders the page moved to on the popstate event that
 * follows such a move, which unmounts any drawer open on the page with what
 * was typed in it. The drawer guard holds such a move until the editor decides.
 *
 * How far a move went comes from the Navigation API (in every current
 * browser): its `navigate` event names the entry left and the entry reached
 * before the move happens. Without it, moves go through as they always did.
 */

type Entry = { index: number; key: string }
type Navigation = EventTarget & { currentEntry: Entry | null }
type NavigateEvent = Event & { destination: Entry; hashChange: boolean; navigationType: string }

/**
 * How many entries a navigation moves through the history (negative: back), when it is a
 * traversal to another page; undefined for new navigations, reloads and jumps to a fragment.
 */
export const pageMoveDelta = (move: {
  fromIndex: number
  hashChange: boolean
  navigationType: string
  toIndex: number
}): number | undefined =>
  move.navigationType === 'traverse' && !move.hashChange && move.toIndex !== move.fromIndex
    ? move.toIndex - move.fromIndex
    : undefined

/**
 * Asks `hold` about every move to another page of the admin before Next.js's router sees it.
 * When `hold` returns true, the router never sees it: the page and everything open on it stay,
 * the browser goes back to the entry it left, and the `redo` given to `hold` makes the move
 * again. Returns the function that stops watching.
 */
export const holdPageMoves = (hold: (redo: () => void) => boolean): (() => void) => {
  const navigation = (window as Window & { navigation?: Navigation }).navigation
  if (!navigation) return () => {}
  /** The traversal under way, from the navigate event to the popstate event it ends with. */
  let move: { delta: number; from: string; to: string } | undefined
  /** The entry a held move is being undone to: that popstate is ours, not the editor's. */
  let undoingTo: string | undefined

  const onNavigate = (event: Event) => {
    const { destination, hashChange, navigationType } = event as NavigateEvent
    const from = navigation.currentEntry
    const delta = from
      ? pageMoveDelta({
          fromIndex: from.index,
          hashChange,
          navigationType,
          toIndex: destination.index,
        })
      : undefined
    move = from && delta !== undefined ? { delta, from: from.key, to: destination.key } : undefined
  }
  const onPopState = (event: PopStateEvent) => {
    const here = navigation.currentEntry?.key
    const done = move?.to === here ? move : undefined
    move = undefined
    if (undoingTo !== undefined) {
      const isUndo = here === undoingTo
      undoingTo = undefined
      if (isUndo) return event.stopImmediatePropagation()
    }
    if (!done || !hold(() => history.go(done.delta))) return
    // Capturing on window runs before the router's own listener there, which this stops.
    event.stopImmediatePropagation()
    undoingTo = done.from
    history.go(-done.delta)
  }
  navigation.addEventListener('navigate', onNavigate)
  window.addEventListener('popstate', onPopState, true)
  return () => {
    navigation.removeEventListener('navigate', onNavigate)
    window.removeEventListener('popstate', onPopState, true)
  }
}
