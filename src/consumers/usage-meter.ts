import type { Payload } from 'payload'

import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { runnerFor } from '../db/sql-runner'
import { logger } from '../settings/logger'

/** How often counts are written (CONSUMER_USAGE_FLUSH_MS, 5 seconds by default). */
const flushEvery = (): number => Number(process.env.CONSUMER_USAGE_FLUSH_MS) || 5_000

type Count = { consumer: number | string; day: string; lastSeen: Date; requests: number }

/**
 * Consumers' usage (requests per UTC day, last seen) without a database write
 * per request: counted in memory, and added to the `consumer_usage` rows every
 * few seconds with one upsert per consumer and day (`requests = requests + n`,
 * so that every instance adds its own), the consumer's `last_seen` moved on
 * with it. Counts of a consumer deleted meanwhile are dropped. Written on
 * shutdown too (flushConsumerUsage, src/server/main.ts); what a crash loses is
 * at most the last few seconds of counts.
 */
export class UsageMeter {
  private counts = new Map<string, Count>()
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> = Promise.resolve()

  constructor(private readonly payload: Payload) {}

  count(consumer: number | string, now = new Date()): void {
    const day = now.toISOString().slice(0, 10)
    const key = `${consumer}|${day}`
    const count = this.counts.get(key)
    if (count) {
      count.requests += 1
      count.lastSeen = now
    } else this.counts.set(key, { consumer, day, lastSeen: now, requests: 1 })
    this.timer ??= setTimeout(() => void this.flush(), flushEvery()).unref()
  }

  /** Writes what was counted so far; one write at a time. */
  flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const counts = [...this.counts.values()]
    this.counts.clear()
    this.flushing = this.flushing.then(() =>
      this.write(counts).catch((error: unknown) =>
        logger.warn({ err: error }, 'consumer usage not recorded'),
      ),
    )
    return this.flushing
  }

  private async write(counts: Count[]): Promise<void> {
    const { name } = this.payload.db
    if (counts.length === 0 || (name !== 'sqlite' && name !== 'postgres')) return
    const sql = name === 'postgres' ? postgresSql : sqliteSql
    const run = runnerFor(this.payload, name === 'sqlite' ? 'run' : 'execute')
    for (const { consumer, day, lastSeen, requests } of counts) {
      // Typed, for PostgreSQL's INSERT … SELECT (SQLite keeps dates as ISO text).
      const iso = lastSeen.toISOString()
      const at = name === 'postgres' ? sql`CAST(${iso} AS TIMESTAMPTZ)` : sql`${iso}`
      await run(sql`
        INSERT INTO consumer_usage (consumer_id, day, requests, last_seen, updated_at, created_at)
        SELECT CAST(${consumer} AS INTEGER), ${day}, CAST(${requests} AS INTEGER), ${at}, ${at}, ${at}
        WHERE EXISTS (SELECT 1 FROM consumers WHERE id = CAST(${consumer} AS INTEGER))
        ON CONFLICT (consumer_id, day) DO UPDATE SET
          requests = consumer_usage.requests + excluded.requests,
          last_seen = excluded.last_seen,
          updated_at = excluded.updated_at`)
      await run(sql`UPDATE consumers SET last_seen = ${at} WHERE id = CAST(${consumer} AS INTEGER)`)
    }
  }
}

// Process-wide: Next's bundle counts, the server (its own copy of this module) flushes on shutdown.
const SHARED = Symbol.for('jusur.consumerUsage')
const slot = globalThis as typeof globalThis & { [SHARED]?: Map<Payload, UsageMeter> }
const meters = (slot[SHARED] ??= new Map())

/** The meter of `payload`'s database. */
export const usageMeterOf = (payload: Payload): UsageMeter => {
  let meter = meters.get(payload)
  if (!meter) meters.set(payload, (meter = new UsageMeter(payload)))
  return meter
}

/** Writes every meter's counts (the server, on shutdown, before the database closes). */
export const flushConsumerUsage = async (): Promise<void> => {
  await Promise.all([...meters.values()].map((meter) => meter.flush()))
}
