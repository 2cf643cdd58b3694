import { archiveLines } from './archive-file'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveHeader,
  type ContentRecord,
  countRecord,
  emptyCounts,
  type EndRecord,
  RECORD_TYPES,
} from './archive-format'
import { BackupError } from './backup-error'
import { isPlainFilename } from './upload-files'

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value)) ||
  (typeof value === 'string' && value !== '')

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

const headerProblem = (value: unknown): string | undefined => {
  if (!isObject(value) || value.type !== 'header' || value.format !== ARCHIVE_FORMAT)
    return 'it does not start with a Jusur archive header'
  if (value.formatVersion !== ARCHIVE_FORMAT_VERSION) {
    return `it is in archive format version ${value.formatVersion}; this Jusur reads version ${ARCHIVE_FORMAT_VERSION}`
  }
  if (typeof value.archiveId !== 'string' || !value.archiveId) return 'its header has no archive id'
  for (const list of ['locales', 'schema', 'collections'] as const) {
    if (!isStringList(value[list])) return `its header has no list of ${list}`
  }
  return undefined
}

/** Where a record sits: its section (documents, versions, files) and its collection's place in the header. */
type Place = { collection: number; section: number }

const recordProblem = (
  value: unknown,
  header: ArchiveHeader,
  previous: Place,
): string | undefined => {
  if (!isObject(value) || !RECORD_TYPES.includes(value.type))
    return 'it is not a document, version or file record'
  const place = {
    collection: header.collections.indexOf(value.collection),
    section: RECORD_TYPES.indexOf(value.type),
  }
  if (place.collection < 0) return `its collection "${value.collection}" is not in the header`
  if (
    place.section < previous.section ||
    (place.section === previous.section && place.collection < previous.collection)
  ) {
    return 'it is out of order'
  }
  if (value.type === 'file') {
    if (typeof value.filename !== 'string' || !isPlainFilename(value.filename))
      return 'its file name is not a plain file name'
    if (!Number.isSafeInteger(value.offset) || value.offset < 0 || typeof value.data !== 'string')
      return 'its file data is malformed'
  } else if (!isId(value.id) || !isObject(value.data)) {
    return 'it has no id or no data'
  }
  return undefined
}

/** Counts as one comparable string, whatever the order of their keys. */
const countsKey = (counts: EndRecord['counts']): string =>
  JSON.stringify(RECORD_TYPES.map((type) => Object.entries(counts[type] ?? {}).sort()))

/**
 * Reads the whole archive and checks it before anything is written: gzip
 * intact, a header of a format this Jusur reads, every record well formed and
 * in order, and an end record whose counts match what came before it (a
 * truncated archive has none). Returns the header and the end record.
 */
export const checkArchive = async (
  file: string,
): Promise<{ end: EndRecord; header: ArchiveHeader }> => {
  let header: ArchiveHeader | undefined
  let end: EndRecord | undefined
  let previous: Place = { collection: 0, section: 0 }
  const counts = emptyCounts()
  let records = 0
  const refuse = (number: number, problem: string) =>
    new BackupError(`${file} is not a valid Jusur archive: line ${number}: ${problem}.`)

  for await (const { line, number } of archiveLines(file)) {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw refuse(number, 'it is not JSON')
    }
    if (!header) {
      const problem = headerProblem(value)
      if (problem) throw new BackupError(`${file} is not a Jusur archive: ${problem}.`)
      header = value as ArchiveHeader
    } else if (end) {
      throw refuse(number, 'there is more after the end record')
    } else if (isObject(value) && value.type === 'end') {
      end = value as EndRecord
    } else {
      const problem = recordProblem(value, header, previous)
      if (problem) throw refuse(number, problem)
      const record = value as ContentRecord
      previous = {
        collection: header.collections.indexOf(record.collection),
        section: RECORD_TYPES.indexOf(record.type),
      }
      countRecord(counts, record)
      records++
    }
  }
  if (!header) throw new BackupError(`${file} is empty.`)
  if (!end)
    throw new BackupError(
      `${file} is truncated: it has no end record (the export did not finish, or the file was cut).`,
    )
  if (
    end.records !== records ||
    !isObject(end.counts) ||
    countsKey(end.counts) !== countsKey(counts)
  ) {
    throw new BackupError(
      `${file} is damaged: its end record counts ${end.records} records, the archive holds ${records}.`,
    )
  }
  return { end, header }
}

/**
 * The records between header and end record, numbered from 1, for an archive
 * that `checkArchive` has accepted.
 */
export async function* contentRecords(
  file: string,
): AsyncGenerator<{ position: number; record: ContentRecord }> {
  let position = 0
  for await (const { line, number } of archiveLines(file)) {
    if (number === 1) continue
    const record = JSON.parse(line) as ContentRecord | EndRecord
    if (record.type === 'end') return
    yield { position: ++position, record }
  }
}
