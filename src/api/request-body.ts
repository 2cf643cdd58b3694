import { bodyLimitBytes } from '../settings/security'

/**
 * The body of an API request, read once. The route handlers' layers (the read cache's key,
 * the request guard) all ask here: the first asks reads the Request's stream, at most
 * MAX_JSON_BYTES of it, and every later one gets the same text, and the same parsed JSON.
 * Payload then gets a Request built from that text (`requestWithText`), whose body is
 * known here too, so passing it through another layer reads nothing again.
 */

/** Largest body read (BODY_LIMIT_BYTES, as the express server; uploads are multipart, which Payload reads and limits by MAX_UPLOAD_BYTES). */
export const MAX_JSON_BYTES = bodyLimitBytes()
/** Deepest nesting of arrays and objects in a JSON body or a query string. */
export const MAX_JSON_DEPTH = 64

/** A body longer than MAX_JSON_BYTES, declared or counted. */
export class BodyTooLarge extends Error {
  constructor() {
    super(`The request body is over ${MAX_JSON_BYTES} bytes.`)
  }
}

/**
 * A body as JSON: `value` when it parsed, else what is wrong with it. An empty text is
 * no JSON and no problem either: what it means is the caller's to say.
 */
export type JsonBody = {
  problem?: 'malformed' | 'tooDeep'
  text: string
  value?: unknown
}

type Read = { json?: Promise<JsonBody>; text: Promise<string> }

const reads = new WeakMap<Request, Read>()

const readOf = (request: Request): Read => {
  let read = reads.get(request)
  if (!read) reads.set(request, (read = { text: readLimited(request) }))
  return read
}

/** The body's text (empty without a body); rejects with BodyTooLarge. Reads the stream on the first call only. */
export const bodyText = (request: Request): Promise<string> => readOf(request).text

/** The body parsed as JSON, once: too deeply nested text is not parsed at all (see textDepth). */
export const jsonBody = (request: Request): Promise<JsonBody> => {
  const read = readOf(request)
  read.json ??= read.text.then(parseJson)
  return read.json
}

/** A Request like `request` (same URL, method, signal; `headers` or its own) with `text` as its body, known here without reading it. */
export const requestWithText = (
  request: Request,
  text: string,
  { headers = request.headers, url = request.url }: { headers?: Headers; url?: string | URL } = {},
): Request => {
  const made = new Request(url, {
    body: text === '' ? undefined : text,
    headers,
    method: request.method,
    signal: request.signal,
  })
  reads.set(made, { text: Promise.resolve(text) })
  return made
}

const readLimited = async (request: Request): Promise<string> => {
  if (Number(request.headers.get('content-length')) > MAX_JSON_BYTES) throw new BodyTooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_JSON_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const parseJson = (text: string): JsonBody => {
  if (text.trim() === '') return { text }
  if (textDepth(text) > MAX_JSON_DEPTH) return { problem: 'tooDeep', text }
  try {
    return { text, value: JSON.parse(text) }
  } catch {
    return { problem: 'malformed', text }
  }
}

/** Depth of the brackets in a JSON text, counted before parsing it (JSON.parse itself copes, but what reads the result may not). */
const textDepth = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth)
    else if (c === 93 || c === 125) depth--
  }
  return deepest
}
