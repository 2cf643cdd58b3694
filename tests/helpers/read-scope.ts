import type { Payload } from 'payload'

import { changeWatcher } from '../../src/read-cache/change-watcher'
import { Dependencies } from '../../src/read-cache/dependencies'
import { type DocumentStore } from '../../src/read-cache/document-cache'
import { type ReadScope } from '../../src/read-cache/read-scope'

/** The scope the answer cache runs an anonymous read in, at the current step, with `documents` shared. */
export const readScopeOf = async (
  payload: Payload,
  documents: DocumentStore,
): Promise<ReadScope> => {
  const watcher = changeWatcher(payload)
  return { dependencies: new Dependencies(), documents, step: (await watcher.current())!, watcher }
}
