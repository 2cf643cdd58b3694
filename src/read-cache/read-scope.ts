import { AsyncLocalStorage } from 'node:async_hooks'

import type { ChangeWatcher } from './change-watcher'
import type { Dependencies } from './dependencies'
import type { DocumentStore } from './document-cache'

/**
 * What a read the answer cache takes runs with: the instance's shared
 * documents and view of the change log, the step it was started at, and
 * where the reads it makes are noted (the answer's dependencies, or those of
 * a batch of documents it loads: ./document-cache.ts).
 */
export type ReadScope = {
  dependencies: Dependencies
  documents: DocumentStore
  step: number
  watcher: ChangeWatcher
}

const scopes = new AsyncLocalStorage<ReadScope>()

/** Runs `work` (an anonymous read the answer cache may keep) in `scope`. */
export const withReadScope = <T>(scope: ReadScope, work: () => Promise<T>): Promise<T> =>
  scopes.run(scope, work)

/** The scope of the read under way, if it is one the cache takes. */
export const readScope = (): ReadScope | undefined => scopes.getStore()
