import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { migrationsFor } from '../db/migrations'
import { archivedAccount } from './account-fields'
import { type ArchiveWriter, createArchiveWriter } from './archive-file'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveHeader,
  type ContentRecord,
  countRecord,
  emptyCounts,
  type EndRecord,
  type Id,
  schemaStep,
} from './archive-format'
import { archivedCollections } from './archived-collections'
import { BackupError } from './backup-error'
import { refuseUnsupportedDatabase } from './database-writes'
import { progressCounter, type ProgressListener } from './progress'
import { inReadSnapshot } from './transactions'
import { fileChunks, filenamesOf, uploadDirOf } from './upload-files'

/** Rows read at a time. */
const PAGE = 100

type Row = Record<string, unknown> & { id: Id }

type ReadPage = (where: Where) => Promise<{ docs: Row[] }>

/** Every row a reader gives, a page at a time by ascending id (each page starts after the last id: no offsets to count through). */
async function* allRows(read: ReadPage): AsyncGenerator<Row> {
  let where: Where = {}
  for (;;) {
    const { docs } = await read(where)
    yield* docs
    if (docs.length < PAGE) return
    where = { id: { greater_than: docs.at(-1)!.id } }
  }
}

/** Documents as stored: every locale, drafts as they are in the collection's table, no joins (they are computed from the relations). */
const documentsOf = (req: PayloadRequest, collection: string) =>
  // `joins: false` holds for every collection; Payload's types accept it only for one named.
  allRows(
    (where) =>
      req.payload.db.find({
        collection: collection as CollectionSlug,
        joins: false as never,
        limit: PAGE,
        locale: 'all',
        pagination: false,
        req,
        sort: 'id',
        where,
      }) as Promise<{ docs: Row[] }>,
  )

const versionsOf = (req: PayloadRequest, collection: string) =>
  allRows(
    (where) =>
      req.payload.db.findVersions({
        collection: collection as CollectionSlug,
        limit: PAGE,
        locale: 'all',
        pagination: false,
        req,
        sort: 'id',
        where,
      }) as Promise<{ docs: Row[] }>,
  )

const packageVersions = (): Pick<ArchiveHeader, 'jusurVersion' | 'payloadVersion'> => {
  const pkg = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
  )
  return { jusurVersion: pkg.version, payloadVersion: pkg.dependencies.payload }
}

const headerFor = (
  payload: Payload,
  collections: string[],
  credentials: boolean,
): ArchiveHeader => ({
  type: 'header',
  format: ARCHIVE_FORMAT,
  formatVersion: ARCHIVE_FORMAT_VERSION,
  archiveId: crypto.randomUUID(),
  createdAt: new Date().toISOString(),
  ...packageVersions(),
  source: { database: payload.db.name as ArchiveHeader['source']['database'] },
  locales: payload.config.localization ? payload.config.localization.localeCodes : [],
  schema: migrationsFor(payload).map((migration) => schemaStep(migration.name)),
  collections,
  credentials,
})

export type ExportOptions = {
  /** Put the password hashes of user accounts in the archive (README: Backup and restore). */
  includeCredentials?: boolean
  onProgress?: ProgressListener
}

export type ExportSummary = Omit<EndRecord, 'type'> & { file: string; seconds: number }

/** Writes the records of the whole database to `writer`: documents, versions, files; returns the end record. */
const writeContent = async (
  req: PayloadRequest,
  writer: ArchiveWriter,
  header: ArchiveHeader,
  options: ExportOptions,
): Promise<EndRecord> => {
  const { payload } = req
  const config = (collection: string) => payload.collections[collection as CollectionSlug].config
  let total = 0
  for (const collection of header.collections) {
    total += (await payload.db.count({ collection: collection as CollectionSlug, req })).totalDocs
    if (config(collection).versions)
      total += (await payload.db.countVersions({ collection: collection as CollectionSlug, req }))
        .totalDocs
  }
  const progress = progressCounter('export', total, options.onProgress)
  const end: EndRecord = { type: 'end', counts: emptyCounts(), missingFiles: [], records: 0 }
  const emit = async (record: ContentRecord) => {
    await writer.write(record)
    countRecord(end.counts, record)
    end.records++
    if (record.type !== 'file') progress.add(1)
  }

  await writer.write(header)
  for (const collection of header.collections) {
    const account = Boolean(config(collection).auth)
    for await (const { id, ...data } of documentsOf(req, collection)) {
      await emit({
        type: 'document',
        collection,
        data: account ? archivedAccount(data, header.credentials) : data,
        id,
      })
    }
  }
  for (const collection of header.collections.filter((slug) => config(slug).versions)) {
    for await (const { id, ...data } of versionsOf(req, collection))
      await emit({ type: 'version', collection, data, id })
  }
  for (const collection of header.collections) {
    const dir = uploadDirOf(payload, collection)
    if (!dir) continue
    for await (const doc of documentsOf(req, collection)) {
      for (const filename of filenamesOf(doc)) {
        const file = path.join(dir, filename)
        if (!fs.existsSync(file)) {
          end.missingFiles.push(`${collection}/${filename}`)
          continue
        }
        for await (const { data, offset } of fileChunks(file)) {
          await emit({ type: 'file', collection, data: data.toString('base64'), filename, offset })
        }
      }
    }
  }
  await writer.write(end)
  return end
}

/**
 * Writes everything the database holds (README: Backup and restore) to the
 * archive `file`: every document of every archived collection in all
 * locales, every version (drafts and published), the workflow history, user
 * accounts (without credentials unless asked) and the stored media files.
 */
export const exportArchive = async (
  payload: Payload,
  file: string,
  options: ExportOptions = {},
): Promise<ExportSummary> => {
  refuseUnsupportedDatabase(payload)
  if (fs.existsSync(file))
    throw new BackupError(`${file} already exists: choose another name, or remove it first.`)
  try {
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK)
  } catch {
    throw new BackupError(`Cannot write ${file}: its folder does not exist or is not writable.`)
  }
  const started = performance.now()
  const header = headerFor(
    payload,
    archivedCollections(payload),
    options.includeCredentials ?? false,
  )
  const writer = createArchiveWriter(file)
  try {
    const { counts, missingFiles, records } = await inReadSnapshot(payload, (req) =>
      writeContent(req, writer, header, options),
    )
    await writer.close()
    return { counts, file, missingFiles, records, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    await writer.abort()
    throw error
  }
}
