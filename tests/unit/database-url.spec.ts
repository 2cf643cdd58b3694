import { describe, expect, it } from '@jest/globals'

import { databaseAdapterFor } from '../../src/db/database-adapter'
import {
  databaseKindOf,
  databaseUrlFrom,
  DEFAULT_DATABASE_URL,
  redactUrl,
} from '../../src/settings/database'
import { isStartupError } from '../../src/settings/startup-error'

describe('DATABASE_URL', () => {
  it('defaults to the SQLite file under data/', () => {
    expect(databaseUrlFrom({})).toBe(DEFAULT_DATABASE_URL)
    expect(databaseUrlFrom({ DATABASE_URL: '  ' })).toBe('file:./data/jusur.db')
  })

  it.each([
    ['file:./data/jusur.db', 'sqlite'],
    ['file:/var/lib/jusur/jusur.db', 'sqlite'],
    ['postgres://jusur@db:5432/jusur', 'postgres'],
    ['postgresql://jusur:pw@db/jusur?sslmode=require', 'postgres'],
    ['mongodb://mongo:27017/jusur', 'mongodb'],
    ['mongodb+srv://cluster.example.net/jusur', 'mongodb'],
  ])('%s selects %s', (url, kind) => {
    expect(databaseKindOf(url)).toBe(kind)
  })

  it.each([
    'mysql://root@localhost/jusur',
    './data/jusur.db',
    'sqlite:jusur.db',
    'postgres:/missing-slashes',
    '',
  ])('refuses %p with one line that names the accepted forms', (url) => {
    let message = ''
    try {
      databaseKindOf(url)
    } catch (error) {
      expect(isStartupError(error)).toBe(true)
      message = (error as Error).message
    }
    expect(message).toMatch(/is not supported/)
    expect(message).toContain('file:')
    expect(message).toContain('postgres://')
    expect(message).toContain('mongodb://')
    expect(message).not.toContain('\n')
  })

  it('never repeats a password in a message', () => {
    expect(redactUrl('postgres://jusur:s3cret@db/jusur')).toBe('postgres://jusur:***@db/jusur')
    let message = ''
    try {
      databaseKindOf('mysql://root:hunter2@db/jusur')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).not.toContain('hunter2')
  })

  it('builds the matching Payload adapter', () => {
    expect(databaseAdapterFor('file:/tmp/x.db').name).toBe('sqlite')
    expect(databaseAdapterFor('postgres://u@h/db').name).toBe('postgres')
    expect(databaseAdapterFor('mongodb://h/db').name).toBe('mongoose')
  })
})
