import { describe, expect, it } from '@jest/globals'

import { MAX_CDN_MAX_AGE_SECONDS, readCacheSettings } from '../../src/settings/read-cache'
import { ChangeLog } from '../../src/read-cache/change-watcher'
import { Dependencies } from '../../src/read-cache/dependencies'
import { DocumentStore } from '../../src/read-cache/document-cache'

/** A log that knows every change up to step 7. */
const logAt7 = () => {
  const log = new ChangeLog()
  log.restartAt(7)
  return log
}

const dependingOn = (documents: string[], lists: string[] = []): Dependencies => {
  const dependencies = new Dependencies()
  for (const key of documents) dependencies.addDocument(...(key.split(':') as [string, string]))
  for (const collection of lists) dependencies.addList(collection)
  return dependencies
}

describe('the read cache’s change log', () => {
  it('keeps an entry through changes that do not affect it, and drops it at one that does', () => {
    const log = logAt7()
    const person = { dependencies: dependingOn(['people:1']), madeAt: 7 }
    const list = { dependencies: dependingOn([], ['articles']), madeAt: 7 }
    log.record(8, [{ collection: 'articles', id: '5', seq: 8 }])
    expect(log.stillGood(person)).toBe(true)
    // Checked up to now: the next check starts at step 8.
    expect(person.madeAt).toBe(8)
    expect(log.stillGood(list)).toBe(false)
    log.record(9, [{ collection: 'people', id: '1', seq: 9 }])
    expect(log.stillGood(person)).toBe(false)
  })

  it('drops everything at a change of anything, and for an entry depending on anything', () => {
    const log = logAt7()
    const anything = dependingOn([])
    anything.anything = true
    const entry = { dependencies: anything, madeAt: 7 }
    const country = { dependencies: dependingOn(['countries:3']), madeAt: 7 }
    log.record(8, [{ collection: 'articles', id: '5', seq: 8 }])
    expect(log.stillGood(entry)).toBe(false)
    expect(log.stillGood(country)).toBe(true)
    log.record(9, [{ collection: null, id: null, seq: 9 }])
    expect(log.stillGood(country)).toBe(false)
  })

  it('cannot vouch for entries older than what it knows, nor across a step missing from the log', () => {
    const log = logAt7()
    expect(log.stillGood({ dependencies: dependingOn(['people:1']), madeAt: 6 })).toBe(false)
    const entry = { dependencies: dependingOn(['people:1']), madeAt: 7 }
    // Steps 8 and 9, but rows of step 9 only: step 8 was pruned.
    log.record(9, [{ collection: 'articles', id: '5', seq: 9 }])
    expect(log.stillGood(entry)).toBe(false)
    expect(log.stillGood({ dependencies: dependingOn(['people:1']), madeAt: 9 })).toBe(true)
  })
})

describe('the read cache’s shared documents', () => {
  it('gives a document back while no change affects what it depends on', () => {
    const log = logAt7()
    const store = new DocumentStore(2 ** 20)
    store.set(
      'k',
      { dependencies: dependingOn(['people:1']), madeAt: 7 },
      { id: 1, title: 'زيارة' },
    )
    store.set('missing', { dependencies: dependingOn(['people:2']), madeAt: 7 }, null)
    expect(store.get('k', log)?.json).toBe('{"id":1,"title":"زيارة"}')
    expect(store.get('missing', log)?.json).toBe('null')
    log.record(8, [{ collection: 'people', id: '2', seq: 8 }])
    expect(store.get('k', log)?.json).toBe('{"id":1,"title":"زيارة"}')
    expect(store.get('missing', log)).toBeUndefined()
  })

  it('keeps within its budget, counting two bytes a character, dropping the least recently used first', () => {
    const log = logAt7()
    const made = () => ({ dependencies: dependingOn([]), madeAt: 7 })
    const doc = (n: number) => ({ id: n, text: 'ع'.repeat(1000) })
    // Each entry takes about 2 × 1,020 + 256 bytes: three fit in 8 KB, four do not.
    const store = new DocumentStore(8 * 1024)
    for (const n of [1, 2, 3]) store.set(`k${n}`, made(), doc(n))
    expect(store.get('k1', log)).toBeDefined()
    store.set('k4', made(), doc(4))
    expect(store.get('k2', log)).toBeUndefined()
    expect(['k1', 'k3', 'k4'].map((key) => store.get(key, log) !== undefined)).toEqual([
      true,
      true,
      true,
    ])
  })

  it('takes its budget from READ_CACHE_DOCUMENTS_MB, 32 MB unless set to a positive number', () => {
    expect(readCacheSettings({}).documentBytes).toBe(32 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_DOCUMENTS_MB: '8' }).documentBytes).toBe(8 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_DOCUMENTS_MB: 'lots' }).documentBytes).toBe(32 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_MAX_MB: '16' }).maxBytes).toBe(16 * 2 ** 20)
  })
})

describe('the read cache’s answers in shared caches', () => {
  it('may be kept by a CDN READ_CACHE_CDN_MAX_AGE seconds without asking: none unless set, a minute at most', () => {
    expect(readCacheSettings({}).cdnMaxAge).toBe(0)
    expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: '10' }).cdnMaxAge).toBe(10)
    expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: '3600' }).cdnMaxAge).toBe(
      MAX_CDN_MAX_AGE_SECONDS,
    )
    for (const value of ['-5', '1.5', 'soon', ''])
      expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: value }).cdnMaxAge).toBe(0)
  })
})
