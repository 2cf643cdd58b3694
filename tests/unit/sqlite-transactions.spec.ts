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
    client = await openSqliteClient({ busyTimeout: BUSY_TIMEOUT, url: `file:${path.join(dir, 'test.db')}` })
    await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
  })
  afterEach(() => {
    client.close()
    fs.rmSync(dir, { force: true, recursive: true })
  })

  const bodies = async () => (await client.execute('SELECT body FROM notes ORDER BY id')).rows.map((row) => row.body)

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

  it('runs concurrent transactions one after the other instead of failing with SQLITE_BUSY', async () => {
    const first = await client.transaction()
    const order: string[] = []
    const second = client.transaction().then(async (tx) => {
      order.push('second began')
      await tx.execute({ args: ['second'], sql: 'INSERT INTO notes (body) VALUES (?)' })
      await tx.commit()
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await first.execute({ args: ['first'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    order.push('first commits')
    await first.commit()
    await second
    expect(order).toEqual(['first commits', 'second began'])
    expect(await bodies()).toEqual(['first', 'second'])
  })

  it('makes a write outside any transaction wait for the open one, where SQLite would block the thread or fail', async () => {
    const tx = await client.transaction()
    await tx.execute({ args: ['in transaction'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    const outside = client.execute({ args: ['outside'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    // A read does not wait, a read with a CTE neither.
    expect(await bodies()).toEqual([])
    expect((await client.execute('WITH n AS (SELECT body FROM notes) SELECT * FROM n')).rows).toEqual([])
    await tx.commit()
    await outside
    expect(await bodies()).toEqual(['in transaction', 'outside'])
  })

  it('shares the write turn with every other client on the same file in the process', async () => {
    const other = await openSqliteClient({ busyTimeout: BUSY_TIMEOUT, url: `file:${path.join(dir, 'test.db')}` })
    try {
      const tx = await client.transaction()
      await tx.execute({ args: ['first client'], sql: 'INSERT INTO notes (body) VALUES (?)' })
      const fromOther = other.execute({ args: ['second client'], sql: 'INSERT INTO notes (body) VALUES (?)' })
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
    await expect(client.transaction()).rejects.toBeInstanceOf(SqliteBusyError)
    await expect(client.execute({ args: ['late'], sql: 'INSERT INTO notes (body) VALUES (?)' })).rejects.toThrow(/busy/)
    await holder.commit()
    expect(await bodies()).toEqual(['holder'])
    // The turn was handed back: the next transaction starts at once.
    const next = await client.transaction()
    await next.commit()
  })

  it('hands the turn on after a failed statement and its rollback, so one failure does not stall every later write', async () => {
    const tx = await client.transaction()
    await expect(tx.execute('INSERT INTO missing_table VALUES (1)')).rejects.toThrow(/no such table/)
    await tx.rollback()
    await client.execute({ args: ['after'], sql: 'INSERT INTO notes (body) VALUES (?)' })
    expect(await bodies()).toEqual(['after'])
  })
})
