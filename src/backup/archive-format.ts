import type { DatabaseKind } from '../settings/database'

/**
 * A Jusur archive is one gzip file of JSON lines. The first line is the
 * header, the last the end record; between them every document (collection
 * by collection, in the header's order), then every version, then the stored
 * files of upload collections in chunks.
 */
export const ARCHIVE_FORMAT = 'jusur-archive'
export const ARCHIVE_FORMAT_VERSION = 1

/** Files travel in pieces of this size, so that a 20 MB upload never sits in memory whole. */
export const FILE_CHUNK_BYTES = 1024 * 1024

export type Id = number | string

export type ArchiveHeader = {
  type: 'header'
  format: typeof ARCHIVE_FORMAT
  formatVersion: number
  /** Names this archive: an interrupted import resumes only with the same one. */
  archiveId: string
  createdAt: string
  jusurVersion: string
  payloadVersion: string
  source: { database: DatabaseKind }
  locales: string[]
  /** The migrations the source had run, without their timestamps (which differ between SQLite and PostgreSQL). */
  schema: string[]
  /** Collections in the order they are imported: each after those it points to, as far as cycles allow. */
  collections: string[]
  /** Whether the password hashes of user accounts are in the archive (`--include-credentials`). */
  credentials: boolean
}

/** A document as stored, every localized field as `{ ar, en }`, without its id (which is beside it). */
export type DocumentRecord = {
  type: 'document'
  collection: string
  id: Id
  data: Record<string, unknown>
}

/** A version row as stored: parent, version (the document then), timestamps, latest, autosave, snapshot, publishedLocale. */
export type VersionRecord = {
  type: 'version'
  collection: string
  id: Id
  data: Record<string, unknown>
}

/** A piece of a stored file, base64; the piece at offset 0 starts the file. */
export type FileRecord = {
  type: 'file'
  collection: string
  filename: string
  offset: number
  data: string
}

export type RecordType = 'document' | 'version' | 'file'

export type Counts = Record<RecordType, Record<string, number>>

export type EndRecord = {
  type: 'end'
  /** How many records lie between the header and this line. */
  records: number
  counts: Counts
  /** Files that documents name but that were not on disk at export time. */
  missingFiles: string[]
}

export type ContentRecord = DocumentRecord | VersionRecord | FileRecord

/** Sections come in this order; within each, collections in the header's order. */
export const RECORD_TYPES: RecordType[] = ['document', 'version', 'file']

export const emptyCounts = (): Counts => ({ document: {}, file: {}, version: {} })

export const countRecord = (counts: Counts, record: ContentRecord): void => {
  counts[record.type][record.collection] = (counts[record.type][record.collection] ?? 0) + 1
}

/** Migration names are `YYYYMMDD_HHMMSS_name`; the name alone identifies the step in both SQL dialects. */
export const schemaStep = (migrationName: string): string =>
  migrationName.replace(/^\d{8}_\d{6}_/, '')
