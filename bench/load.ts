/**
 * Load runs against a running server: autocannon drives the requests and
 * records every response time (for p50/p95/p99, which autocannon's own
 * summary lacks: it stops at p90 and p97.5), while the server's resident
 * memory is sampled from /proc, summed over its process tree (tsx starts
 * Node as a child).
 */
import autocannon from 'autocannon'
import fs from 'node:fs'

export type LoadRequest = {
  body?: string
  headers?: Record<string, string>
  method: 'GET' | 'POST'
  path: string
}

export type LoadResult = {
  /** Answers by their X-Jusur-Cache header (HIT, MISS, BYPASS, none). */
  cache: Record<string, number>
  connections: number
  errors: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  peakRssMiB: number
  requests: number
  /** Answers refused with 429 (counted among the errors too). */
  refused: number
  requestsPerSecond: number
  seconds: number
}

export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export const round = (value: number, digits = 2): number =>
  Math.round(value * 10 ** digits) / 10 ** digits

/** A process and all its descendants, parents first. */
export const processTree = (pid: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The parent pid is the 4th field, after the command in parentheses.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = []
  const visit = (id: number) => {
    tree.push(id)
    for (const child of children.get(id) ?? []) visit(child)
  }
  visit(pid)
  return tree
}

/** Resident memory of a process and all its descendants, in bytes. */
export const treeRssBytes = (pid: number): number => {
  let total = 0
  for (const id of processTree(pid)) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'))
      total += rss ? Number(rss[1]) * 1024 : 0
    } catch {
      // Gone.
    }
  }
  return total
}

/** Samples a process tree's resident memory until stopped; returns the peak in MiB. */
export const sampleRss = (pid: number, everyMs = 200) => {
  let peak = treeRssBytes(pid)
  const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(pid))), everyMs)
  return { stop: () => (clearInterval(timer), Math.round(peak / 2 ** 20)) }
}

/** `connections` clients sending `requests` (in turn) for `seconds`; errors are failures and non-2xx answers. */
export const runLoad = async ({
  baseUrl,
  connections,
  requests,
  rate,
  seconds,
  serverPid,
}: {
  baseUrl: string
  connections: number
  /** At most this many requests a second in all (autocannon's overallRate); as fast as answered without it. */
  rate?: number
  requests: LoadRequest[]
  seconds: number
  serverPid: number
}): Promise<LoadResult> => {
  const times: number[] = []
  const memory = sampleRss(serverPid)
  let graphqlErrors = 0
  let refused = 0
  const cache: Record<string, number> = {}
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        requests: requests.map((request) => ({
          ...request,
          headers: { 'content-type': 'application/json', ...request.headers },
          // GraphQL reports a failed query with status 200 and an `errors` list.
          onResponse: (
            status: number,
            body: string,
            _context: unknown,
            headers: Record<string, string | string[] | undefined> | undefined,
          ) => {
            if (status === 429) refused++
            if (body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors++
            const state = String(headers?.['x-jusur-cache'] ?? 'none')
            cache[state] = (cache[state] ?? 0) + 1
          },
        })),
        url: baseUrl,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  const peakRssMiB = memory.stop()
  return {
    cache,
    connections,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    peakRssMiB,
    refused,
    requests: times.length,
    requestsPerSecond: round(times.length / seconds, 1),
    seconds,
  }
}
