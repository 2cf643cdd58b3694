import type { Payload } from 'payload'

import v8 from 'node:v8'
import vm from 'node:vm'

/**
 * libsql, Payload's SQLite driver, keeps every prepared statement in native
 * memory that is freed only when V8 collects the statement's JavaScript
 * wrapper, and it does not tell V8 that this memory exists. A bulk write keeps
 * the JavaScript heap small, so full collections are rare and the process
 * grows by about half a megabyte per document written (5 GB for 18,000
 * documents). Measured (BENCHMARKS.md): 600 people written
 * twice each, 279 → 576 MB without this, flat at about 235 MB with it.
 *
 * Long bulk writers (seed, benchmark generator, import) call this every few
 * hundred documents: a full collection, then one turn of the event loop so
 * that the statements' finalizers run. PostgreSQL's driver has no such
 * memory; there it does nothing.
 */
export const releaseDriverMemory = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  collectGarbage()
  await new Promise((resolve) => setImmediate(resolve))
  collectGarbage()
}

let gc: (() => void) | undefined

const collectGarbage = () => {
  if (!gc) {
    // `global.gc` without starting Node with --expose-gc (npm scripts set NODE_OPTIONS themselves).
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  }
  gc()
}
