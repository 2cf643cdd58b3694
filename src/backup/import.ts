import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { migrationsFor } from '../db/migrations'
import { bumpGeneration } from '../read-cache/generation'
import { searchStoreFor, storedRows } from '../search/indexer'
import type { IndexRow } from '../search/rows'
import { SEARCH_COLLECTIONS, type SearchCollection, type StoredDoc } from '../search/sources'
import {
  type ArchiveHeader,
  type ContentRecord,
  type EndRecord,
  type Id,
  schemaStep,
} from './archive-format'
import { checkArchive, contentRecords } from './archive-reader'
import {
  archivedCollections,
  deferredFields,
  NOT_ARCHIVED,
  rowTableFields,
} from './archived-collections'
import { BackupError } from './backup-error'
import {
  addRows,
  PendingRows,
  refreshStatistics,
  refuseUnsupportedDatabase,
  resetIdSequences,
  rewriteDocument,
  writeRows,
} from './database-writes'
import { type ImportLedger, type ImportPhase, readLedger, saveLedger } from './import-ledger'
import { progressCounter, type ProgressListener } from './progress'
import { inWriteTransaction } from './transactions'
import { uploadDirOf, writeChunk } from './upload-files'

export type ImportOptions = {
  /** Records written per transaction. */
  batchSize?: number
  /** Called after each batch is committed (and so, if it throws, the import stops between two batches). */
  onProgress?: ProgressListener
  /** Where the files of upload collections go, instead of their `staticDir`. */
  uploadDir?: string
}

export type ImportSummary = Omit<EndRecord, 'type'> & {
  /** The database already held this archive: nothing was written. */
  alreadyImported: boolean
  /** An interrupted import of this archive was taken up again. */
  resumed: boolean
  seconds: number
}

const DEFAULT_BATCH_SIZE = 250

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i])

/** The target must have the archive's languages, collections and schema: rows are written as they were stored. */
const refuseIncompatible = (payload: Payload, file: string, header: ArchiveHeader): void => {
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  if (!sameList([...header.locales].sort(), [...locales].sort())) {
    throw new BackupError(
      `${file} holds content in ${header.locales.join(', ')}; this Jusur has ${locales.join(', ')}.`,
    )
  }
  const unknown = header.collections.filter(
    (slug) => !payload.collections[slug as CollectionSlug] || slug in NOT_ARCHIVED,
  )
  if (unknown.length > 0)
    throw new BackupError(
      `${file} holds collections this Jusur does not have: ${unknown.join(', ')}.`,
    )
  const schema = migrationsFor(payload).map((migration) => schemaStep(migration.name))
  if (!sameList(header.schema, schema)) {
    throw new BackupError(
      `${file} was made by Jusur ${header.jusurVersion} with the schema [${header.schema.join(', ')}]; this database has [${schema.join(', ')}]. Import it with the Jusur version that made it.`,
    )
  }
}

/** An import starts only on a database without content, so that it never mixes two histories or collides with ids. */
const refuseUnlessEmpty = async (payload: Payload, file: string): Promise<void> => {
  const found: string[] = []
  for (const collection of archivedCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection as CollectionSlug })
    if (totalDocs > 0) found.push(`${collection}: ${totalDocs}`)
  }
  if (found.length > 0) {
    throw new BackupError(
      `The database is not empty (${found.join(', ')}). An import restores ${file} into an empty database only: point DATABASE_URL at a new database and run it again. Nothing was changed.`,
    )
  }
}

const hasValue = (value: unknown): boolean =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)

const without = (data: Record<string, unknown>, fields: string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([field]) => !fields.includes(field)))

type Row = Record<string, unknown>

/** The search index rows of an archived document or latest draft, written beside it: the index never needs rebuilding from the database. */
const searchRowsOf = (
  payload: Payload,
  collection: string,
  stored: StoredDoc,
  kind: 'document' | 'latestDraft',
): IndexRow[] =>
  SEARCH_COLLECTIONS.includes(collection as SearchCollection)
    ? storedRows(payload, collection as SearchCollection, stored, kind)
    : []

/** What a phase writes for each record, and what it writes once the batch's records are all read. */
type Writer = {
  batchEnd?: (req: PayloadRequest) => Promise<void>
  write: (record: ContentRecord, req: PayloadRequest) => Promise<void>
}

