import type { Payload, PayloadRequest } from 'payload'

/**
 * How far an import has come, kept in the target database itself (Payload's
 * key-value collection) and saved in the same transaction as each batch: after
 * a crash it says exactly which records are in, and a second run of the same
 * archive goes on from there.
 *   insert  documents (without their deferred fields), versions and files
 *   link    the deferred fields, now that every document exists
 *   finish  id sequences and the search index
 *   done    nothing left; the database holds the archive
 */
export type ImportPhase = 'insert' | 'link' | 'finish' | 'done'

export type ImportLedger = {
  archiveId: string
  completedAt?: string
  phase: ImportPhase
  /** Records of this phase already written, in archive order. */
  position: number
  startedAt: string
}

const KEY = 'jusur:import'

const where = { key: { equals: KEY } }

export const readLedger = async (payload: Payload): Promise<ImportLedger | null> => {
  const entry = await payload.db.findOne<{ data: ImportLedger; id: number | string }>({
    collection: 'payload-kv',
    where,
  })
  return entry?.data ?? null
}

export const saveLedger = async (req: PayloadRequest, ledger: ImportLedger): Promise<void> => {
  await req.payload.db.upsert({
    collection: 'payload-kv',
    data: { data: ledger, key: KEY },
    req,
    returning: false,
    where,
  })
}
