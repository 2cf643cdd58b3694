import type { Payload } from 'payload'

import type { Dependencies } from './dependencies'

import { changesBetween, KEPT_STEPS, type PublicChange, readGeneration } from './generation'

/** A cached answer or document: what it depends on, and the step it is known good at. */
export type Checked = { dependencies: Dependencies; madeAt: number }

/**
 * The changes an instance knows of, from the step it started at: an entry
 * made at step s is still good while no change after s affects what it
 * depends on; one made before what this log can check (the instance started
 * later, or fell behind the database log's pruning) is stale.
 */
export class ChangeLog {
  /** The last step whose changes are all in `changes`; null until the first read. */
  protected known: null | number = null
  /** Entries made before this step cannot be checked. */
  private checkableFrom = 0
  private changes: PublicChange[] = []

  /** Forgets every change: only entries made at `step` or later can be checked. */
  restartAt(step: number): void {
    this.known = step
    this.checkableFrom = step
    this.changes = []
  }

  /**
   * Adds the changes of the steps after the known one up to `latest`. Every
   * step has at least one row: with one missing (pruned from the database
   * log), nothing before `latest` can be checked.
   */
  record(latest: number, rows: readonly PublicChange[]): void {
    const from = this.known
    if (from === null || latest <= from) return
    if (new Set(rows.map((row) => row.seq)).size !== latest - from) return this.restartAt(latest)
    this.changes.push(...rows)
    const oldest = latest - KEPT_STEPS
    if (this.changes[0] && this.changes[0].seq <= oldest) {
      this.changes = this.changes.filter((change) => change.seq > oldest)
      this.checkableFrom = Math.max(this.checkableFrom, oldest)
    }
    this.known = latest
  }

  /**
   * Whether `entry` is unaffected by every change since the step it was made
   * at; if so it counts as made now, so that the next check starts here.
   */
  stillGood(entry: Checked): boolean {
    const { known } = this
    if (known === null || entry.madeAt < this.checkableFrom || entry.madeAt > known) return false
    for (let index = this.changes.length - 1; index >= 0; index--) {
      const change = this.changes[index]!
      if (change.seq <= entry.madeAt) break
      if (entry.dependencies.affectedBy(change)) return false
    }
    entry.madeAt = known
    return true
  }
}

/**
 * One instance's view of the log of public changes (./generation.ts), shared
 * by all its cached answers and documents. Each read asks the database for
 * the generation (one cheap query, as before); when it moved, the rows since
 * the last step this instance knew are fetched once, whoever asks.
 */
export class ChangeWatcher extends ChangeLog {
  private catchingUp: Promise<void> | undefined

  constructor(private readonly payload: Payload) {
    super()
  }

  /** The current step, after catching up with the log; null where there is none (MongoDB). */
  async current(): Promise<null | number> {
    const read = await readGeneration(this.payload)
    if (read === null) return null
    const latest = Number(read)
    if (this.known === null) this.restartAt(latest)
    // Another read may have caught up further already: steps only go up.
    while (latest > this.known!) {
      this.catchingUp ??= this.catchUp(latest).finally(() => (this.catchingUp = undefined))
      await this.catchingUp
    }
    return latest
  }

  private async catchUp(latest: number): Promise<void> {
    const from = this.known!
    this.record(latest, await changesBetween(this.payload, from, latest))
  }
}

const watchers = new WeakMap<Payload, ChangeWatcher>()

/** The instance's watcher of `payload`'s database. */
export const changeWatcher = (payload: Payload): ChangeWatcher => {
  let watcher = watchers.get(payload)
  if (!watcher) watchers.set(payload, (watcher = new ChangeWatcher(payload)))
  return watcher
}
