import type { Client } from '@libsql/client'

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { openSqliteClient, SqliteBusyError } from '../../src/db/sqlite-transactions'

/** The client under Payload's SQLite adapter, on a real database file. */
describe('SQLite client with serialized transactions', () => {
  const BUSY_TIMEOUT = 300
  let dir: string
  let client: Client

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-sqlite-tx-'))
    client = await openSqliteClient({
      busyTimeout: BUSY_TIMEOUT,
      url: `file:${path.join(dir, 'test.db')}`,
    })
    await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
  })
  afterEach(() => {
    client.close()
    fs.rmSync(dir, { force: true, recursive: true })
  })

  const bodies = async () =>
    (await client.execute('SELECT body FROM notes ORDER BY id')).rows.map((row) => row.body)

  it('runs in WAL mode, and its transactions wait as long as the busy timeout says', async () => {
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal')
    const tx = await client.transaction()
    expect((await tx.execute('PRAGMA busy_timeout')).rows[0]?.timeout).toBe(BUSY_TIMEOUT)
    await tx.rollback()
  })

  it('keeps a transaction’s writes from other readers until the commit, and drops them on rollback', async () => {
    const kept = await client.transaction()
    await kept.execute({ args: ['kept'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    expect(await bodies()).toEqual([])
    await kept.commit()
    expect(await bodies()).toEqual(['kept'])

    const dropped = await client.transaction()
    await dropped.execute({ args: ['dropped'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    await dropped.rollback()
    expect(await bodies()).toEqual(['kept'])
    await expect(dropped.execute('SELECT 1')).rejects.toThrow('closed')
  })

  it('runs concurrent writing transactions one after the other instead of failing with SQLITE_BUSY', async () => {
    const first = await client.transaction()
    await first.execute({ args: ['first'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    const order: string[] = []
    const second = client.transaction().then(async (tx) => {
      order.push('second began')
      await tx.execute({ args: ['second'], sql: 'INSERT INTO notes (body) VALUES (?)' })
      order.push('second wrote')
      await tx.commit()
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    order.push('first commits')
    await first.commit()
    await second
    expect(order).toEqual(['second began', 'first commits', 'second wrote'])
    expect(await bodies()).toEqual(['first', 'second'])
  })

  it('takes the write turn at the first write: a transaction that only reads, or has not written yet, stalls nobody', async () => {
    await client.execute({ args: ['before'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    const slow = await client.transaction()
    // Reads before the first write see committed data, as on PostgreSQL (READ COMMITTED).
    expect((await slow.execute('SELECT body FROM notes')).rows.map((row) => row.body)).toEqual([
      'before',
    ])
    // Meanwhile (an upload's images being resized) others write and commit at once, in and out of transactions.
    const other = await client.transaction()
    await other.execute({ args: ['other'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    await other.commit()
    await client.execute({ args: ['outside'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    // The slow one then writes: it sees the others' commits and its own write, without SQLITE_BUSY_SNAPSHOT.
    await slow.execute({ args: ['slow'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    expect(
      (await slow.execute('SELECT body FROM notes ORDER BY id')).rows.map((row) => row.body),
    ).toEqual(['before', 'other', 'outside', 'slow'])
    // From its first write on it holds the turn: another write waits for its end, and outsiders do not see it yet.
    const waiting = client.execute({ args: ['after'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    expect(await bodies()).toEqual(['before', 'other', 'outside'])
    await slow.commit()
    await waiting
    expect(await bodies()).toEqual(['before', 'other', 'outside', 'slow', 'after'])
    // A transaction that never writes ends without ever taking the turn, even while another holds it.
    const holder = await client.transaction()
    await holder.execute({ args: ['held'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    const reader = await client.transaction()
    expect((await reader.execute('SELECT count(*) AS n FROM notes')).rows[0]?.n).toBe(5)
    await reader.commit()
    await holder.commit()
  })

  it('makes a write outside any transaction wait for the open one, where SQLite would block the thread or fail', async () => {
    const tx = await client.transaction()
    await tx.execute({ args: ['in transaction'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    const outside = client.execute({
      args: ['outside'],
      sql: 'INSERT INTO notes (body) VALUES (?)',
    })
    // A read does not wait, a read with a CTE neither.
    expect(await bodies()).toEqual([])
    expect(
      (await client.execute('WITH n AS (SELECT body FROM notes) SELECT * FROM n')).rows,
    ).toEqual([])
    await tx.commit()
    await outside
    expect(await bodies()).toEqual(['in transaction', 'outside'])
  })

  it('shares the write turn with every other client on the same file in the process', async () => {
    const other = await openSqliteClient({
      busyTimeout: BUSY_TIMEOUT,
      url: `file:${path.join(dir, 'test.db')}`,
    })
    try {
      const tx = await client.transaction()
      await tx.execute({ args: ['first client'], sql: 'INSERT INTO notes (body) VALUES (?)' })
      const fromOther = other.execute({
        args: ['second client'],
        sql: 'INSERT INTO notes (body) VALUES (?)',
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      await tx.commit()
      await fromOther
      expect(await bodies()).toEqual(['first client', 'second client'])
    } finally {
      other.close()
    }
  })

  it('gives up with a clear error once the wait passes the busy timeout, and the holder still commits', async () => {
    const holder = await client.transaction()
    await holder.execute({ args: ['holder'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    const late = await client.transaction()
    await expect(
      late.execute({ args: ['late'], sql: 'INSERT INTO notes (body) VALUES (?)' }),
    ).rejects.toBeInstanceOf(SqliteBusyError)
    await late.rollback()
    await expect(
      client.execute({ args: ['late'], sql: 'INSERT INTO notes (body) VALUES (?)' }),
    ).rejects.toThrow(/busy/)
    await holder.commit()
    expect(await bodies()).toEqual(['holder'])
    // The turn was handed back: the next transaction writes at once.
    const next = await client.transaction()
    await next.execute({ args: ['next'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    await next.commit()
    expect(await bodies()).toEqual(['holder', 'next'])
  })

  it('hands the turn on after a failed statement and its rollback, so one failure does not stall every later write', async () => {
    const tx = await client.transaction()
    await expect(tx.execute('INSERT INTO missing_table VALUES (1)')).rejects.toThrow(
      /no such table/,
    )
    await tx.rollback()
    await client.execute({ args: ['after'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    expect(await bodies()).toEqual(['after'])
  })
})