const writersFor = (
  payload: Payload,
  header: ArchiveHeader,
  options: ImportOptions,
): Record<'insert' | 'link', Writer> => {
  const deferred = new Map(
    header.collections.map((collection) => [
      collection,
      deferredFields(payload, header.collections, collection),
    ]),
  )
  const arrayFields = new Map(
    header.collections.map((collection) => [collection, rowTableFields(payload, collection)]),
  )
  const uploadDir = (collection: string): string => {
    const dir = options.uploadDir ?? uploadDirOf(payload, collection)
    if (!dir)
      throw new BackupError(
        `The archive holds files of "${collection}", which is not an upload collection here.`,
      )
    return dir
  }
  // Documents and versions are gathered as rows, with their search index rows, and written together at the end of each batch.
  const pending = new PendingRows()
  let indexRows: IndexRow[] = []
  return {
    insert: {
      batchEnd: async (req) => {
        await writeRows(req, pending)
        await searchStoreFor(payload).insert(indexRows, req)
        indexRows = []
      },
      write: async (record, req) => {
        if (record.type === 'document') {
          await addRows(req, pending, {
            collection: record.collection,
            data: without(record.data, deferred.get(record.collection)!),
            id: record.id,
            versions: false,
          })
          indexRows.push(
            ...searchRowsOf(
              payload,
              record.collection,
              { ...record.data, id: record.id },
              'document',
            ),
          )
        } else if (record.type === 'version') {
          await addRows(req, pending, {
            collection: record.collection,
            data: record.data,
            id: record.id,
            versions: true,
          })
          if (record.data.latest)
            indexRows.push(
              ...searchRowsOf(
                payload,
                record.collection,
                { ...(record.data.version as Row), id: record.data.parent as Id },
                'latestDraft',
              ),
            )
        } else {
          await writeChunk(
            uploadDir(record.collection),
            record.filename,
            record.offset,
            Buffer.from(record.data, 'base64'),
          )
        }
      },
    },
    link: {
      write: async (record, req) => {
        if (record.type !== 'document') return
        const fields = deferred
          .get(record.collection)!
          .filter((field) => hasValue(record.data[field]))
        // Payload's SQL adapter empties a document's array fields on any update that leaves them out.
        const arrays = arrayFields.get(record.collection)!.filter((field) => field in record.data)
        // With its stored updatedAt: PostgreSQL's adapter stamps an update with the current time.
        if (fields.length > 0)
          await rewriteDocument(
            req,
            record.collection,
            record.id,
            Object.fromEntries(
              ['updatedAt', ...fields, ...arrays].map((field) => [field, record.data[field]]),
            ),
          )
      },
    },
  }
}

const NEXT_PHASE: Record<'insert' | 'link', ImportPhase> = { insert: 'link', link: 'finish' }

/** The archive's records after those the ledger counts as written in this phase. */
async function* recordsAfter(file: string, position: number) {
  for await (const entry of contentRecords(file)) if (entry.position > position) yield entry
}

/**
 * Goes through the archive once for the ledger's phase, a batch of records
 * per transaction, each batch saving the ledger with it; the last one moves
 * the ledger on to the next phase. Memory holds one record at a time.
 */
const runPhase = async (
  payload: Payload,
  file: string,
  ledger: ImportLedger,
  total: number,
  writer: Writer,
  options: ImportOptions,
): Promise<ImportLedger> => {
  const phase = ledger.phase as 'insert' | 'link'
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const records = recordsAfter(file, ledger.position)
  const progress = progressCounter(phase, total - ledger.position, options.onProgress)
  let current = ledger
  try {
    while (current.phase === phase) {
      const before = current
      let written = 0
      current = await inWriteTransaction(payload, async (req) => {
        let after = before
        for (; written < batchSize; written++) {
          const next = await records.next()
          if (next.done) {
            after = { ...before, phase: NEXT_PHASE[phase], position: 0 }
            break
          }
          await writer.write(next.value.record, req)
          after = { ...before, position: next.value.position }
        }
        await writer.batchEnd?.(req)
        await saveLedger(req, after)
        return after
      })
      progress.add(written)
    }
    return current
  } finally {
    await records.return(undefined)
  }
}

/**
 * Restores the archive `file` into the database (README: Backup and restore):
 * checks the whole archive first, refuses a database that has content, then
 * writes every record with its own id, a batch per transaction, keeping a
 * ledger with each batch. Run again after an interruption, it goes on from
 * the last batch written; run again after success, it does nothing.
 */
export const importArchive = async (
  payload: Payload,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> => {
  refuseUnsupportedDatabase(payload)
  const started = performance.now()
  const { end, header } = await checkArchive(file)
  refuseIncompatible(payload, file, header)
  const previous = await readLedger(payload)
  if (previous && previous.archiveId !== header.archiveId) {
    throw new BackupError(
      `The database holds an import of another archive (${previous.archiveId}, started ${previous.startedAt}${previous.completedAt ? `, completed ${previous.completedAt}` : ', not finished'}), not of ${file} (${header.archiveId}). Nothing was changed.`,
    )
  }
  const summary = (alreadyImported: boolean): ImportSummary => ({
    alreadyImported,
    counts: end.counts,
    missingFiles: end.missingFiles,
    records: end.records,
    resumed: Boolean(previous) && !alreadyImported,
    seconds: (performance.now() - started) / 1000,
  })
  if (previous?.phase === 'done') return summary(true)
  if (!previous) {
    await refuseUnlessEmpty(payload, file)
    // The search index holds rows of the documents only: with none, it holds nothing worth keeping.
    await inWriteTransaction(payload, (req) => searchStoreFor(payload).clear(req))
  }

  let ledger: ImportLedger = previous ?? {
    archiveId: header.archiveId,
    phase: 'insert',
    position: 0,
    startedAt: new Date().toISOString(),
  }
  const writers = writersFor(payload, header, options)
  if (ledger.phase === 'insert')
    ledger = await runPhase(payload, file, ledger, end.records, writers.insert, options)
  if (ledger.phase === 'link')
    ledger = await runPhase(payload, file, ledger, end.records, writers.link, options)
  await resetIdSequences(payload)
  await refreshStatistics(payload)
  const done = {
    ...ledger,
    completedAt: new Date().toISOString(),
    phase: 'done' as const,
    position: 0,
  }
  await inWriteTransaction(payload, async (req) => {
    await saveLedger(req, done)
    // Written below the hooks: running app instances' cached answers are stale now.
    await bumpGeneration(req)
  })
  return summary(false)
}
