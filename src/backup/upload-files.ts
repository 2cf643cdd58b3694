import type { CollectionSlug, Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import { FILE_CHUNK_BYTES } from './archive-format'

/** The folder where an upload collection keeps its files (its `staticDir`, relative to the working directory), if it is one. */
export const uploadDirOf = (payload: Payload, collection: string): string | undefined => {
  const upload = payload.collections[collection as CollectionSlug]?.config.upload
  return upload ? path.resolve(upload.staticDir ?? collection) : undefined
}

/** The files an upload document stands for: the original and each image size. */
export const filenamesOf = (doc: Record<string, unknown>): string[] => {
  const sizes = Object.values(
    (doc.sizes as Record<string, { filename?: unknown } | null> | undefined) ?? {},
  )
  const names = [doc.filename, ...sizes.map((size) => size?.filename)]
  return [
    ...new Set(names.filter((name): name is string => typeof name === 'string' && name !== '')),
  ]
}

/** A name without any folder in it: what an archive may ask an import to write. */
export const isPlainFilename = (name: string): boolean =>
  name === path.basename(name) && name !== '.' && name !== '..' && !/[\\/\0]/.test(name)

/** A file in pieces of FILE_CHUNK_BYTES, with their offsets; an empty file is one empty piece. */
export async function* fileChunks(file: string): AsyncGenerator<{ data: Buffer; offset: number }> {
  let offset = 0
  for await (const data of fs.createReadStream(file, { highWaterMark: FILE_CHUNK_BYTES })) {
    yield { data: data as Buffer, offset }
    offset += (data as Buffer).length
  }
  if (offset === 0) yield { data: Buffer.alloc(0), offset }
}

/**
 * Writes a piece of a file where it belongs: the piece at offset 0 starts the
 * file afresh. Writing the same piece twice (an import resumed) changes nothing.
 */
export const writeChunk = async (
  dir: string,
  filename: string,
  offset: number,
  data: Buffer,
): Promise<void> => {
  fs.mkdirSync(dir, { recursive: true })
  const handle = await fs.promises.open(path.join(dir, filename), offset === 0 ? 'w' : 'r+')
  try {
    await handle.write(data, 0, data.length, offset)
  } finally {
    await handle.close()
  }
}
