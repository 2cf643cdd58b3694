import type { LookupFunction } from 'node:net'

import http from 'node:http'
import https from 'node:https'

import type { Destination } from './destination'

/** What one attempt got: whether the receiver took it (a 2xx), its status, or why there was none. */
export type AttemptResult = { error?: string; ok: boolean; status?: number }

/** Most of a response body kept for the delivery log (a receiver's error message). */
const MAX_RESPONSE_CHARS = 500

/**
 * A lookup that answers every name with the address already checked
 * (./destination.ts), so the connection goes where the check looked and a
 * second DNS answer cannot send it elsewhere. TLS still verifies the
 * certificate against the URL's host name.
 */
const pinnedLookup =
  ({ address, family }: Destination): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }

/**
 * POSTs `body` to the destination, with `headers`, within `timeoutMs`. No
 * redirect is followed (a 3xx is an answer like any other non-2xx).
 */
export const postTo = (
  destination: Destination,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<AttemptResult> =>
  new Promise((resolve) => {
    const { url } = destination
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinnedLookup(destination),
        method: 'POST',
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          if (text.length < MAX_RESPONSE_CHARS) text += chunk
        })
        response.on('end', () => {
          const status = response.statusCode ?? 0
          const ok = status >= 200 && status < 300
          resolve({
            error: ok ? undefined : text.slice(0, MAX_RESPONSE_CHARS) || undefined,
            ok,
            status,
          })
        })
        response.on('error', (error) =>
          resolve({ error: error.message, ok: false, status: response.statusCode }),
        )
      },
    )
    request.on('error', (error) =>
      resolve({
        error: error.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : error.message,
        ok: false,
      }),
    )
    request.end(body)
  })
