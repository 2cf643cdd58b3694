import { once } from 'node:events'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { StringDecoder } from 'node:string_decoder'
import zlib from 'node:zlib'

import { BackupError } from './backup-error'

export type ArchiveWriter = {
  write: (record: object) => Promise<void>
  /** Ends the archive and gives it its name. */
  close: () => Promise<void>
  /** Stops and removes what was written. */
  abort: () => Promise<void>
}

/**
 * Writes records as JSON lines, gzip'd, into `<file>.partial`, which becomes
 * `file` only once the archive is complete: an export cut short never leaves
 * a complete-looking archive behind. Waits when gzip's buffer is full, so
 * memory stays flat.
 */
export const createArchiveWriter = (file: string): ArchiveWriter => {
  const partial = `${file}.partial`
  const gzip = zlib.createGzip()
  const written = pipeline(gzip, fs.createWriteStream(partial))
  // Awaited in close() or abort(); until then a failure surfaces through write().
  written.catch(() => {})
  return {
    write: async (record) => {
      if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, 'drain')
    },
    close: async () => {
      gzip.end()
      await written
      fs.renameSync(partial, file)
    },
    abort: async () => {
      gzip.destroy()
      await written.catch(() => {})
      fs.rmSync(partial, { force: true })
    },
  }
}

const describeReadError = (file: string, error: NodeJS.ErrnoException): BackupError => {
  if (error.code === 'ENOENT') return new BackupError(`${file}: no such file.`)
  if (error.code === 'Z_DATA_ERROR')
    return new BackupError(
      `${file} is not a Jusur archive: it is not gzip data, or it is damaged (${error.message}).`,
    )
  if (error.code === 'Z_BUF_ERROR')
    return new BackupError(`${file} is truncated: the gzip data ends too early.`)
  return new BackupError(`${file} cannot be read: ${error.message}.`)
}

/** The lines of a gzip'd archive, one at a time, numbered from 1; gzip's checksum is verified when the last one has been read. */
export async function* archiveLines(
  file: string,
): AsyncGenerator<{ line: string; number: number }> {
  const input = fs.createReadStream(file)
  const gunzip = zlib.createGunzip()
  input.on('error', (error) => gunzip.destroy(error))
  input.pipe(gunzip)
  const decoder = new StringDecoder('utf8')
  let rest = ''
  let number = 0
  try {
    for await (const chunk of gunzip) {
      const lines = (rest + decoder.write(chunk as Buffer)).split('\n')
      rest = lines.pop()!
      for (const line of lines) yield { line, number: ++number }
    }
  } catch (error) {
    throw describeReadError(file, error as NodeJS.ErrnoException)
  } finally {
    input.destroy()
  }
  rest += decoder.end()
  if (rest) yield { line: rest, number: ++number }
}
